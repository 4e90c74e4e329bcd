package be.werkwinkel.kiosk.storage;

import java.util.Objects;
import java.util.UUID;

/**
 * The client-generated id of one write. The same id twice has one effect: a terminal that lost
 * the answer, or replays its outbox after being offline, sends the same id again and gets the
 * first outcome back.
 */
public record RequestId(UUID value) {

    public RequestId {
        Objects.requireNonNull(value, "value");
    }

    /** A new id, made where the write starts (the screen, the outbox entry). */
    public static RequestId random() {
        return new RequestId(UUID.randomUUID());
    }

    public static RequestId parse(String text) {
        return new RequestId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
