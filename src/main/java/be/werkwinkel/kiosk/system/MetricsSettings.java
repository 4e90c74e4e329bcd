package be.werkwinkel.kiosk.system;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The separate credential with which a monitoring system (Prometheus) reads the actuator's
 * endpoints by HTTP basic, under {@code kiosk.metrics.*} (decision 036). There is no default: without
 * both keys only a signed-in administrator can read them. The password is given only as its hash,
 * with the algorithm's prefix, bcrypt or Argon2 (make one with {@code java -jar werkwinkel-kiosk.jar
 * hash-password}); a plain password or a weaker hash stops the start with a message that says so.
 *
 * @param username the monitoring system's user name
 * @param passwordHash e.g. {@code {bcrypt}$2a$10$…} or {@code {argon2@SpringSecurity_v5_8}$argon2id$…}
 */
@ConfigurationProperties("kiosk.metrics")
public record MetricsSettings(@Nullable String username, @Nullable String passwordHash) {

    /** The prefix of the hashes {@code hash-password} makes. */
    public static final String ARGON2 = "argon2@SpringSecurity_v5_8";
    public static final String BCRYPT = "bcrypt";

    public MetricsSettings {
        username = username == null || username.isBlank() ? null : username.strip();
        passwordHash = passwordHash == null || passwordHash.isBlank() ? null : passwordHash.strip();
        if ((username == null) != (passwordHash == null)) {
            throw new IllegalArgumentException("kiosk.metrics.username and kiosk.metrics.password-hash go together:"
                    + " set both (a monitoring credential) or neither (only administrators read the metrics)");
        }
        if (passwordHash != null && !passwordHash.startsWith("{" + BCRYPT + "}") && !passwordHash.startsWith("{" + ARGON2 + "}")) {
            throw new IllegalArgumentException("kiosk.metrics.password-hash must be a bcrypt or Argon2 hash with its prefix,"
                    + " {bcrypt}… or {" + ARGON2 + "}…, never the password itself: make one with"
                    + " java -jar werkwinkel-kiosk.jar hash-password");
        }
    }

    /** Whether a monitoring credential is configured. */
    public boolean configured() {
        return username != null;
    }

    /** Checks passwords against hashes of either prefix; hashes new ones with Argon2id. */
    public static PasswordEncoder encoder() {
        return new DelegatingPasswordEncoder(ARGON2, Map.of(
                ARGON2, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                BCRYPT, new BCryptPasswordEncoder()));
    }
}
