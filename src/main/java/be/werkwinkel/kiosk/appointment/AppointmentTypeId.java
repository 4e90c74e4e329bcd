package be.werkwinkel.kiosk.appointment;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** An appointment type's identity (what the visitor comes for). */
public record AppointmentTypeId(UUID value) {

    public AppointmentTypeId {
        Objects.requireNonNull(value, "value");
    }

    /** A new id. */
    public static AppointmentTypeId random() {
        return new AppointmentTypeId(UUID.randomUUID());
    }

    /** The id in a text from outside (an address, a form), or empty when it is not one. */
    public static Optional<AppointmentTypeId> parse(String text) {
        try {
            return Optional.of(new AppointmentTypeId(UUID.fromString(text.strip())));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
