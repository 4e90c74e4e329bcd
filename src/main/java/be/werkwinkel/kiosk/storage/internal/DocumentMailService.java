package be.werkwinkel.kiosk.storage.internal;

import be.werkwinkel.kiosk.base.KioskSettings;
import be.werkwinkel.kiosk.base.KioskTranslations;
import be.werkwinkel.kiosk.mail.InvalidMailException;
import be.werkwinkel.kiosk.mail.MailOutbox;
import be.werkwinkel.kiosk.mail.MailStatus;
import be.werkwinkel.kiosk.mail.OutgoingMail;
import be.werkwinkel.kiosk.mail.OutgoingMail.MailAttachment;
import be.werkwinkel.kiosk.storage.AccountId;
import be.werkwinkel.kiosk.storage.DocumentFormat;
import be.werkwinkel.kiosk.storage.DocumentId;
import be.werkwinkel.kiosk.storage.DocumentKind;
import be.werkwinkel.kiosk.storage.DocumentMail;
import be.werkwinkel.kiosk.storage.DocumentSummary;
import be.werkwinkel.kiosk.storage.RequestId;
import be.werkwinkel.kiosk.storage.SentMail;
import be.werkwinkel.kiosk.storage.SentMail.Destination;
import be.werkwinkel.kiosk.storage.SentMail.State;
import be.werkwinkel.kiosk.storage.StorageLimits;
import be.werkwinkel.kiosk.storage.StorageProblem;
import be.werkwinkel.kiosk.storage.StorageProblem.Reason;
import be.werkwinkel.kiosk.storage.StoredDocument;
import be.werkwinkel.kiosk.vacancy.Vacancy;
import be.werkwinkel.kiosk.vacancy.VacancyId;
import be.werkwinkel.kiosk.vacancy.VacancySearch;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "Send by e-mail" from Mijn documenten (decision 020). The message is put together here (the PDF
 * from the document's {@link DocumentFormat}, the few words around it in the visitor's language)
 * and handed to the {@link MailOutbox} in the same database transaction as the sealed record that
 * the account sent it: both or neither, so a crash between the two cannot leave a message the
 * visitor never sees, or a record of one that never waits to be sent.
 */
final class DocumentMailService implements DocumentMail {

