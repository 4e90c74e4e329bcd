package be.werkwinkel.kiosk.appointment;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** A site's identity: a job shop or a neighbourhood point. */
public record SiteId(UUID value) {

    public SiteId {
        Objects.requireNonNull(value, "value");
    }

    /** A new id. */
    public static SiteId random() {
        return new SiteId(UUID.randomUUID());
    }

    /** The id in a text from outside (an address, a form), or empty when it is not one. */
    public static Optional<SiteId> parse(String text) {
        try {
            return Optional.of(new SiteId(UUID.fromString(text.strip())));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
