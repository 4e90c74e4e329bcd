package be.werkwinkel.kiosk.sync.internal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** What other parts of the terminal add to its heartbeat. */
interface TerminalFacts {

    /** When the vacancy replica was last brought up to date. */
    default @Nullable Instant replicaUpdatedAt() {
        return null;
    }

    /** How many writes wait in the outbox for the hub. */
    default @Nullable Integer outboxBacklog() {
        return null;
    }
}
