package be.werkwinkel.kiosk.sync.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings under {@code kiosk.hub.outbox.*} (terminal only).
 *
 * @param maxEntries how many entries may wait; one more is refused with {@link OutboxFull}
 * @param maxBytes how much room the waiting entries may take on the terminal's disk
 * @param replayEvery how often the outbox is looked at while entries wait and the hub answers
 * @param longestBackoff the longest wait between attempts while the hub is unreachable (the wait
 *     doubles from {@code replayEvery} up to this)
 */
@ConfigurationProperties("kiosk.hub.outbox")
public record OutboxSettings(
        @DefaultValue("1000") int maxEntries,
        @DefaultValue("512MB") DataSize maxBytes,
        @DefaultValue("5s") Duration replayEvery,
        @DefaultValue("2m") Duration longestBackoff) {

    public OutboxSettings {
        if (maxEntries < 1 || maxBytes.toBytes() < 1) {
            throw new IllegalArgumentException("kiosk.hub.outbox.max-entries and max-bytes must be positive");
        }
        if (replayEvery.isNegative() || replayEvery.isZero() || longestBackoff.compareTo(replayEvery) < 0) {
            throw new IllegalArgumentException(
                    "kiosk.hub.outbox.replay-every must be positive and longest-backoff at least as long");
        }
    }
}
