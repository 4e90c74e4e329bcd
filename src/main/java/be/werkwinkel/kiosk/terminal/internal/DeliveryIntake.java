package be.werkwinkel.kiosk.terminal.internal;

import be.werkwinkel.kiosk.terminal.DeliveryHandler;
import be.werkwinkel.kiosk.terminal.LimitedPerTerminal;
import be.werkwinkel.kiosk.terminal.TerminalId;
import java.security.GeneralSecurityException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The hub's intake of terminal outbox entries, idempotent by request id (decision 040). A request
 * id already recorded answers its recorded outcome and runs nothing. Otherwise the entry is opened
 * with the hub's key pair and handed to the handler of its kind inside one transaction that first
 * inserts the request id: a crash between the two leaves neither, and a second copy racing on
 * another hub instance waits on the primary key, then finds the first outcome.
 */
final class DeliveryIntake {

    /** What the intake answers. */
    sealed interface Result {

        /** Carried out (or refused for good by its handler) now, or earlier when {@code replayed}. */
        record Done(String outcome, boolean refused, boolean replayed) implements Result {
        }

        /** Not taken: unknown kind, or a body that does not open; nothing was stored. */
        record Unprocessable(String detail) implements Result {
        }

        /** The request id is recorded for another terminal or kind; nothing was run. */
        record Conflict(String detail) implements Result {
        }
    }

    private static final Logger log = LoggerFactory.getLogger(DeliveryIntake.class);
    static final int MAX_OUTCOME = 2000;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final HubKeyPair keys;
    private final Map<String, DeliveryHandler> handlers = new HashMap<>();
    private final Clock clock;

    DeliveryIntake(JdbcClient jdbc, TransactionTemplate transactions, HubKeyPair keys, List<DeliveryHandler> handlers,
            Clock clock) {
        this.jdbc = jdbc;
        // each statement of a handler sees what other deliveries committed meanwhile (InnoDB's default
        // would show it the database as at its first read): a booking request that finds its time
        // taken looks for the nearest free time among the times that are free now
        this.transactions = new TransactionTemplate(Objects.requireNonNull(transactions.getTransactionManager()));
        this.transactions.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.keys = keys;
        this.clock = clock;
        for (var handler : handlers) {
            if (!DeliveryHandler.KIND.matcher(handler.kind()).matches()) {
                throw new IllegalStateException("Not a delivery kind: " + handler.kind());
            }
            if (this.handlers.putIfAbsent(handler.kind(), handler) != null) {
                throw new IllegalStateException("Two delivery handlers for kind " + handler.kind());
            }
        }
    }

    /** The limited kind of call an entry of this kind also counts as; null when none or no handler. */
    LimitedPerTerminal.@Nullable Kind limitedAs(String kind) {
        var handler = handlers.get(kind);
        return handler == null ? null : handler.limitedAs();
    }

    Result receive(TerminalId terminal, UUID requestId, String kind, byte[] sealed) {
        var earlier = recorded(terminal, requestId, kind);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        var handler = handlers.get(kind);
        if (handler == null) {
            return new Result.Unprocessable("No handler for kind " + kind + " on this hub");
        }
        byte[] plaintext;
        try {
            plaintext = keys.open(sealed, DeliveryHandler.associatedData(requestId, kind));
        } catch (GeneralSecurityException e) {
            log.warn("Terminal {} delivered request {} ({}) that does not open with the hub’s key", terminal, requestId, kind);
            return new Result.Unprocessable("The body does not open with this hub’s key for this request id and kind");
        }
        try {
            var outcome = transactions.execute(status -> {
                record(terminal, requestId, kind, false, "");
                var text = clip(handler.handle(requestId, terminal, plaintext));
                jdbc.sql("UPDATE terminal_delivery SET outcome = ? WHERE request_id = ?").params(text, requestId.toString()).update();
                return text;
            });
            return new Result.Done(outcome == null ? "" : outcome, false, false);
        } catch (DeliveryHandler.Refused refused) {
            var outcome = clip(refused.outcome());
            try {
                transactions.executeWithoutResult(status -> record(terminal, requestId, kind, true, outcome));
            } catch (DuplicateKeyException raced) {
                return recorded(terminal, requestId, kind).orElseThrow(() -> raced);
            }
            log.info("Terminal {} request {} ({}) refused: {}", terminal, requestId, kind, outcome);
            return new Result.Done(outcome, true, false);
        } catch (DuplicateKeyException raced) {
            return recorded(terminal, requestId, kind).orElseThrow(() -> raced);
        }
    }

    /**
     * Forgets the deliveries received before {@code cutoff}, in batches (each its own short
     * statement, so that the intake is never held up long).
     *
     * @return how many were forgotten
     */
    int forgetReceivedBefore(Instant cutoff) {
        var forgotten = 0;
        int batch;
        do {
            batch = jdbc.sql("DELETE FROM terminal_delivery WHERE received_at < ? LIMIT 5000")
                    .param(Timestamp.from(cutoff)).update();
            forgotten += batch;
        } while (batch == 5000);
        return forgotten;
    }

    private void record(TerminalId terminal, UUID requestId, String kind, boolean refused, String outcome) {
        jdbc.sql("""
                INSERT INTO terminal_delivery (request_id, terminal_id, kind, received_at, refused, outcome)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(requestId.toString(), terminal.value(), kind, Timestamp.from(clock.instant()), refused, outcome)
                .update();
    }

    private Optional<Result> recorded(TerminalId terminal, UUID requestId, String kind) {
        return jdbc.sql("SELECT terminal_id, kind, refused, outcome FROM terminal_delivery WHERE request_id = ?")
                .param(requestId.toString())
                .query((rs, n) -> rs.getLong(1) == terminal.value() && rs.getString(2).equals(kind)
                        ? (Result) new Result.Done(rs.getString(4), rs.getBoolean(3), true)
                        : new Result.Conflict("Request " + requestId + " was delivered by another terminal or as another kind"))
                .optional();
    }

    private static String clip(String outcome) {
        return outcome.length() <= MAX_OUTCOME ? outcome : outcome.substring(0, MAX_OUTCOME);
    }
}
