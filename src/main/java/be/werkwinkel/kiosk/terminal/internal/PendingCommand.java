package be.werkwinkel.kiosk.terminal.internal;

import be.werkwinkel.kiosk.terminal.CommandKind;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A command as the terminal receives it. */
record PendingCommand(long seq, CommandKind kind, @Nullable String text, Instant queuedAt, Instant expiresAt) {
}
