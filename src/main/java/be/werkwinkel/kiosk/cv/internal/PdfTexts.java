package be.werkwinkel.kiosk.cv.internal;

import be.werkwinkel.kiosk.base.KioskLanguage;
import be.werkwinkel.kiosk.cv.Cefr;
import be.werkwinkel.kiosk.cv.DrivingLicence;
import com.vaadin.flow.i18n.I18NProvider;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The words a CV or letter prints around what the visitor typed, in the document's own language
 * (not the screen's): headings, month names, CEFR level names, licence labels ({@code cv.pdf.*}).
 */
final class PdfTexts {

    private final I18NProvider translations;
    private final KioskLanguage language;
    private final List<String> months;

    PdfTexts(I18NProvider translations, KioskLanguage language) {
        this.translations = translations;
        this.language = language;
        this.months = List.of(get("cv.pdf.months").split(","));
        if (months.size() != 12) {
            throw new IllegalStateException("cv.pdf.months needs twelve names in " + language);
        }
    }

    KioskLanguage language() {
        return language;
    }

    String get(String key, Object... parameters) {
        return translations.getTranslation(key, language.locale(), parameters);
    }

    /** "maart 2021", with a no-break space: a period that wraps does so at its dash, never inside a month. */
    String month(YearMonth month) {
        return months.get(month.getMonthValue() - 1).strip() + "\u00a0" + month.getYear();
    }

    /** "maart 2021 – heden", "maart 2021 – juni 2022", or one month when it started and ended in it. */
    String period(YearMonth from, @Nullable YearMonth to) {
        if (from.equals(to)) {
            return month(from);
        }
        return get("cv.pdf.period", month(from), to == null ? get("cv.pdf.present") : month(to));
    }

    /** "2 december 2026", "1er décembre 2026". */
    String date(LocalDate date) {
        var day = date.getDayOfMonth() == 1 ? get("cv.pdf.letter.firstDay") : Integer.toString(date.getDayOfMonth());
        return day + " " + months.get(date.getMonthValue() - 1).strip() + " " + date.getYear();
    }

    String level(Cefr level) {
        return get("cv.pdf.cefr." + level.name());
    }

    String licence(DrivingLicence licence) {
        return get("cv.pdf.licence." + licence.name());
    }
}
