package be.werkwinkel.kiosk.terminal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings under {@code kiosk.terminal.*}.
 *
 * @param heartbeatInterval how often a terminal reports (told to it at enrollment and in its configuration)
 * @param offlineAfter a terminal without a heartbeat for this long is shown offline
 * @param commandExpiry a command nobody fetched for this long expires and never runs
 * @param enrollmentCodeValidity how long a one-time enrollment code works
 * @param longPollTimeout how long a request for commands waits when there is none
 * @param commandRecheck how often this instance looks in the database for commands queued by
 *     another instance (several hub instances behind a load balancer); commands queued here wake
 *     the waiting request at once
 * @param deliveryRetention how long the hub remembers an outbox entry it took (its request id and
 *     outcome), so that a terminal that sends it again is answered without running it twice; a
 *     terminal sends again within minutes of reaching the hub, so weeks are plenty
 */
@Validated
@ConfigurationProperties("kiosk.terminal")
public record TerminalSettings(
        @DefaultValue("15s") Duration heartbeatInterval,
        @DefaultValue("45s") Duration offlineAfter,
        @DefaultValue("24h") Duration commandExpiry,
        @DefaultValue("24h") Duration enrollmentCodeValidity,
        @DefaultValue("25s") Duration longPollTimeout,
        @DefaultValue("1s") Duration commandRecheck,
        @DefaultValue("90d") Duration deliveryRetention) {

    public TerminalSettings {
        if (heartbeatInterval.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("kiosk.terminal.heartbeat-interval must be at least 1s");
        }
        if (offlineAfter.compareTo(heartbeatInterval) <= 0) {
            throw new IllegalArgumentException("kiosk.terminal.offline-after must be longer than the heartbeat interval");
        }
        if (commandExpiry.compareTo(Duration.ofMinutes(1)) < 0) {
            throw new IllegalArgumentException("kiosk.terminal.command-expiry must be at least 1m");
        }
        if (longPollTimeout.isNegative() || longPollTimeout.compareTo(Duration.ofSeconds(55)) > 0) {
            throw new IllegalArgumentException("kiosk.terminal.long-poll-timeout must be between 0s and 55s");
        }
        if (commandRecheck.compareTo(Duration.ofMillis(100)) < 0) {
            throw new IllegalArgumentException("kiosk.terminal.command-recheck must be at least 100ms");
        }
        if (deliveryRetention.compareTo(Duration.ofDays(7)) < 0) {
            throw new IllegalArgumentException("kiosk.terminal.delivery-retention must be at least 7d");
        }
    }
}
