package be.werkwinkel.kiosk.terminal.internal;

import be.werkwinkel.kiosk.base.Sealing;
import com.google.crypto.tink.HybridDecrypt;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.hybrid.HpkeParameters;
import com.google.crypto.tink.hybrid.HybridConfig;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Timestamp;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The region's HPKE key pair (X25519, HKDF-SHA256, AES-256-GCM, Tink), to which terminals seal
 * their outbox entries (decision 041). It lives in the database (V27, one row), not in a file of
 * the data directory: every hub instance on the database must open what a terminal sealed for any
 * of them. The private keyset is sealed with the sealing keyset ({@link Sealing}), which a region
 * already gives every instance (decision 019), so a database dump alone reveals nothing, and an
 * instance with another sealing keyset fails loudly instead of making a second key pair.
 *
 * <p>Read on first use, not at start-up: Flyway has run by then on every path.
 */
final class HubKeyPair {

    private static final Logger log = LoggerFactory.getLogger(HubKeyPair.class);
    private static final byte[] CONTEXT = "hub_key:1:private_keyset".getBytes(StandardCharsets.UTF_8);

    static final HpkeParameters PARAMETERS;

    static {
        try {
            HybridConfig.register();
            PARAMETERS = HpkeParameters.builder()
                    .setKemId(HpkeParameters.KemId.DHKEM_X25519_HKDF_SHA256)
                    .setKdfId(HpkeParameters.KdfId.HKDF_SHA256)
                    .setAeadId(HpkeParameters.AeadId.AES_256_GCM)
                    .setVariant(HpkeParameters.Variant.TINK)
                    .build();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Tink's HPKE cannot be set up", e);
        }
    }

    private record Loaded(String publicKeyset, HybridDecrypt decrypt) {
    }

    private final JdbcClient jdbc;
    private final Sealing sealing;
    private final Clock clock;
    private volatile @Nullable Loaded loaded;

    HubKeyPair(JdbcClient jdbc, Sealing sealing, Clock clock) {
        this.jdbc = jdbc;
        this.sealing = sealing;
        this.clock = clock;
    }

    /** The public keyset as Tink JSON, for terminals to seal to. */
    String publicKeyset() {
        return load().publicKeyset();
    }

    /** @throws GeneralSecurityException when the body was not sealed to this key pair with this associated data */
    byte[] open(byte[] sealed, byte[] associatedData) throws GeneralSecurityException {
        return load().decrypt().decrypt(sealed, associatedData);
    }

    private Loaded load() {
        var current = loaded;
        if (current != null) {
            return current;
        }
        synchronized (this) {
            if (loaded == null) {
                loaded = readOrMake();
            }
            return loaded;
        }
    }

    private Loaded readOrMake() {
        try {
            if (read() == null) {
                var pair = KeysetHandle.generateNew(PARAMETERS);
                var privateJson = TinkJsonProtoKeysetFormat.serializeKeyset(pair, InsecureSecretKeyAccess.get());
                var publicJson = TinkJsonProtoKeysetFormat.serializeKeysetWithoutSecret(pair.getPublicKeysetHandle());
                // INSERT IGNORE: when two instances start at once, the first row wins and both read it
                var made = jdbc.sql("INSERT IGNORE INTO hub_key (id, private_keyset_sealed, public_keyset, created_at) VALUES (1, ?, ?, ?)")
                        .params(sealing.seal(privateJson.getBytes(StandardCharsets.UTF_8), CONTEXT), publicJson,
                                Timestamp.from(clock.instant()))
                        .update();
                if (made == 1) {
                    log.info("Made the hub’s key pair for terminal outboxes (kept sealed in the database)");
                }
            }
            var row = read();
            if (row == null) {
                throw new IllegalStateException("The hub’s key pair was made but cannot be read back");
            }
            byte[] privateJson;
            try {
                privateJson = sealing.open(row.sealed(), CONTEXT);
            } catch (Sealing.SealingException e) {
                throw new IllegalStateException("The hub’s key pair in the database does not open with this instance’s "
                        + "sealing keyset: every hub instance of a region needs the same kiosk.sealing.keyset-file", e);
            }
            var pair = TinkJsonProtoKeysetFormat.parseKeyset(new String(privateJson, StandardCharsets.UTF_8),
                    InsecureSecretKeyAccess.get());
            return new Loaded(row.publicKeyset(), pair.getPrimitive(RegistryConfiguration.get(), HybridDecrypt.class));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The hub’s key pair cannot be used", e);
        }
    }

    private record Row(byte[] sealed, String publicKeyset) {
    }

    private @Nullable Row read() {
        return jdbc.sql("SELECT private_keyset_sealed, public_keyset FROM hub_key WHERE id = 1")
                .query((rs, n) -> new Row(rs.getBytes(1), rs.getString(2))).optional().orElse(null);
    }
}
