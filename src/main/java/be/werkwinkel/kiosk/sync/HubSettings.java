package be.werkwinkel.kiosk.sync;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
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
 * @param plainHttpAllowed whether an {@code http://} address other than this machine's loopback is
 *     accepted: only for a test network, since the terminal's token, visitors' PINs and documents
 *     and the hub's key would cross the network unprotected
 */
@ConfigurationProperties("kiosk.hub")
public record HubSettings(
        @Nullable URI url,
        @Nullable String enrollmentCode,
        @DefaultValue("3s") Duration connectTimeout,
        @DefaultValue("10s") Duration readTimeout,
        @DefaultValue("false") boolean plainHttpAllowed) {

    @ConstructorBinding
    public HubSettings {
        if (url != null && !("http".equals(url.getScheme()) || "https".equals(url.getScheme()))) {
            throw new IllegalArgumentException("kiosk.hub.url must be an http or https address, not " + url);
        }
        if (url != null && "http".equals(url.getScheme()) && !plainHttpAllowed && !loopback(url.getHost())) {
            throw new IllegalArgumentException("kiosk.hub.url must be an https address (http only on this machine's"
                    + " loopback, or with kiosk.hub.plain-http-allowed=true on a test network), not " + url);
        }
        if (connectTimeout.isNegative() || connectTimeout.isZero() || readTimeout.isNegative() || readTimeout.isZero()) {
            throw new IllegalArgumentException("kiosk.hub.connect-timeout and read-timeout must be positive");
        }
    }

    /** Settings with plain http allowed on the loopback only. */
    public HubSettings(@Nullable URI url, @Nullable String enrollmentCode, Duration connectTimeout, Duration readTimeout) {
        this(url, enrollmentCode, connectTimeout, readTimeout, false);
    }

    private static boolean loopback(@Nullable String host) {
        if (host == null) {
            return false;
        }
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
