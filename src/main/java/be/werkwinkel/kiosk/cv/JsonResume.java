package be.werkwinkel.kiosk.cv;

import be.werkwinkel.kiosk.base.KioskLanguage;
import java.util.List;

/**
 * CVs in the JSON Resume format (jsonresume.org, schema v1), so that a CV made here can be used
 * elsewhere and one made elsewhere can be brought in. Europass levels, licences and the template
 * travel in fields the schema leaves open; what JSON Resume has and a kiosk CV does not (photo,
 * birth date, profiles) is left out on import.
 */
public interface JsonResume {

    /** The CV as a JSON Resume document (UTF-8 JSON text). */
    String export(Cv cv);

    /**
     * A CV from a JSON Resume document.
     *
     * @param language the CV's language when the document does not name one of the kiosk's
     * @throws Invalid when the text is not JSON, not a valid JSON Resume, or gives a CV that
     *     {@link CvCheck} finds problems with
     */
    Cv read(String json, KioskLanguage language);

    /** Why a document could not be imported, in lines a person can read (English, for staff and API clients). */
    final class Invalid extends RuntimeException {

        private final List<String> reasons;

        public Invalid(List<String> reasons) {
            super(String.join("; ", reasons));
            this.reasons = List.copyOf(reasons);
        }

        public List<String> reasons() {
            return reasons;
        }
    }
}
