package be.werkwinkel.kiosk.mail;

import java.util.Optional;
import java.util.UUID;

/** E-mail handed over for sending: kept until the mail server has taken it, so nothing is lost. */
public interface MailOutbox {

    /**
     * Keeps the message for sending; returns at once, before it is sent. Queuing the same request
     * id again changes nothing and answers the first message's status, so a write replayed from a
     * terminal's outbox never sends twice.
     *
     * @throws InvalidMailException when the message cannot be sent as it is (address, size)
     */
    MailStatus queue(OutgoingMail mail);

    /** Where the message with this request id stands; empty when none was queued with it. */
    Optional<MailStatus> status(UUID requestId);
}
