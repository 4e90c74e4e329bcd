package be.werkwinkel.kiosk.appointment;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** One appointment's identity: internal, never shown to a visitor (they get a {@link BookingCode}). */
public record AppointmentId(UUID value) {

    public AppointmentId {
        Objects.requireNonNull(value, "value");
    }

    /** A new id. */
    public static AppointmentId random() {
        return new AppointmentId(UUID.randomUUID());
    }

    /** The id in a text from outside (an address, a form), or empty when it is not one. */
    public static Optional<AppointmentId> parse(String text) {
        try {
            return Optional.of(new AppointmentId(UUID.fromString(text.strip())));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
