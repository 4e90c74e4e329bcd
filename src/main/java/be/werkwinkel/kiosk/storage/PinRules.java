package be.werkwinkel.kiosk.storage;

import java.util.Optional;

/**
 * Which PINs a visitor may choose: six digits, and none that a stranger would try first. A 6-digit
 * PIN has only a million values, so the ones people pick most (one digit six times, a run, a
 * birth date) are refused with a reason the visitor understands.
 */
public final class PinRules {

    public static final int LENGTH = 6;

    /** Why a PIN is refused; each has a friendly explanation in the bundles ({@code storage.pin.problem.*}). */
    public enum Problem {
        /** Not exactly six digits. */
        NOT_SIX_DIGITS,
        /** One digit repeated, such as 000000 or 777777. */
        ONE_DIGIT,
        /** An ascending or descending run, such as 123456 or 987654. */
        RUN,
        /** A repeated pattern, such as 121212 or 123123. */
        PATTERN,
        /** A date, such as a birth date written DDMMYY (DDMMJJ) or YYMMDD. */
        DATE
    }

    private PinRules() {
    }

    /** What is wrong with this PIN, or empty when it may be used. */
    public static Optional<Problem> problem(String pin) {
        if (pin.length() != LENGTH || !pin.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.of(Problem.NOT_SIX_DIGITS);
        }
        if (pin.chars().distinct().count() == 1) {
            return Optional.of(Problem.ONE_DIGIT);
        }
        if (run(pin, 1) || run(pin, -1)) {
            return Optional.of(Problem.RUN);
        }
        if (pin.substring(0, 2).repeat(3).equals(pin) || pin.substring(0, 3).repeat(2).equals(pin)) {
            return Optional.of(Problem.PATTERN);
        }
        if (date(pin.substring(0, 2), pin.substring(2, 4)) || date(pin.substring(4, 6), pin.substring(2, 4))) {
            return Optional.of(Problem.DATE);
        }
        return Optional.empty();
    }

    private static boolean run(String pin, int step) {
        for (var i = 1; i < pin.length(); i++) {
            if (pin.charAt(i) - pin.charAt(i - 1) != step) {
                return false;
            }
        }
        return true;
    }

    private static boolean date(String day, String month) {
        var d = Integer.parseInt(day);
        var m = Integer.parseInt(month);
        return d >= 1 && d <= 31 && m >= 1 && m <= 12 && !(m == 2 && d > 29) && !(d == 31 && (m == 4 || m == 6 || m == 9 || m == 11));
    }
}
