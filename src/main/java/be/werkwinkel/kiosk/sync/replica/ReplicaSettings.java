package be.werkwinkel.kiosk.sync.replica;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The replica's settings under {@code kiosk.hub.*} (terminal only), beside {@link
 * be.werkwinkel.kiosk.sync.HubSettings}.
 *
 * @param replicaInterval how often the terminal asks the hub for vacancy changes (also once at
 *     start and after enrollment); after a failure the next try waits as long
 */
@ConfigurationProperties("kiosk.hub")
public record ReplicaSettings(@DefaultValue("1m") Duration replicaInterval) {

    public ReplicaSettings {
        if (replicaInterval.isNegative() || replicaInterval.isZero()) {
            throw new IllegalArgumentException("kiosk.hub.replica-interval must be positive");
        }
    }
}
