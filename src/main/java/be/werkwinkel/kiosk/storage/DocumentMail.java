package be.werkwinkel.kiosk.storage;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Sending a visitor's document by e-mail from "Mijn documenten" (decision 020): a CV or letter as
 * its PDF ({@link DocumentFormat#pdf}), a saved vacancy as its title and link. The message goes
 * through the mail outbox, so nothing is lost while the mail server is down or missing; each send
 * is remembered with the account (sealed), so the visitor sees what became of it, and is deleted
 * with the account. Every send carries a {@link RequestId}: the same id again sends nothing more
 * and returns the first one.
 *
 * <p>Refusals throw {@link StorageProblem} and send nothing: {@code EMAIL_INVALID},
 * {@code NOT_FOUND}, {@code NOT_SENDABLE}, {@code NO_PDF}, {@code MAIL_TOO_LARGE},
 * {@code VACANCY_GONE}, {@code VACANCIES_LOADING}.
 *
 * @see DocumentFormat#application
 */
public interface DocumentMail {

    /** Whether this document can be sent at all: a saved vacancy, or a document a {@link DocumentFormat} reads. */
    boolean canSend(DocumentSummary document);

    /**
     * Sends the document to the visitor: its PDF attached, or for a saved vacancy its title and link.
     *
     * @param address the account's e-mail address or one typed at the kiosk
     * @param locale the screen's language: the message's own few words are written in it
     */
    SentMail sendToMyself(RequestId request, AccountId account, DocumentId document, String address, Locale locale);

    /**
     * Sends a letter to the employer its {@link DocumentFormat#application} names: the letter as the
     * message, its PDF attached, and one of the visitor's CVs as PDF too if they chose one. Answers
     * go to the account's e-mail address, when it has one.
     */
    SentMail sendToEmployer(RequestId request, AccountId account, DocumentId letter, @Nullable DocumentId cv,
            Locale locale);

    /** What the visitor sent, newest first, each with what became of it. */
    List<SentMail> sent(AccountId account);
}
