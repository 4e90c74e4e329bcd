package be.werkwinkel.kiosk.terminal;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What a feature does with one kind of write a terminal queued in its outbox while the hub was
 * away (e.g. storage: "file this document in a visitor's storage"). A Spring bean on the hub (and
 * standalone); the terminal API's intake opens the sealed entry and calls the handler of its kind
 * in the one transaction that also records the request id (decision 040): the effect and the record
 * commit together or not at all, and a replay of the same request id runs nothing.
 *
 * <p>The handler must write through the application's transaction (JDBC on the one data source,
 * {@code TransactionTemplate} with the default propagation), never commit on its own.
 */
public interface DeliveryHandler {

    /** Kinds are short lower-case names such as {@code storage.document}. */
    Pattern KIND = Pattern.compile("[a-z][a-z0-9-]{0,29}(\\.[a-z][a-z0-9-]{0,29})?");

    /** The kind of entry this handler takes; unique among the handlers. */
    String kind();

    /**
     * The limited kind of call an entry of this kind also counts as (decision 048), so that the
     * outbox is no way around the limit of the call it stands in for; null when none.
     */
    default LimitedPerTerminal.@Nullable Kind limitedAs() {
        return null;
    }

    /**
     * Carries out one entry, once.
     *
     * @param requestId the terminal's id of the write; use it as the feature's own request id too
     * @param terminal the terminal that queued it (a throttle subject, never a proof of who the visitor is)
     * @param plaintext what the terminal sealed, in the format of this kind
     * @return the outcome, a short text without personal data (at most 2000 characters), kept and
     *     answered again to a replay
     * @throws Refused when the entry cannot be carried out and never will be: its effects are rolled
     *     back and the refusal is kept as the outcome
     */
    String handle(UUID requestId, TerminalId terminal, byte[] plaintext);

    /**
     * The associated data an entry is sealed with: the request id and kind, so that a sealed body
     * moved to another request or kind does not open.
     */
    static byte[] associatedData(UUID requestId, String kind) {
        return ("werkwinkel-outbox/v1 " + requestId + " " + kind).getBytes(StandardCharsets.UTF_8);
    }

    /** A definite "no" for this entry; everything the handler wrote for it is rolled back. */
    final class Refused extends RuntimeException {

        private final String outcome;

        public Refused(String outcome) {
            super(outcome);
            this.outcome = Objects.requireNonNull(outcome, "outcome");
        }

        public String outcome() {
            return outcome;
        }
    }
}
