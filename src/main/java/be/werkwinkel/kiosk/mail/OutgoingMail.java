package be.werkwinkel.kiosk.mail;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One message to one recipient, as plain text: nothing typed by a visitor is ever sent as HTML.
 *
 * @param requestId made by the client that asks for the message, so that asking twice sends once
 * @param replyTo where an answer goes (e.g. the visitor, for a letter sent to an employer from the
 *     kiosk's own address); none when null, or when it is not an address a mail server would accept
 */
public record OutgoingMail(UUID requestId, String recipient, String subject, String text,
        List<MailAttachment> attachments, @Nullable String replyTo) {

    public OutgoingMail {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        attachments = List.copyOf(attachments);
    }

    /** A message that answers go back to the sender address of. */
    public OutgoingMail(UUID requestId, String recipient, String subject, String text, List<MailAttachment> attachments) {
        this(requestId, recipient, subject, text, attachments, null);
    }

    /** A file sent with the message. */
    public record MailAttachment(String fileName, String mediaType, byte[] content) {

        public MailAttachment {
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(mediaType, "mediaType");
            content = content.clone();
        }

        @Override
        public byte[] content() {
            return content.clone();
        }
    }
}
