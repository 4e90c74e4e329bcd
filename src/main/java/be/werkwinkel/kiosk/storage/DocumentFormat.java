package be.werkwinkel.kiosk.storage;

import java.util.Locale;
import java.util.Objects;

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
