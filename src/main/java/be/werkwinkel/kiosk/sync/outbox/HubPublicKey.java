package be.werkwinkel.kiosk.sync.outbox;

import be.werkwinkel.kiosk.sync.HubLink;
import com.google.crypto.tink.HybridEncrypt;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.hybrid.HybridConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.client.RestClientException;

/**
 * The hub's public HPKE keyset (decision 041), fetched from {@code GET /hub-key} once and kept in
 * {@code <data-dir>/terminal/hub-key.json}: it is public, and with it on disk a terminal that
 * restarts while the hub is away can still seal. A keyset with a private key in it is refused
 * (Tink's parser for keysets without secrets), so a mistaken hub cannot make a terminal keep one.
 */
final class HubPublicKey {

    private static final Logger log = LoggerFactory.getLogger(HubPublicKey.class);

    static {
        try {
            HybridConfig.register();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Tink's hybrid encryption cannot be registered", e);
        }
    }

    private final Path file;
    private final HubLink link;
    private volatile @Nullable HybridEncrypt encrypt;

    HubPublicKey(Path file, HubLink link) {
        this.file = file;
        this.link = link;
    }

    /** Whether the key is known here (on disk or fetched now), without asking the hub. */
    boolean known() {
        return encrypt != null || Files.isRegularFile(file);
    }

    /**
     * The key to seal with: from memory, from the file, or fetched from the hub when this
     * terminal is enrolled and has none yet.
     *
     * @throws HubKeyUnknown when none is on disk and the hub cannot give one now
     */
    HybridEncrypt encrypter() {
        var current = encrypt;
        if (current != null) {
            return current;
        }
        synchronized (this) {
            if (encrypt == null) {
                if (!Files.isRegularFile(file) && link.enrolled()) {
                    fetch();
                }
                if (!Files.isRegularFile(file)) {
                    throw new HubKeyUnknown("This terminal has not received the hub’s public key yet (" + file
                            + "): it has not reached the hub since it was set up");
                }
                encrypt = parse(read());
            }
            return encrypt;
        }
    }

    /** Asks the hub for its key and keeps it; false when the hub cannot be reached or answers wrongly. */
    synchronized boolean fetch() {
        try {
            var keyset = link.api().get().uri("/hub-key").retrieve().body(String.class);
            if (keyset == null) {
                return false;
            }
            var parsed = parse(keyset);
            DurableFiles.writeAtomically(file, keyset.getBytes(StandardCharsets.UTF_8));
            encrypt = parsed;
            log.info("Received the hub’s public key for the outbox: {}", file);
            return true;
        } catch (RestClientException | HubLink.NotEnrolledException e) {
            log.debug("The hub’s public key could not be fetched now: {}", e.toString());
            return false;
        }
    }

    private String read() {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("The hub’s public key " + file + " cannot be read", e);
        }
    }

    private static HybridEncrypt parse(String keyset) {
        try {
            return TinkJsonProtoKeysetFormat.parseKeysetWithoutSecret(keyset)
                    .getPrimitive(RegistryConfiguration.get(), HybridEncrypt.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Not a public HPKE keyset from the hub", e);
        }
    }
}
