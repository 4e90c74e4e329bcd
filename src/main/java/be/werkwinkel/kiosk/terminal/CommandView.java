package be.werkwinkel.kiosk.terminal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One command to one terminal and what became of it.
 *
 * @param seq its number among the commands of its terminal (1, 2, ...)
 * @param result what the terminal said when it acknowledged it
 */
public record CommandView(
        TerminalId terminal,
        long seq,
        CommandKind kind,
        @Nullable String text,
        String issuedBy,
        Instant queuedAt,
        Instant expiresAt,
        CommandStatus status,
        @Nullable Instant deliveredAt,
        @Nullable Instant acknowledgedAt,
        @Nullable String result) {
}
