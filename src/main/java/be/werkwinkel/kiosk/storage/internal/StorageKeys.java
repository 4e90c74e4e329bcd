package be.werkwinkel.kiosk.storage.internal;

import be.werkwinkel.kiosk.base.KioskSettings;
import be.werkwinkel.kiosk.storage.StorageSettings;
import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The two secrets of personal storage, both kept in files outside the database (decision 013):
 * the Tink keyset that encrypts documents, names and e-mail addresses (AES-256-GCM, rotatable),
 * and the pepper that usernames and PINs are keyed with. A standalone kiosk generates both on its
 * first start in its data directory, readable by its own user only; a hub points
 * {@code kiosk.storage.keyset-file} and {@code kiosk.storage.pepper-file} at files its operator
 * provisions.
 */
final class StorageKeys {

    private static final String PIN = "pin:";
    private static final String USERNAME = "username:";

    private final Path keysetFile;
    private final byte[] pepper;
    private volatile KeysetHandle keyset;
    private volatile Aead aead;

    StorageKeys(KioskSettings kiosk, StorageSettings settings) {
        var keys = kiosk.dataDir().toAbsolutePath().normalize().resolve("keys");
        this.keysetFile = settings.keysetFile() != null ? settings.keysetFile() : keys.resolve("storage-keyset.json");
        var pepperFile = settings.pepperFile() != null ? settings.pepperFile() : keys.resolve("storage-pepper.key");
        try {
            AeadConfig.register();
            if (!Files.exists(pepperFile)) {
                var random = new byte[32];
                new SecureRandom().nextBytes(random);
                writeOwnerOnly(pepperFile, random);
            }
            this.pepper = Files.readAllBytes(pepperFile);
            if (pepper.length < 32) {
                throw new IllegalStateException("The storage pepper " + pepperFile + " is shorter than 32 bytes");
            }
            if (!Files.exists(keysetFile)) {
                var generated = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
                writeOwnerOnly(keysetFile, TinkJsonProtoKeysetFormat
                        .serializeKeyset(generated, InsecureSecretKeyAccess.get()).getBytes(StandardCharsets.UTF_8));
            }
            use(TinkJsonProtoKeysetFormat.parseKeyset(Files.readString(keysetFile), InsecureSecretKeyAccess.get()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the personal-storage keys", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The personal-storage keyset " + keysetFile + " is not usable", e);
        }
    }

    private void use(KeysetHandle handle) throws GeneralSecurityException {
        this.aead = handle.getPrimitive(RegistryConfiguration.get(), Aead.class);
        this.keyset = handle;
    }

    /** Encrypts under the primary key; the associated data binds the ciphertext to its row and column. */
    byte[] seal(byte[] plain, String associatedData) {
        try {
            return aead.encrypt(plain, associatedData.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encryption failed", e);
        }
    }

    /** Decrypts with whichever key of the keyset encrypted it; fails when the data was moved or changed. */
    byte[] open(byte[] sealed, String associatedData) {
        try {
            return aead.decrypt(sealed, associatedData.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A stored value does not decrypt (wrong keyset, or changed in the database)", e);
        }
    }

    /** The keyed hash a username is found by: HMAC-SHA256 under the pepper, never the name itself. */
    byte[] usernameHash(String normalisedUsername) {
        return hmac(USERNAME + normalisedUsername);
    }

    /** What is hashed with Argon2id instead of the bare PIN: without the pepper a stolen hash cannot be brute-forced. */
    String pepperedPin(String pin) {
        return java.util.Base64.getEncoder().encodeToString(hmac(PIN + pin));
    }

    private byte[] hmac(String text) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(pepper, "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Adds a new AES-256-GCM key, makes it the primary and writes the keyset (atomically): new
     * writes use it, everything encrypted before stays readable with the older keys.
     */
    synchronized int rotate() {
        try {
            var rotated = KeysetHandle.newBuilder(keyset)
                    .addEntry(KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM)
                            .withRandomId().makePrimary())
                    .build();
            writeOwnerOnly(keysetFile, TinkJsonProtoKeysetFormat
                    .serializeKeyset(rotated, InsecureSecretKeyAccess.get()).getBytes(StandardCharsets.UTF_8));
            use(rotated);
            return rotated.size();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not rotate the storage key", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the rotated keyset " + keysetFile, e);
        }
    }

    int keyCount() {
        return keyset.size();
    }

    Path keysetFile() {
        return keysetFile;
    }

    private static void writeOwnerOnly(Path file, byte[] content) throws IOException {
        var directory = file.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        try {
            Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the data directory's ACL protects it
        }
        var temporary = Files.createTempFile(directory, file.getFileName().toString(), ".tmp");
        try {
            Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // as above
        }
        try (var channel = java.nio.channels.FileChannel.open(temporary, java.nio.file.StandardOpenOption.WRITE)) {
            channel.write(java.nio.ByteBuffer.wrap(content));
            channel.force(true); // a power cut must not leave a half-written key behind
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
