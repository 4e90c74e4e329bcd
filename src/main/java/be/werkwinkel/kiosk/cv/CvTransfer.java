package be.werkwinkel.kiosk.cv;

import be.werkwinkel.kiosk.base.KioskLanguage;
import be.werkwinkel.kiosk.storage.DocumentId;
import be.werkwinkel.kiosk.storage.RequestId;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A visitor's CV out of and into their personal storage as JSON Resume, for the staff commands
 * {@code export-cv} and {@code import-cv} (with the visitor present: their username and PIN are
 * checked like a sign-in at the kiosk, counted against the pause). Exists where storage does
 * (standalone and hub).
 */
public interface CvTransfer {

    /**
     * One CV of the visitor as a JSON Resume document.
     *
     * @param terminal where the attempt comes from, counted like a kiosk's visitor session
     *     (e.g. {@code cli})
     * @param document the CV's name or id; may be null when the visitor has exactly one CV
     */
    Export export(String username, String pin, String terminal, @Nullable String document);

    /**
     * Saves a JSON Resume document as a new CV of the visitor; the same request id again saves
     * nothing more and answers as the first time.
     *
     * @param name the document's name in "Mijn documenten"; null for "CV " and the person's name
     * @param language the CV's language when the document does not say
     */
    Import importCv(RequestId request, String username, String pin, String terminal, String json,
            @Nullable String name, KioskLanguage language);

    /** The outcome of an export. */
    sealed interface Export {
    }

    /** The outcome of an import. */
    sealed interface Import {
    }

    /** The CV, with the name it has in "Mijn documenten". */
    record Exported(String name, String json) implements Export {
    }

    /** Saved under this name and id. */
    record Imported(DocumentId document, String name) implements Import {
    }

    /** Username and PIN do not belong together (or there is no such account). */
    record Refused() implements Export, Import {
    }

    /** Too many wrong attempts: nothing is checked before {@code until}. */
    record Paused(Instant until) implements Export, Import {
    }

    /** Staff reset the PIN: the visitor chooses a new one at the kiosk first. */
    record MustChoosePin() implements Export, Import {
    }

    /** No CV answers to the name given (or the visitor has none). */
    record NoSuchCv(List<String> names) implements Export {

        public NoSuchCv {
            names = List.copyOf(names);
        }
    }

    /** The visitor has several CVs and none was named: the names to choose from. */
    record SeveralCvs(List<String> names) implements Export {

        public SeveralCvs {
            names = List.copyOf(names);
        }
    }

    /** The document is no JSON Resume the kiosk can take, for these reasons. */
    record NotImported(List<String> reasons) implements Import {

        public NotImported {
            reasons = List.copyOf(reasons);
        }
    }

    /** Storage refused the save (no room, too many documents, a bad name). */
    record StorageRefused(String reason) implements Import {
    }
}
