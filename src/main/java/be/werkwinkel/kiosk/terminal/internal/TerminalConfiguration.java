package be.werkwinkel.kiosk.terminal.internal;

import org.jspecify.annotations.Nullable;

/**
 * What a terminal fetches at start-up and on "reload configuration"; the body of
 * {@code GET /api/terminal/v1/configuration}. Per-site settings (idle timeout, languages,
 * features) join it later.
 *
 * @param lockMessage the lock to show, also after a restart; null when not locked
 * @param announcement the banner to show; null when none
 */
record TerminalConfiguration(long terminalId, String name, String site, String location,
        long heartbeatIntervalSeconds, long longPollTimeoutSeconds,
        @Nullable String lockMessage, @Nullable String announcement) {
}
