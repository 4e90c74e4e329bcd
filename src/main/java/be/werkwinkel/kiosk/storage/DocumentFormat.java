package be.werkwinkel.kiosk.storage;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What the feature that makes a kind of document (the {@code cv} module: CVs and letters) offers
 * "Mijn documenten": the screen that opens one, and the document as a PDF to print or to send.
 * Contributed as a Spring bean; documents no format reads are shown as text.
 */
public interface DocumentFormat {

    /** Whether this format reads documents of this media type. */
    boolean reads(String mediaType);

    /** The location (route) of the screen that opens the document, e.g. {@code cv/<id>}. */
    String location(DocumentId document);

    /**
     * The document as a PDF.
     *
     * @param locale the screen's language, for the few words a document does not choose itself
     */
    Pdf pdf(StoredDocument document, Locale locale);

    /**
     * For a letter to an employer: where it goes, and the letter as the plain text of an e-mail
     * (sent with its PDF and, if the visitor wants, a CV attached). Empty for other documents, or
     * when the letter has no application address.
     */
    default Optional<Application> application(StoredDocument document, Locale locale) {
        return Optional.empty();
    }

    /** A letter as an e-mail to the employer: the subject names the job. */
    record Application(String recipient, String subject, String text) {

        public Application {
            Objects.requireNonNull(recipient, "recipient");
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(text, "text");
        }
    }

    /** A rendered PDF, kept in memory only: it is gone with the visitor's session. */
    record Pdf(String fileName, byte[] content) {

        public Pdf {
            Objects.requireNonNull(fileName, "fileName");
            content = content.clone();
        }

        @Override
        public byte[] content() {
            return content.clone();
        }
    }
}
