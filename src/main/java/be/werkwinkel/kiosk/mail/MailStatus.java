package be.werkwinkel.kiosk.mail;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Where a queued message stands.
 *
 * @param attempts how often the mail server was tried
 * @param problem why the last attempt did not send it; null before the first attempt and once sent
 * @param sentAt when the mail server took it; null until then
 */
public record MailStatus(State state, Instant queuedAt, int attempts, @Nullable Problem problem,
        @Nullable Instant sentAt) {

    public enum State {
        /** Kept in the outbox; tried again later. */
        WAITING,
        /** Taken by the mail server; the outbox no longer holds its content. */
        SENT,
        /**
         * Not sent for as long as the outbox tries (kiosk.mail.give-up-after). Staff may still retry
         * it for kiosk.mail.keep-given-up (it is then WAITING again); after that the content is gone.
         */
        GIVEN_UP
    }

    public enum Problem {
        /** No SMTP server is configured: the message waits until one is. */
        NO_MAIL_SERVER,
        /** The mail server did not answer, or broke off. */
        SERVER_UNREACHABLE,
        /** The mail server answered but did not take the message. */
        REFUSED
    }
}
