package be.werkwinkel.kiosk.base;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The opening hours of one day: zero or more time ranges, written in configuration as
 * {@code 09:00-12:00, 13:00-16:30} or {@code closed}.
 */
public record OpeningHours(List<Range> ranges) {

    static final String CLOSED = "closed";

    public OpeningHours {
        ranges = List.copyOf(ranges);
    }

    public boolean closed() {
        return ranges.isEmpty();
    }

    /** One opening period of a day. */
    public record Range(LocalTime from, LocalTime until) {
        public Range {
            if (!from.isBefore(until)) {
                throw new IllegalArgumentException("opening hours " + from + "-" + until + " end before they start");
            }
        }
    }

    /** Parses the configuration form; throws with a message that names the bad text. */
    public static OpeningHours parse(String text) {
        var trimmed = text.strip();
        if (trimmed.isEmpty() || trimmed.toLowerCase(Locale.ROOT).equals(CLOSED)) {
            return new OpeningHours(List.of());
        }
        var ranges = new ArrayList<Range>();
        for (var part : trimmed.split(",")) {
            var bounds = part.strip().split("-");
            if (bounds.length != 2) {
                throw new IllegalArgumentException(
                        "opening hours '" + text + "' must look like 09:00-12:00, 13:00-16:30 or 'closed'");
            }
            try {
                ranges.add(new Range(LocalTime.parse(bounds[0].strip()), LocalTime.parse(bounds[1].strip())));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(
                        "opening hours '" + text + "' must use 24-hour times such as 09:00", e);
            }
        }
        return new OpeningHours(ranges);
    }
}
