package be.werkwinkel.kiosk.mail;

import be.werkwinkel.kiosk.mail.MailStatus.Problem;
import be.werkwinkel.kiosk.mail.MailStatus.State;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The outbox as staff see it in the console (decision 037): what waits, what was given up, why,
 * and when it is tried next, with "retry now". Never a message's subject, text or attachments, and
 * never a recipient's address in full: only a mask such as {@code f•••@e•••.be}, made when the
 * message was queued (the address itself stays sealed in the message).
 */
public interface MailOutboxAdministration {

    /**
     * @param limit at most this many waiting and this many given-up messages are listed
     */
    Overview overview(int limit);

    /**
     * Makes a waiting message due now, or gives a given-up message whose content is still kept
     * another {@code kiosk.mail.give-up-after}: the next run of the outbox (every
     * {@code kiosk.mail.send-every}) tries it. Recorded in the staff audit log.
     *
     * @param staff the staff member's username
     * @return false when there is nothing to retry: sent, unknown, or given up so long ago that its
     *     content is gone
     */
    boolean retryNow(UUID requestId, String staff);

    /** {@link #retryNow} for every waiting message that failed at least once and every retryable given-up one. */
    int retryAll(String staff);

    /**
     * @param waiting messages still to be sent
     * @param failing of those, the ones whose last attempt failed (or that wait for a mail server)
     * @param givenUp messages the outbox stopped trying
     * @param sentLastDay messages the mail server took in the last 24 hours
     * @param mailServerConfigured whether {@code spring.mail.host} is set; without it nothing is sent
     * @param sendEvery how often the outbox sends what is due ({@code kiosk.mail.send-every})
     * @param entries the waiting messages (oldest first), then the given-up ones (latest first)
     */
    record Overview(int waiting, int failing, int givenUp, int sentLastDay, boolean mailServerConfigured,
            Duration sendEvery, List<Entry> entries) {

        public Overview {
            entries = List.copyOf(entries);
        }
    }

    /**
     * One message, without its content.
     *
     * @param recipient the masked address ({@code f•••@e•••.be}); null for messages queued before masks were kept
     * @param problem why the last attempt did not send it
     * @param lastAttemptAt when the mail server was last tried; null before the first attempt
     * @param nextAttemptAt when it is tried next; null once given up
     * @param givesUpAt when the outbox stops trying; null once given up
     * @param givenUpAt when it stopped trying; null while it waits
     * @param retryable "retry now" can send it (its content is still kept)
     */
    record Entry(UUID requestId, State state, Instant queuedAt, int attempts, @Nullable Problem problem,
            @Nullable String recipient, @Nullable Instant lastAttemptAt, @Nullable Instant nextAttemptAt,
            @Nullable Instant givesUpAt, @Nullable Instant givenUpAt, boolean retryable) {
    }
}
