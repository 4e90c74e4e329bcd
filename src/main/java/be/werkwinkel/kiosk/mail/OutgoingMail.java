package be.werkwinkel.kiosk.mail;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One message to one recipient, as plain text: nothing typed by a visitor is ever sent as HTML.
 *
 * @param requestId made by the client that asks for the message, so that asking twice sends once
 */
public record OutgoingMail(UUID requestId, String recipient, String subject, String text,
        List<MailAttachment> attachments) {

    public OutgoingMail {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        attachments = List.copyOf(attachments);
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
