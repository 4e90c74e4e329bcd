package be.werkwinkel.kiosk.appointment;

import be.werkwinkel.kiosk.base.KioskLanguage;
import java.util.Objects;

/** With whom the visitor wants the appointment: the "with whom" screen's answer. */
public sealed interface ConsultantChoice {

    /** Whoever is free first: "first available". */
    record Anyone() implements ConsultantChoice {
    }

    /** This consultant only. */
    record Chosen(ConsultantId consultant) implements ConsultantChoice {
        public Chosen {
            Objects.requireNonNull(consultant, "consultant");
        }
    }

    /** Anyone who speaks this language (ISO 639-1 code, e.g. {@code fr}). */
    record Speaking(String languageCode) implements ConsultantChoice {
        public Speaking {
            languageCode = Objects.requireNonNull(languageCode, "languageCode").strip().toLowerCase(java.util.Locale.ROOT);
        }

        public static Speaking of(KioskLanguage language) {
            return new Speaking(language.code());
        }
    }

    static ConsultantChoice anyone() {
        return new Anyone();
    }
}
