package be.werkwinkel.kiosk.appointment;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The code on a visitor's ticket: eight characters from an alphabet without look-alikes (no 0/O,
 * 1/I/L, 2/Z, 5/S, 6/G, 8/B, 9), written in two groups of four ("K7MR-4QXT") so it reads aloud and
 * types easily. Random, so it cannot be guessed from another one; on its own it opens nothing
 * (finding an appointment needs a second factor, and guessing is rate-limited).
 */
public record BookingCode(String value) {

    /** The 22 characters a code is made of. */
    public static final String ALPHABET = "ACDEFHJKMNPQRTUVWXY347";
    public static final int LENGTH = 8;

    public BookingCode {
        Objects.requireNonNull(value, "value");
        if (value.length() != LENGTH || !value.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            throw new IllegalArgumentException("not a booking code");
        }
    }

    /**
     * The code a visitor typed or a scanner read: capitals, spaces and dashes do not matter. Empty
     * when it cannot be a code (a tampered or mistyped one), without saying more.
     */
    public static Optional<BookingCode> parse(String typed) {
        var cleaned = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s\\-_.]", "");
        if (cleaned.length() != LENGTH || !cleaned.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(new BookingCode(cleaned));
    }

    /** As printed and shown: two groups of four, "K7MR-4QXT". */
    public String display() {
        return value.substring(0, 4) + "-" + value.substring(4);
    }

    @Override
    public String toString() {
        return display();
    }
}
