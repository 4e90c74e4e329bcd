package be.werkwinkel.kiosk.terminal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A terminal as the console shows it: the registry's facts and its last heartbeat.
 *
 * @param feature the feature in use at the last heartbeat (a module's name, never personal data)
 * @param indexBuiltAt when the terminal's vacancy index was last brought up to date
 * @param lockMessage the lock it shows, if it is locked
 */
public record TerminalView(
        TerminalId id,
        String name,
        String site,
        String location,
        boolean localKiosk,
        TerminalState state,
        @Nullable Instant lastSeenAt,
        @Nullable String feature,
        @Nullable String appVersion,
        @Nullable Long uptimeSeconds,
        @Nullable Instant indexBuiltAt,
        @Nullable Integer outboxBacklog,
        @Nullable Long freeDiskBytes,
        @Nullable String lockMessage,
        @Nullable String announcement) {
}
