package be.werkwinkel.kiosk.appointment;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** One closure of a site. */
public record ClosureId(UUID value) {

    public ClosureId {
        Objects.requireNonNull(value, "value");
    }

    /** A new id. */
    public static ClosureId random() {
        return new ClosureId(UUID.randomUUID());
    }

    /** The id in a text from outside (an address, a form), or empty when it is not one. */
    public static Optional<ClosureId> parse(String text) {
        try {
            return Optional.of(new ClosureId(UUID.fromString(text.strip())));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
