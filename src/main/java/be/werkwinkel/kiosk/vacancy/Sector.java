package be.werkwinkel.kiosk.vacancy;

import java.util.Arrays;
import java.util.Optional;

/**
 * The job domain of a vacancy: the ISCO-08 major group of its occupation (from the feed's
 * {@code occupationalCategory}, or from the ESCO occupation its title matches).
 */
public enum Sector {
    ARMED_FORCES('0'),
    MANAGERS('1'),
    PROFESSIONALS('2'),
    TECHNICIANS('3'),
    CLERICAL('4'),
    SERVICE_AND_SALES('5'),
    AGRICULTURE('6'),
    CRAFT_AND_TRADES('7'),
    MACHINE_OPERATORS('8'),
    ELEMENTARY('9');

    private final char iscoMajorGroup;

    Sector(char iscoMajorGroup) {
        this.iscoMajorGroup = iscoMajorGroup;
    }

    /** The sector of an ISCO-08 code such as {@code 8332} or {@code 8332.2}; empty if it is none. */
    public static Optional<Sector> ofIscoCode(String code) {
        var trimmed = code.strip();
        if (trimmed.isEmpty() || !Character.isDigit(trimmed.charAt(0))) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(sector -> sector.iscoMajorGroup == trimmed.charAt(0)).findFirst();
    }
}
