package be.werkwinkel.kiosk.cv.internal;

import be.werkwinkel.kiosk.cv.CvDocuments;
import be.werkwinkel.kiosk.cv.CvPdfs;
import be.werkwinkel.kiosk.storage.DocumentFormat;
import be.werkwinkel.kiosk.storage.DocumentId;
import be.werkwinkel.kiosk.storage.StoredDocument;
import com.vaadin.flow.i18n.I18NProvider;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What "Mijn documenten" can do with a CV or a letter: open it in its wizard ({@code cv/<id>},
 * {@code letter/<id>}), print it as PDF, and send a letter to the employer. One bean per media
 * type, since the location is chosen by the format that reads the document.
 */
abstract sealed class CvDocumentFormat implements DocumentFormat {

    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._-]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    static final int FILE_NAME_LENGTH = 80;

    final CvPdfs pdfs;
    private final String mediaType;
    private final String route;
    private final String fallbackName;

    CvDocumentFormat(CvPdfs pdfs, String mediaType, String route, String fallbackName) {
        this.pdfs = pdfs;
        this.mediaType = mediaType;
        this.route = route;
        this.fallbackName = fallbackName;
    }

    @Override
    public boolean reads(String mediaType) {
        return this.mediaType.equals(mediaType);
    }

    @Override
    public String location(DocumentId document) {
        return route + "/" + document;
    }

    @Override
    public Pdf pdf(StoredDocument document, Locale locale) {
        return new Pdf(fileName(document.summary().name(), fallbackName), render(document));
    }

    abstract byte[] render(StoredDocument document);

    /**
     * A file name a browser, a mail program and any operating system take: the document's name
     * without accents ("Cv Zoë" gives "Cv-Zoe.pdf"), other characters as dashes, at most 80.
     */
    static String fileName(String name, String fallback) {
        var plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
        plain = UNSAFE.matcher(plain).replaceAll("-").replaceAll("^[-.]+|[-.]+$", "");
        if (plain.length() > FILE_NAME_LENGTH) {
            plain = plain.substring(0, FILE_NAME_LENGTH).replaceAll("[-.]+$", "");
        }
        return (plain.isEmpty() ? fallback : plain) + ".pdf";
    }

    /** CVs. */
    static final class CvFormat extends CvDocumentFormat {

        CvFormat(CvPdfs pdfs) {
            super(pdfs, CvDocuments.CV_MEDIA_TYPE, "cv", "cv");
        }

        @Override
        byte[] render(StoredDocument document) {
            return pdfs.cv(CvDocuments.cv(document.content()));
        }
    }

    /** Letters, which can also go to the employer by e-mail. */
    static final class LetterFormat extends CvDocumentFormat {

        private final I18NProvider translations;

        LetterFormat(CvPdfs pdfs, I18NProvider translations) {
            super(pdfs, CvDocuments.LETTER_MEDIA_TYPE, "letter", "letter");
            this.translations = translations;
        }

        @Override
        byte[] render(StoredDocument document) {
            return pdfs.letter(CvDocuments.letter(document.content()));
        }

        /** The letter in its own language, whatever the screen's: it is written to the employer. */
        @Override
        public Optional<Application> application(StoredDocument document, Locale locale) {
            if (!reads(document.content().mediaType())) {
                return Optional.empty();
            }
            var letter = CvDocuments.letter(document.content());
            var email = letter.recipient().email().strip();
            if (email.isEmpty()) {
                return Optional.empty();
            }
            var texts = new PdfTexts(translations, letter.language());
            return Optional.of(new Application(email, LetterHtml.subject(letter, texts), LetterHtml.plainText(letter)));
        }
    }

}
