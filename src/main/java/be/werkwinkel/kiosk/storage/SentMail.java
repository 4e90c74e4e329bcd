package be.werkwinkel.kiosk.storage;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An e-mail the visitor sent from "Mijn documenten", as the screens show it.
 *
 * @param documentName the document's name when it was sent (it may have been renamed or deleted since)
 * @param cvName the CV sent with a letter to an employer, if one was
 * @param recipient the address it went to
 * @param sentAt when the mail server took it; null until then
 */
public record SentMail(RequestId request, Destination destination, String documentName, @Nullable String cvName,
        String recipient,
        Instant askedAt, State state, @Nullable Instant sentAt) {

    /** To whom. */
    public enum Destination {
        /** The visitor's own address. */
        MYSELF,
        /** The employer a letter is addressed to. */
        EMPLOYER
    }

    /** What became of it, in the words the visitor is told. */
    public enum State {
        /** Waiting, not tried yet: the kiosk sends it in a moment. */
        WAITING,
        /** Waiting: this kiosk has no mail server (yet); it is sent once there is one. */
        WAITING_NO_MAIL_SERVER,
        /** Waiting: the mail server could not be reached; the kiosk keeps trying. */
        WAITING_SERVER_UNREACHABLE,
        /** Waiting: the mail server did not take it; the kiosk keeps trying. */
        WAITING_REFUSED,
        /** The mail server took it. */
        SENT,
        /** The kiosk stopped trying: it was not sent. */
        NOT_SENT,
        /** The outbox no longer knows it (cleared by staff): whether it went cannot be told. */
        UNKNOWN;

        public boolean waiting() {
            return name().startsWith("WAITING");
        }
    }
}
