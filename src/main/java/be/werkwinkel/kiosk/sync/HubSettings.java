package be.werkwinkel.kiosk.sync;

import java.net.URI;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code kiosk.hub.*}, read by a terminal only.
 *
 * @param url the hub's address, e.g. {@code https://hub.werkwinkel.example}; a terminal without one
 *     cannot enroll and says so on its screen
 * @param enrollmentCode a one-time code from the hub's console, for provisioning without the setup
 *     screen; used once, when the terminal holds no token yet
 * @param connectTimeout how long a call waits for a connection before the hub counts as unreachable
 * @param readTimeout how long a call waits for an answer (long polls add their own wait to it)
 */
@ConfigurationProperties("kiosk.hub")
public record HubSettings(
        @Nullable URI url,
        @Nullable String enrollmentCode,
        @DefaultValue("3s") Duration connectTimeout,
        @DefaultValue("10s") Duration readTimeout) {

    public HubSettings {
        if (url != null && !("http".equals(url.getScheme()) || "https".equals(url.getScheme()))) {
            throw new IllegalArgumentException("kiosk.hub.url must be an http or https address, not " + url);
        }
        if (connectTimeout.isNegative() || connectTimeout.isZero() || readTimeout.isNegative() || readTimeout.isZero()) {
            throw new IllegalArgumentException("kiosk.hub.connect-timeout and read-timeout must be positive");
        }
    }
}
