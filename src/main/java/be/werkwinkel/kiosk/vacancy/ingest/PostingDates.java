package be.werkwinkel.kiosk.vacancy.ingest;

import static be.werkwinkel.kiosk.vacancy.ingest.JsonFields.shorten;
import static be.werkwinkel.kiosk.vacancy.ingest.JsonFields.text;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * {@code datePosted} and {@code validThrough}: a date, or a date-time with or without an offset
 * ({@code Z}, {@code +02:00}, {@code +0200}, {@code +02}). A time is kept: a posting that closes at
 * 17:00 closes then, not at midnight. A date-time without an offset is Belgian time.
 */
final class PostingDates {

    /** No kiosk shows vacancies older than this; an earlier date is a data error. */
    static final LocalDate EARLIEST_POSTING = LocalDate.of(2000, 1, 1);
    /**
     * Later closing dates are typing errors (year 10000, 2205) that the database could not even
     * store; "2099-12-31" is a common way to say "until filled" and is accepted.
     */
    static final int MAX_YEARS_OPEN = 100;

    private static final Pattern SPACE_BEFORE_TIME = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}) (?=\\d)");
    private static final Pattern OFFSET_WITHOUT_COLON = Pattern.compile("(T.*[+-]\\d{2})(\\d{2})$");
    private static final Pattern OFFSET_HOURS_ONLY = Pattern.compile("(T.*[+-]\\d{2})$");

    /**
     * A day in Belgium, and the moment when a time was given.
     *
     * @param instant null for a plain date
     */
    record Moment(LocalDate date, @Nullable Instant instant) {

        /** The last day open when this is a closing moment: a time of exactly midnight ends the day before. */
        LocalDate lastDay(Clock clock) {
            return instant != null && instant.atZone(clock.getZone()).toLocalTime().equals(LocalTime.MIDNIGHT)
                    ? date.minusDays(1) : date;
        }
    }

    /**
     * When a posting is open.
     *
     * @param validThrough its last day
     * @param closesAt the moment it closes, when the feed gave a time
     * @param defaulted the feed gave no end, so the default validity was applied
     */
    record Validity(LocalDate datePosted, LocalDate validThrough, @Nullable Instant closesAt, boolean defaulted) {

        boolean closedAt(Instant now, LocalDate today) {
            return closesAt != null ? !closesAt.isAfter(now) : validThrough.isBefore(today);
        }
    }

    private final Clock clock;
    private final Period defaultValidity;

    PostingDates(Clock clock, Period defaultValidity) {
        this.clock = clock;
        this.defaultValidity = defaultValidity;
    }

    Instant now() {
        return clock.instant();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Reads and checks both dates; a posting without an end is open for the default validity. */
    Validity validity(JsonNode posting) {
        var today = today();
        var posted = moment(posting, "datePosted");
        if (posted == null) {
            throw new RejectedRecord("datePosted is missing");
        }
        var datePosted = posted.date();
        if (datePosted.isAfter(today.plusDays(1))) {
            throw new RejectedRecord("datePosted " + datePosted + " is in the future");
        }
        if (datePosted.isBefore(EARLIEST_POSTING)) {
            throw new RejectedRecord("datePosted " + datePosted + " is before " + EARLIEST_POSTING);
        }
        var end = moment(posting, "validThrough");
        if (end == null) {
            return new Validity(datePosted, datePosted.plus(defaultValidity), null, true);
        }
        if (end.date().isBefore(datePosted)) {
            throw new RejectedRecord("validThrough " + end.date() + " is before datePosted " + datePosted);
        }
        if (end.date().isAfter(today.plusYears(MAX_YEARS_OPEN))) {
            throw new RejectedRecord("validThrough " + end.date() + " is more than " + MAX_YEARS_OPEN
                    + " years ahead (a typing error?)");
        }
        var lastDay = end.lastDay(clock);
        return new Validity(datePosted, lastDay.isBefore(datePosted) ? datePosted : lastDay, end.instant(), false);
    }

    private @Nullable Moment moment(JsonNode posting, String field) {
        var text = text(posting, field);
        if (text == null) {
            return null;
        }
        var moment = parse(text);
        if (moment == null) {
            throw new RejectedRecord(field + " '" + shorten(text) + "' is not a date");
        }
        return moment;
    }

    /** The day in Belgium and, for a date-time, the moment. */
    @Nullable Moment parse(String text) {
        var normalised = SPACE_BEFORE_TIME.matcher(text.strip()).replaceFirst("$1T");
        normalised = OFFSET_WITHOUT_COLON.matcher(normalised).replaceFirst("$1:$2");
        normalised = OFFSET_HOURS_ONLY.matcher(normalised).replaceFirst("$1:00");
        try {
            if (normalised.indexOf('T') < 0) {
                return new Moment(LocalDate.from(DateTimeFormatter.ISO_DATE.parse(normalised)), null);
            }
            var parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(normalised, ZonedDateTime::from, LocalDateTime::from);
            var zoned = parsed instanceof ZonedDateTime withZone ? withZone.withZoneSameInstant(clock.getZone())
                    : ((LocalDateTime) parsed).atZone(clock.getZone());
            return new Moment(zoned.toLocalDate(), zoned.toInstant());
        } catch (DateTimeParseException | ArithmeticException e) {
            return null;
        }
    }
}
