package be.werkwinkel.kiosk.vacancy.ui;

import com.vaadin.flow.component.Component;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;

/** How the vacancy screens say values in the visitor's language. */
final class Labels {

    private Labels() {
    }

    /** The visitor's language, as {@code getTranslation} uses it. */
    static java.util.Locale locale() {
        return com.vaadin.flow.component.UI.getCurrent().getLocale();
    }

    /** The label of an enum value: {@code of(this, "vacancy.contract.", PERMANENT)}. */
    static String of(Component component, String keyPrefix, Enum<?> value) {
        return component.getTranslation(keyPrefix + value.name());
    }

    static String language(Component component, String code) {
        return switch (code) {
            case "nl", "fr", "en", "de" -> component.getTranslation("vacancy.language." + code);
            default -> component.getTranslation("vacancy.language.other");
        };
    }

    /** A country's name in the visitor's language, from its ISO 3166 code. */
    static String country(String code) {
        var name = java.util.Locale.of("", code).getDisplayCountry(locale());
        return name.isEmpty() ? code : name;
    }

    static String count(Component component, long count) {
        return NumberFormat.getIntegerInstance(locale()).format(count);
    }

    static String date(Component component, LocalDate date) {
        return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale()));
    }

    static String dateTime(Component component, java.time.ZonedDateTime moment) {
        return moment.format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(locale()));
    }

    /** "today", "yesterday", "3 days ago", or the date for anything older than a week. */
    static String posted(Component component, LocalDate posted, LocalDate today) {
        var days = ChronoUnit.DAYS.between(posted, today);
        if (days <= 0) {
            return component.getTranslation("vacancy.posted.today");
        }
        if (days == 1) {
            return component.getTranslation("vacancy.posted.yesterday");
        }
        return days <= 7 ? component.getTranslation("vacancy.posted.daysAgo", days) : date(component, posted);
    }
}