    private static final Logger log = LoggerFactory.getLogger(DocumentMailService.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final StorageService storage;
    private final StorageSealing sealing;
    private final ObjectProvider<DocumentFormat> formats;
    private final VacancySearch vacancies;
    private final MailOutbox outbox;
    private final KioskTranslations translations;
    private final KioskSettings kiosk;
    private final Clock clock;

    DocumentMailService(JdbcClient jdbc, TransactionTemplate transactions, StorageService storage,
            StorageSealing sealing, ObjectProvider<DocumentFormat> formats, VacancySearch vacancies, MailOutbox outbox,
            KioskTranslations translations, KioskSettings kiosk, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.storage = storage;
        this.sealing = sealing;
        this.formats = formats;
        this.vacancies = vacancies;
        this.outbox = outbox;
        this.translations = translations;
        this.kiosk = kiosk;
        this.clock = clock;
    }

    @Override
    public boolean canSend(DocumentSummary document) {
        return document.kind() == DocumentKind.SAVED_VACANCY || format(document.mediaType()).isPresent();
    }

    @Override
    public SentMail sendToMyself(RequestId request, AccountId account, DocumentId document, String address,
            Locale locale) {
        var earlier = find(request, account);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        var recipient = address.strip();
        if (!StorageLimits.validEmail(recipient)) {
            throw new StorageProblem(Reason.EMAIL_INVALID);
        }
        var stored = storage.open(account, document);
        var name = stored.summary().name();
        var site = kiosk.site().name();
        OutgoingMail mail;
        if (stored.summary().kind() == DocumentKind.SAVED_VACANCY) {
            var vacancy = vacancy(stored);
            mail = new OutgoingMail(request.value(), recipient, t(locale, "storage.mail.vacancy.subject", vacancy.title()),
                    t(locale, "storage.mail.vacancy.text", site, vacancy.title(), where(vacancy), how(vacancy, locale)),
                    List.of());
        } else {
            var format = format(stored.summary().mediaType()).orElseThrow(() -> new StorageProblem(Reason.NOT_SENDABLE));
            mail = new OutgoingMail(request.value(), recipient, t(locale, "storage.mail.myself.subject", name),
                    t(locale, "storage.mail.myself.text", name, site), List.of(pdf(format, stored, locale)));
        }
        return record(request, account, document, Destination.MYSELF, recipient, name, null, mail);
    }

    @Override
    public SentMail sendToEmployer(RequestId request, AccountId account, DocumentId letter, @Nullable DocumentId cv,
            Locale locale) {
        var earlier = find(request, account);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        var stored = storage.open(account, letter);
        var format = format(stored.summary().mediaType()).orElseThrow(() -> new StorageProblem(Reason.NOT_SENDABLE));
        DocumentFormat.Application application;
        try {
            application = format.application(stored, locale).orElseThrow(() -> new StorageProblem(Reason.NOT_SENDABLE));
        } catch (StorageProblem problem) {
            throw problem;
        } catch (RuntimeException unreadable) {
            log.warn("The letter's application could not be read ({}): nothing sent", unreadable.toString());
            throw new StorageProblem(Reason.NOT_SENDABLE);
        }
        var attachments = new ArrayList<MailAttachment>();
        attachments.add(pdf(format, stored, locale));
        String cvName = null;
        if (cv != null) {
            var storedCv = storage.open(account, cv);
            if (storedCv.summary().kind() != DocumentKind.CV) {
                throw new StorageProblem(Reason.NOT_SENDABLE);
            }
            var cvFormat = format(storedCv.summary().mediaType()).orElseThrow(() -> new StorageProblem(Reason.NOT_SENDABLE));
            attachments.add(pdf(cvFormat, storedCv, locale));
            cvName = storedCv.summary().name();
        }
        var mail = new OutgoingMail(request.value(), application.recipient().strip(), application.subject(),
                application.text(), attachments, storage.email(account));
        return record(request, account, letter, Destination.EMPLOYER, application.recipient().strip(),
                stored.summary().name(), cvName, mail);
    }

    @Override
    public List<SentMail> sent(AccountId account) {
        return jdbc.sql("""
                SELECT request_id, destination, recipient_sealed, document_sealed, cv_sealed, created_at FROM storage_mail
                WHERE account_id = ? ORDER BY created_at DESC, request_id""")
                .param(account.toString())
                .query((rs, n) -> row(account, rs))
                .list()
                .stream()
                .map(this::withStatus)
                .toList();
    }

    // ---- helpers -----------------------------------------------------------------------------

    private SentMail record(RequestId request, AccountId account, DocumentId document, Destination destination,
            String recipient, String documentName, @Nullable String cvName, OutgoingMail mail) {
        var id = request.toString();
        var owner = account.toString();
        try {
            transactions.executeWithoutResult(status -> {
                jdbc.sql("""
                        INSERT INTO storage_mail (request_id, account_id, document_id, destination, recipient_sealed,
                            document_sealed, cv_sealed, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                        .params(id, owner, document.toString(), destination.name(),
                                sealing.seal(utf8(recipient), StorageSealing.mail(owner, id, "recipient")),
                                sealing.seal(utf8(documentName), StorageSealing.mail(owner, id, "document")),
                                cvName == null ? null : sealing.seal(utf8(cvName), StorageSealing.mail(owner, id, "cv")),
                                Timestamp.from(clock.instant()))
                        .update();
                // in this transaction: the outbox writes its row through the same connection
                outbox.queue(mail);
                jdbc.sql("UPDATE storage_account SET last_active_at = ? WHERE id = ?")
                        .params(Timestamp.from(clock.instant()), owner).update();
            });
        } catch (DuplicateKeyException raced) {
            // the same request twice at once: the first one counts
        } catch (DataIntegrityViolationException accountGone) {
            throw new StorageProblem(Reason.NOT_FOUND);
        } catch (InvalidMailException invalid) {
            throw new StorageProblem(invalid.reason() == InvalidMailException.Reason.TOO_LARGE ? Reason.MAIL_TOO_LARGE
                    : Reason.EMAIL_INVALID);
        }
        return find(request, account).orElseThrow(() -> new StorageProblem(Reason.NOT_FOUND));
    }

    private Optional<SentMail> find(RequestId request, AccountId account) {
        return jdbc.sql("""
                SELECT request_id, destination, recipient_sealed, document_sealed, cv_sealed, created_at FROM storage_mail
                WHERE request_id = ? AND account_id = ?""")
                .params(request.toString(), account.toString())
                .query((rs, n) -> row(account, rs))
                .optional()
                .map(this::withStatus);
    }

    private SentMail row(AccountId account, java.sql.ResultSet rs) throws java.sql.SQLException {
        var owner = account.toString();
        var id = rs.getString("request_id");
        var cv = rs.getBytes("cv_sealed");
        return new SentMail(RequestId.parse(id), Destination.valueOf(rs.getString("destination")),
                text(sealing.open(rs.getBytes("document_sealed"), StorageSealing.mail(owner, id, "document"))),
                cv == null ? null : text(sealing.open(cv, StorageSealing.mail(owner, id, "cv"))),
                text(sealing.open(rs.getBytes("recipient_sealed"), StorageSealing.mail(owner, id, "recipient"))),
                rs.getTimestamp("created_at").toInstant(), State.UNKNOWN, null);
    }

    private SentMail withStatus(SentMail mail) {
        var status = outbox.status(mail.request().value());
        return new SentMail(mail.request(), mail.destination(), mail.documentName(), mail.cvName(), mail.recipient(),
                mail.askedAt(), status.map(DocumentMailService::state).orElse(State.UNKNOWN),
                status.map(MailStatus::sentAt).orElse(null));
    }

    static State state(MailStatus status) {
        return switch (status.state()) {
            case SENT -> State.SENT;
            case GIVEN_UP -> State.NOT_SENT;
            case WAITING -> status.problem() == null ? State.WAITING : switch (status.problem()) {
                case NO_MAIL_SERVER -> State.WAITING_NO_MAIL_SERVER;
                case SERVER_UNREACHABLE -> State.WAITING_SERVER_UNREACHABLE;
                case REFUSED -> State.WAITING_REFUSED;
            };
        };
    }

    private Optional<DocumentFormat> format(String mediaType) {
        return formats.orderedStream().filter(format -> format.reads(mediaType)).findFirst();
    }

    /** The document as a PDF attachment; a document its format cannot render is refused with a reason. */
    private static MailAttachment pdf(DocumentFormat format, StoredDocument document, Locale locale) {
        DocumentFormat.Pdf pdf;
        try {
            pdf = format.pdf(document, locale);
        } catch (RuntimeException cannotRender) {
            log.warn("A {} could not be rendered as PDF ({}): nothing sent", document.summary().kind(), cannotRender.toString());
            throw new StorageProblem(Reason.NO_PDF);
        }
        return new MailAttachment(pdf.fileName(), "application/pdf", pdf.content());
    }

    private Vacancy vacancy(StoredDocument saved) {
        var id = VacancyId.parse(text(saved.content().bytes()));
        try {
            return id.flatMap(vacancies::find).orElseThrow(() -> new StorageProblem(Reason.VACANCY_GONE));
        } catch (VacancySearch.VacanciesLoading loading) {
            throw new StorageProblem(Reason.VACANCIES_LOADING);
        }
    }

    private static String where(Vacancy vacancy) {
        var location = vacancy.location();
        var place = Stream.of(location.postcode(), location.locality()).filter(part -> part != null && !part.isBlank())
                .reduce((a, b) -> a + " " + b).orElse("");
        return place.isEmpty() ? vacancy.employer() : vacancy.employer() + ", " + place;
    }

    private String how(Vacancy vacancy, Locale locale) {
        if (vacancy.url() != null) {
            return t(locale, "storage.mail.vacancy.link", vacancy.url());
        }
        var contact = vacancy.applicationContact();
        if (contact != null) {
            var ways = Stream.of(contact.name(), contact.email(), contact.telephone(), contact.url())
                    .filter(part -> part != null && !part.isBlank()).toList();
            if (!ways.isEmpty()) {
                return t(locale, "storage.mail.vacancy.contact", String.join(", ", ways));
            }
        }
        return t(locale, "storage.mail.vacancy.askStaff");
    }

    private String t(Locale locale, String key, Object... parameters) {
        return translations.getTranslation(key, locale, parameters);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
