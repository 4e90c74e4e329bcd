package be.werkwinkel.kiosk.system.keys;

import be.werkwinkel.kiosk.base.Sealing;
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
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link Sealing} with AES-256-GCM from Google Tink. The keyset is a file readable by the kiosk's
 * own user only, made on the first start; rotating adds a new primary key and keeps the old ones,
 * so what was sealed before still opens (Tink puts the key id in front of every ciphertext).
 */
public final class TinkSealing implements Sealing {

    private static final Logger log = LoggerFactory.getLogger(TinkSealing.class);

    static {
        try {
            AeadConfig.register();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Tink's AEAD primitives cannot be registered", e);
        }
    }

    private final Path keysetFile;
    private volatile Aead aead;

    /** Reads the keyset file, or makes one (owner-only) when there is none yet. */
    public TinkSealing(Path keysetFile) {
        this.keysetFile = keysetFile.toAbsolutePath().normalize();
        try {
            if (!Files.exists(this.keysetFile)) {
                write(KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM));
                log.info("Made the key that seals personal data at rest: {}", this.keysetFile);
            }
            this.aead = load();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The sealing keyset " + this.keysetFile + " cannot be used", e);
        } catch (IOException e) {
            throw new UncheckedIOException("The sealing keyset " + this.keysetFile + " cannot be read or made", e);
        }
    }

    @Override
    public byte[] seal(byte[] plaintext, byte[] context) {
        try {
            return aead.encrypt(plaintext, context);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM sealing failed", e);
        }
    }

    @Override
    public byte[] open(byte[] sealed, byte[] context) {
        try {
            return aead.decrypt(sealed, context);
        } catch (GeneralSecurityException e) {
            throw new SealingException("A sealed value does not open: changed, moved or sealed under another key", e);
        }
    }

    /** A new primary key for everything sealed from now on; the old keys stay to open older values. */
    @Override
    public synchronized int rotate() {
        try {
            var current = read();
            var rotated = KeysetHandle.newBuilder(current)
                    .addEntry(KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM)
                            .withRandomId().makePrimary())
                    .build();
            write(rotated);
            aead = rotated.getPrimitive(RegistryConfiguration.get(), Aead.class);
            log.info("Rotated the sealing key: {} keys, the newest seals from now on", rotated.size());
            return rotated.size();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The sealing key cannot be rotated", e);
        } catch (IOException e) {
            throw new UncheckedIOException("The sealing keyset " + keysetFile + " cannot be written", e);
        }
    }

    private Aead load() throws GeneralSecurityException, IOException {
        return read().getPrimitive(RegistryConfiguration.get(), Aead.class);
    }

    private KeysetHandle read() throws GeneralSecurityException, IOException {
        return TinkJsonProtoKeysetFormat.parseKeyset(Files.readString(keysetFile, StandardCharsets.UTF_8),
                InsecureSecretKeyAccess.get());
    }

    /** Written beside the old file and renamed over it: a power cut leaves the old keyset or the new one. */
    private void write(KeysetHandle keyset) throws GeneralSecurityException, IOException {
        var directory = Files.createDirectories(keysetFile.getParent());
        restrictToOwner(directory, "rwx------");
        var next = keysetFile.resolveSibling(keysetFile.getFileName() + ".new");
        Files.deleteIfExists(next);
        Files.createFile(next);
        restrictToOwner(next, "rw-------");
        Files.writeString(next, TinkJsonProtoKeysetFormat.serializeKeyset(keyset, InsecureSecretKeyAccess.get()),
                StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.SYNC);
        Files.move(next, keysetFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void restrictToOwner(Path path, String permissions) throws IOException {
        if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        }
    }
}
