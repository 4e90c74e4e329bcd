package be.werkwinkel.kiosk.appointment;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** One exception to a consultant's plan (leave, sickness, training). */
public record AbsenceId(UUID value) {

    public AbsenceId {
        Objects.requireNonNull(value, "value");
    }

    /** A new id. */
    public static AbsenceId random() {
        return new AbsenceId(UUID.randomUUID());
    }

    /** The id in a text from outside (an address, a form), or empty when it is not one. */
    public static Optional<AbsenceId> parse(String text) {
        try {
            return Optional.of(new AbsenceId(UUID.fromString(text.strip())));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
