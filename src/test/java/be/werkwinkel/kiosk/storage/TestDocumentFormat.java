package be.werkwinkel.kiosk.storage;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A {@link DocumentFormat} for the storage tests, standing in for the cv module's CVs and letters
 * with media types of its own (so it never competes with the real format for a document). A test
 * letter is three parts separated by a line with {@code ---}: the employer's address (may be empty),
 * the subject, the text. Its "PDF" is a small fixed text that names the document.
 */
@Component
public class TestDocumentFormat implements DocumentFormat {

    public static final String CV = "application/x-kiosk-test-cv";
    public static final String LETTER = "application/x-kiosk-test-letter";
    /** Documents of this type cannot be rendered: a CV the wizard left unfinished. */
    public static final String BROKEN = "application/x-kiosk-test-broken";
    public static final String LOCATION = "test-documents/";

    public static DocumentContent cv(String text) {
        return new DocumentContent(text.getBytes(StandardCharsets.UTF_8), CV);
    }

    public static DocumentContent letter(String employer, String subject, String text) {
        return new DocumentContent((employer + "\n---\n" + subject + "\n---\n" + text).getBytes(StandardCharsets.UTF_8),
                LETTER);
    }

    /**
     * What {@link #pdf} gives for a document with this name and content: like a real PDF, with a
     * line of binary bytes after the header (so mail sends it as binary, not as text).
     */
    public static byte[] pdfOf(String name, String content) {
        var out = new java.io.ByteArrayOutputStream();
        out.writeBytes("%PDF-1.7\n%".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(new byte[] {(byte) 0xE2, (byte) 0xE3, (byte) 0xCF, (byte) 0xD3, '\n'});
        out.writeBytes(("% test document: " + name + "\n" + content + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    @Override
    public boolean reads(String mediaType) {
        return CV.equals(mediaType) || LETTER.equals(mediaType) || BROKEN.equals(mediaType);
    }

    @Override
    public String location(DocumentId document) {
        return LOCATION + document;
    }

    @Override
    public Pdf pdf(StoredDocument document, Locale locale) {
        if (BROKEN.equals(document.content().mediaType())) {
            throw new IllegalArgumentException("the CV has problems: no name");
        }
        var content = new String(document.content().bytes(), StandardCharsets.UTF_8);
        return new Pdf(document.summary().name() + ".pdf", pdfOf(document.summary().name(), content));
    }

    @Override
    public Optional<Application> application(StoredDocument document, Locale locale) {
        if (!LETTER.equals(document.content().mediaType())) {
            return Optional.empty();
        }
        var parts = new String(document.content().bytes(), StandardCharsets.UTF_8).split("\n---\n", 3);
        return parts[0].isBlank() ? Optional.empty() : Optional.of(new Application(parts[0], parts[1], parts[2]));
    }
}
