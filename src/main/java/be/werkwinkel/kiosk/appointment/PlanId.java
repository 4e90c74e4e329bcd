package be.werkwinkel.kiosk.appointment;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** One line of a consultant's weekly working plan. */
public record PlanId(UUID value) {

    public PlanId {
        Objects.requireNonNull(value, "value");
    }

    /** A new id. */
    public static PlanId random() {
        return new PlanId(UUID.randomUUID());
    }

    /** The id in a text from outside (an address, a form), or empty when it is not one. */
    public static Optional<PlanId> parse(String text) {
        try {
            return Optional.of(new PlanId(UUID.fromString(text.strip())));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
