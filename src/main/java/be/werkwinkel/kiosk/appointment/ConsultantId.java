package be.werkwinkel.kiosk.appointment;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** A consultant's identity. */
public record ConsultantId(UUID value) {

    public ConsultantId {
        Objects.requireNonNull(value, "value");
    }

    /** A new id. */
    public static ConsultantId random() {
        return new ConsultantId(UUID.randomUUID());
    }

    /** The id in a text from outside (an address, a form), or empty when it is not one. */
    public static Optional<ConsultantId> parse(String text) {
        try {
            return Optional.of(new ConsultantId(UUID.fromString(text.strip())));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
