package be.werkwinkel.kiosk.base;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages a visitor can choose; Dutch is the default of every new session. */
public enum KioskLanguage {
    DUTCH(Locale.of("nl", "BE"), "Nederlands"),
    FRENCH(Locale.of("fr", "BE"), "Français"),
    ENGLISH(Locale.of("en", "BE"), "English"); // Belgian formats: 22 November 2026, 23:46

    public static final KioskLanguage DEFAULT = DUTCH;

    private final Locale locale;
    private final String nativeName;

    KioskLanguage(Locale locale, String nativeName) {
        this.locale = locale;
        this.nativeName = nativeName;
    }

    public Locale locale() {
        return locale;
    }

    /** The language's name in that language, shown on the language switch. */
    public String nativeName() {
        return nativeName;
    }

    /** The BCP 47 code for {@code lang} attributes, e.g. {@code nl}. */
    public String code() {
        return locale.getLanguage();
    }

    public static List<Locale> locales() {
        return Arrays.stream(values()).map(KioskLanguage::locale).toList();
    }

    public static KioskLanguage of(Locale locale) {
        return byCode(locale.getLanguage()).orElse(DEFAULT);
    }

    public static Optional<KioskLanguage> byCode(String code) {
        return Arrays.stream(values()).filter(language -> language.code().equals(code)).findFirst();
    }
}
