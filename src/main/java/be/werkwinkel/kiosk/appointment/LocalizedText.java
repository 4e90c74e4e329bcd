package be.werkwinkel.kiosk.appointment;

import be.werkwinkel.kiosk.base.KioskLanguage;
import java.util.Objects;

/**
 * A text that staff enter in the three kiosk languages (the name of an appointment type, what to
 * bring, a route hint). A translation left empty falls back to Dutch, so a visitor never sees a
 * blank.
 */
public record LocalizedText(String nl, String fr, String en) {

    public LocalizedText {
        nl = Objects.requireNonNull(nl, "nl").strip();
        fr = Objects.requireNonNull(fr, "fr").strip();
        en = Objects.requireNonNull(en, "en").strip();
    }

    /** The same text in every language (e.g. a proper name). */
    public static LocalizedText of(String text) {
        return new LocalizedText(text, text, text);
    }

    public static LocalizedText empty() {
        return new LocalizedText("", "", "");
    }

    /** The text in the visitor's language, or in Dutch when that one was left empty. */
    public String in(KioskLanguage language) {
        var text = switch (language) {
            case DUTCH -> nl;
            case FRENCH -> fr;
            case ENGLISH -> en;
        };
        return text.isEmpty() ? nl : text;
    }

    public boolean isEmpty() {
        return nl.isEmpty() && fr.isEmpty() && en.isEmpty();
    }
}
