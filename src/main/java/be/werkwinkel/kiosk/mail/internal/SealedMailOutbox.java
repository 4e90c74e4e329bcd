package be.werkwinkel.kiosk.mail.internal;

import be.werkwinkel.kiosk.base.Sealing;
import be.werkwinkel.kiosk.mail.InvalidMailException;
import be.werkwinkel.kiosk.mail.InvalidMailException.Reason;
import be.werkwinkel.kiosk.mail.MailOutbox;
import be.werkwinkel.kiosk.mail.MailStatus;
import be.werkwinkel.kiosk.mail.OutgoingMail;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * The outbox in MariaDB. A message is written as the MIME message it will be sent as, sealed with
 * its request id as context, in one row: committed, it survives a crash or a power cut, and a dump
 * shows nothing of it.
 */
final class SealedMailOutbox implements MailOutbox {

    /** Header lines are one line: a line break in a subject would start a header of its own. */
    private static final Pattern LINE_BREAKS = Pattern.compile("[\\r\\n\\u0085\\u2028\\u2029]+");
    private static final Session SESSION = Session.getInstance(new Properties());

    private final OutboxRows rows;
    private final Sealing sealing;
    private final MailSettings settings;
    private final Clock clock;

    SealedMailOutbox(OutboxRows rows, Sealing sealing, MailSettings settings, Clock clock) {
        this.rows = rows;
        this.sealing = sealing;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public MailStatus queue(OutgoingMail mail) {
        var known = rows.status(mail.requestId());
        if (known.isPresent()) {
            return known.get();
        }
        var message = mime(mail);
        if (message.length > settings.maxSize().toBytes()) {
            throw new InvalidMailException(Reason.TOO_LARGE, "The message is larger than " + settings.maxSize());
        }
        try {
            rows.insert(mail.requestId(), clock.instant(), sealing.seal(message, context(mail.requestId())),
                    MaskedAddress.of(mail.recipient().strip()));
        } catch (DuplicateKeyException raced) {
            // the same request came in twice at once: the first one counts
        }
        return rows.status(mail.requestId()).orElseThrow();
    }

    @Override
    public Optional<MailStatus> status(UUID requestId) {
        return rows.status(requestId);
    }

    /** The message as it was queued, for the one attempt that sends it. */
    static MimeMessage open(Sealing sealing, OutboxRows.Due due) throws MessagingException {
        var bytes = sealing.open(due.sealed(), context(due.requestId()));
        return new MimeMessage(SESSION, new ByteArrayInputStream(bytes));
    }

    private static byte[] context(UUID requestId) {
        return ("mail_outbox:" + requestId).getBytes(StandardCharsets.US_ASCII);
    }

    private byte[] mime(OutgoingMail mail) {
        var recipient = recipient(mail.recipient());
        try {
            var message = new MimeMessage(SESSION);
            // text and attachments side by side (mixed), as every mail program reads them
            var helper = new MimeMessageHelper(message, mail.attachments().isEmpty() ? MimeMessageHelper.MULTIPART_MODE_NO
                    : MimeMessageHelper.MULTIPART_MODE_MIXED, StandardCharsets.UTF_8.name());
            helper.setFrom(settings.from());
            helper.setTo(recipient);
            if (mail.replyTo() != null) {
                try {
                    helper.setReplyTo(recipient(mail.replyTo()));
                } catch (InvalidMailException notAnAddress) {
                    // answers then go to the sender address; the message itself is fine
                }
            }
            helper.setSubject(LINE_BREAKS.matcher(mail.subject()).replaceAll(" ").strip());
            helper.setText(mail.text(), false);
            for (var attachment : mail.attachments()) {
                helper.addAttachment(LINE_BREAKS.matcher(attachment.fileName()).replaceAll(" "),
                        new ByteArrayDataSource(attachment.content(), attachment.mediaType()));
            }
            message.saveChanges();
            var bytes = new ByteArrayOutputStream();
            message.writeTo(bytes);
            return bytes.toByteArray();
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("A message could not be put together", e);
        }
    }

    /** One plain address (no display name, no list), as a mail server would accept it. */
    private static InternetAddress recipient(String typed) {
        var address = typed.strip();
        try {
            var parsed = new InternetAddress(address, true);
            parsed.validate();
            var at = address.lastIndexOf('@');
            if (!address.equals(parsed.getAddress()) || at < 1 || address.indexOf('.', at) < 0
                    || address.endsWith(".")) {
                throw new AddressException("not a plain address with a domain", address);
            }
            return parsed;
        } catch (AddressException e) {
            throw new InvalidMailException(Reason.BAD_RECIPIENT, "Not an e-mail address a mail server would accept");
        }
    }
}
