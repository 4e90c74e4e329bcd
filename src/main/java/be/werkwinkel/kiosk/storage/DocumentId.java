package be.werkwinkel.kiosk.storage;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** A stored document's identity. */
public record DocumentId(UUID value) {

    public DocumentId {
        Objects.requireNonNull(value, "value");
    }

    /** The id in a text from outside (an address), or empty when it is not one. */
    public static Optional<DocumentId> parse(String text) {
        try {
            return Optional.of(new DocumentId(UUID.fromString(text)));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
