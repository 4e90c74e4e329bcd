package be.werkwinkel.kiosk.system.security;

import be.werkwinkel.kiosk.system.MetricsSettings;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Checks the monitoring credential of {@link MetricsSettings}, and nothing else: staff passwords are
 * never accepted by HTTP basic. A slow hash (Argon2, bcrypt) on every scrape would cost a core a
 * quarter of a second each time, so a credential that was accepted is remembered for
 * {@link #REMEMBERED} as a SHA-256 digest in memory; a wrong one is always checked against the hash.
 */
final class MetricsCredentialAuthentication implements AuthenticationProvider {

    static final String ROLE = "METRICS";
    static final Duration REMEMBERED = Duration.ofMinutes(10);

    private final MetricsSettings settings;
    private final PasswordEncoder encoder = MetricsSettings.encoder();
    private final Cache<String, Boolean> accepted = Caffeine.newBuilder().expireAfterWrite(REMEMBERED).maximumSize(16)
            .build();

    MetricsCredentialAuthentication(MetricsSettings settings) {
        this.settings = settings;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        var username = authentication.getName();
        var password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        var expectedUser = settings.username();
        var hash = settings.passwordHash();
        if (expectedUser == null || hash == null) {
            throw new BadCredentialsException("No monitoring credential is configured (kiosk.metrics.*).");
        }
        var digest = digest(username, password);
        if (accepted.getIfPresent(digest) == null) {
            // the hash is checked also for a wrong user name, so the answer takes as long either way
            var matches = encoder.matches(password, hash);
            if (!matches || !MessageDigest.isEqual(username.getBytes(StandardCharsets.UTF_8),
                    expectedUser.getBytes(StandardCharsets.UTF_8))) {
                throw new BadCredentialsException("Wrong monitoring user name or password.");
            }
            accepted.put(digest, Boolean.TRUE);
        }
        return UsernamePasswordAuthenticationToken.authenticated(username, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + ROLE)));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static String digest(String username, String password) {
        try {
            var sha = MessageDigest.getInstance("SHA-256");
            sha.update(username.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(password.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
