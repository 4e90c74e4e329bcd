package be.werkwinkel.kiosk.storage.internal;

import be.werkwinkel.kiosk.base.Sealing;
import be.werkwinkel.kiosk.storage.AccountId;
import be.werkwinkel.kiosk.terminal.TerminalId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The visitor session tokens the hub gives a terminal when a visitor signs in (decision 043):
 * {@code v1.<account>.<terminal>.<expiry epoch seconds>.<HMAC-SHA256>}, stateless, so that every
 * hub instance behind a load balancer accepts a token another issued. The HMAC key is one random
 * 256-bit key in the database (V29, one row), sealed with the region's sealing keyset like the hub's
 * key pair; made by the first instance that needs it (INSERT IGNORE: the first row wins).
 *
 * <p>A token opens only its own account, only for the terminal it was issued to (another
 * terminal's token with it is refused), and only until it expires. The token says nothing secret:
 * the account id is random and the terminal id is the caller's own.
 */
final class VisitorSessionTokens {

    private static final byte[] CONTEXT = "storage_session_key:1:key".getBytes(StandardCharsets.UTF_8);
    private static final String VERSION = "v1";

    private final JdbcClient jdbc;
    private final Sealing sealing;
    private final Clock clock;
    private final Duration lifetime;
    private volatile byte @Nullable [] key;

    VisitorSessionTokens(JdbcClient jdbc, Sealing sealing, Clock clock, Duration lifetime) {
        this.jdbc = jdbc;
        this.sealing = sealing;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    /** A new token for this account, valid on this terminal only. */
    String issue(AccountId account, TerminalId terminal) {
        var payload = VERSION + "." + account + "." + terminal.value() + "." + clock.instant().plus(lifetime).getEpochSecond();
        return payload + "." + mac(payload);
    }

    /** The account the token opens, when it is this hub's, unexpired and issued to this terminal. */
    Optional<AccountId> verify(String token, TerminalId terminal) {
        if (token.length() > 200) {
            return Optional.empty();
        }
        var parts = token.split("\\.", -1);
        if (parts.length != 5 || !VERSION.equals(parts[0])) {
            return Optional.empty();
        }
        var payload = String.join(".", parts[0], parts[1], parts[2], parts[3]);
        if (!MessageDigest.isEqual(mac(payload).getBytes(StandardCharsets.US_ASCII), parts[4].getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        try {
            if (Long.parseLong(parts[2]) != terminal.value()
                    || !clock.instant().isBefore(Instant.ofEpochSecond(Long.parseLong(parts[3])))) {
                return Optional.empty();
            }
            return Optional.of(new AccountId(UUID.fromString(parts[1])));
        } catch (IllegalArgumentException notOurs) {
            return Optional.empty();
        }
    }

    private String mac(String payload) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] key() {
        var current = key;
        if (current != null) {
            return current;
        }
        synchronized (this) {
            if (key == null) {
                key = readOrMake();
            }
            return key;
        }
    }

    private byte[] readOrMake() {
        if (read().isEmpty()) {
            var fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            jdbc.sql("INSERT IGNORE INTO storage_session_key (id, key_sealed, created_at) VALUES (1, ?, ?)")
                    .params(sealing.seal(fresh, CONTEXT), Timestamp.from(clock.instant())).update();
        }
        var sealed = read().orElseThrow(() -> new IllegalStateException("The visitor session key was made but cannot be read back"));
        try {
            return sealing.open(sealed, CONTEXT);
        } catch (Sealing.SealingException e) {
            throw new IllegalStateException("The visitor session key in the database does not open with this instance’s "
                    + "sealing keyset: every hub instance of a region needs the same kiosk.sealing.keyset-file", e);
        }
    }

    private Optional<byte[]> read() {
        return jdbc.sql("SELECT key_sealed FROM storage_session_key WHERE id = 1").query((rs, n) -> rs.getBytes(1)).optional();
    }
}
