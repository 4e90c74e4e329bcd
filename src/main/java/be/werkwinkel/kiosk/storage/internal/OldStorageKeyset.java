package be.werkwinkel.kiosk.storage.internal;

import be.werkwinkel.kiosk.base.Sealing.SealingException;
import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The keyset personal storage sealed with before it moved to the kiosk's one sealing key
 * (decision 019), read-only: it only opens values sealed before, until every row is re-sealed
 * ({@link OldKeysetMigration}). It is never made, never written to and never deleted by the kiosk:
 * once nothing is sealed under it any more it is renamed to {@code storage-keyset.json.retired}
 * beside itself, and staff remove that file once no database backup from before the move is kept.
 * The retired file is read again should such a backup be restored.
 */
final class OldStorageKeyset {

    private static final Logger log = LoggerFactory.getLogger(OldStorageKeyset.class);
    static final String RETIRED = ".retired";

    static {
        try {
            AeadConfig.register();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Tink's AEAD primitives cannot be registered", e);
        }
    }

    private final Path file;
    private volatile @Nullable Aead aead;

    /** Reads the keyset at {@code file}, or its retired copy; without either, nothing opens with it. */
    OldStorageKeyset(Path file) {
        this.file = file.toAbsolutePath().normalize();
        var found = Files.exists(this.file) ? this.file : Files.exists(retiredFile()) ? retiredFile() : null;
        if (found != null) {
            try {
                this.aead = TinkJsonProtoKeysetFormat.parseKeyset(Files.readString(found, StandardCharsets.UTF_8),
                        InsecureSecretKeyAccess.get()).getPrimitive(RegistryConfiguration.get(), Aead.class);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("The old personal-storage keyset " + found + " is not usable", e);
            } catch (IOException e) {
                throw new UncheckedIOException("The old personal-storage keyset " + found + " cannot be read", e);
            }
        }
    }

    boolean present() {
        return aead != null;
    }

    Path file() {
        return file;
    }

    Path retiredFile() {
        return file.resolveSibling(file.getFileName() + RETIRED);
    }

    /** @throws SealingException when there is no old keyset or the value does not open under it */
    byte[] open(byte[] sealed, byte[] context) {
        var old = aead;
        if (old == null) {
            throw new SealingException("A sealed value does not open, and there is no old storage keyset to try",
                    new GeneralSecurityException("no old storage keyset"));
        }
        try {
            return old.decrypt(sealed, context);
        } catch (GeneralSecurityException e) {
            throw new SealingException("A sealed value does not open under the old storage keyset either", e);
        }
    }

    /**
     * Renames the keyset file to its retired name (atomically, in the same directory, so it keeps
     * its owner-only permissions) and stops using it. Only when nothing is sealed under it any more.
     *
     * @return the retired file, or empty when there was no keyset file to retire
     */
    Optional<Path> retire() {
        aead = null;
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            Files.move(file, retiredFile(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            log.info("Every personal-storage row is sealed with the kiosk's sealing key now; the old storage keyset "
                    + "is no longer used and was renamed to {}. Delete it once no database backup from before "
                    + "today is kept (decision 019).", retiredFile());
            return Optional.of(retiredFile());
        } catch (IOException e) {
            log.warn("The old storage keyset {} is no longer used but could not be renamed: {}", file, e.toString());
            return Optional.empty();
        }
    }
}
