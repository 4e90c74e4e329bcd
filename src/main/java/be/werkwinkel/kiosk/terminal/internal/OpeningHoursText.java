package be.werkwinkel.kiosk.terminal.internal;

import be.werkwinkel.kiosk.base.OpeningHours;
import be.werkwinkel.kiosk.terminal.SetupProblem.Reason;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One day's opening hours as staff type them in the console, more forgiving than the properties'
 * form: {@code 9:00-12:00, 13u00-16.30}; empty or "closed" (in Dutch, French or English) is closed.
 * What is stored is the properties' own form ({@code 09:00-12:00, 13:00-16:30} or {@code closed}),
 * which {@link OpeningHours#parse} reads.
 */
final class OpeningHoursText {

    static final String CLOSED = "closed";
    private static final Set<String> CLOSED_WORDS = Set.of("", CLOSED, "gesloten", "fermé", "ferme");
    private static final Pattern RANGE = Pattern.compile("(\\d{1,2})[:.hu](\\d{2})\\s*[-–]\\s*(\\d{1,2})[:.hu](\\d{2})");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** Why a text was refused. */
    static final class Refused extends Exception {
        final Reason reason;

        Refused(Reason reason) {
            super(reason.name(), null, false, false);
            this.reason = reason;
        }
    }

    private OpeningHoursText() {
    }

    /** The stored form of what staff typed. */
    static String canonical(String typed) throws Refused {
        var text = typed.strip();
        if (CLOSED_WORDS.contains(text.toLowerCase(Locale.ROOT))) {
            return CLOSED;
        }
        var ranges = new ArrayList<OpeningHours.Range>();
        for (var part : text.split("[,;]", -1)) { // -1: a trailing comma is an empty, wrong period
            var matcher = RANGE.matcher(part.strip());
            if (!matcher.matches()) {
                throw new Refused(Reason.HOURS_FORMAT);
            }
            LocalTime from;
            LocalTime until;
            try {
                from = LocalTime.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
                until = LocalTime.of(Integer.parseInt(matcher.group(3)), Integer.parseInt(matcher.group(4)));
            } catch (DateTimeException notATime) {
                throw new Refused(Reason.HOURS_FORMAT);
            }
            if (!from.isBefore(until)) {
                throw new Refused(Reason.HOURS_ORDER);
            }
            if (!ranges.isEmpty() && from.isBefore(ranges.getLast().until())) { // in order, not overlapping
                throw new Refused(Reason.HOURS_OVERLAP);
            }
            ranges.add(new OpeningHours.Range(from, until));
        }
        return format(new OpeningHours(ranges));
    }

    /** The stored form of a day's hours. */
    static String format(OpeningHours hours) {
        if (hours.closed()) {
            return CLOSED;
        }
        return hours.ranges().stream().map(range -> TIME.format(range.from()) + "-" + TIME.format(range.until()))
                .collect(Collectors.joining(", "));
    }
}
