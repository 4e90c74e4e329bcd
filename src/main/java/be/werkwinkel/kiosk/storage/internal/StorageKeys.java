package be.werkwinkel.kiosk.storage.internal;

import be.werkwinkel.kiosk.base.KioskSettings;
import be.werkwinkel.kiosk.storage.StorageSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret usernames and PINs are keyed with (the pepper, decision 012), kept in a file outside
 * the database. A standalone kiosk generates it on its first start in its data directory, readable
 * by its own user only; a hub points {@code kiosk.storage.pepper-file} at a file its operator
 * provisions. Documents, names and e-mail addresses are sealed with the kiosk's one sealing key
 * ({@link be.werkwinkel.kiosk.base.Sealing}, decision 019), not here.
 */
final class StorageKeys {

    private static final String PIN = "pin:";
    private static final String USERNAME = "username:";

    private final byte[] pepper;

    StorageKeys(KioskSettings kiosk, StorageSettings settings) {
        var keys = kiosk.dataDir().toAbsolutePath().normalize().resolve("keys");
        var pepperFile = settings.pepperFile() != null ? settings.pepperFile() : keys.resolve("storage-pepper.key");
        try {
            if (!Files.exists(pepperFile)) {
                var random = new byte[32];
                new SecureRandom().nextBytes(random);
                writeOwnerOnly(pepperFile, random);
            }
            this.pepper = Files.readAllBytes(pepperFile);
            if (pepper.length < 32) {
                throw new IllegalStateException("The storage pepper " + pepperFile + " is shorter than 32 bytes");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the personal-storage pepper", e);
        }
    }

    /** The keyed hash a username is found by: HMAC-SHA256 under the pepper, never the name itself. */
    byte[] usernameHash(String normalisedUsername) {
        return hmac(USERNAME + normalisedUsername);
    }

    /** The keyed hash a held document's claim code is found by (decision 043). */
    byte[] claimHash(String normalisedCode) {
        return hmac("claim:" + normalisedCode);
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
