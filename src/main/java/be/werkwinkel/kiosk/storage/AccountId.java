package be.werkwinkel.kiosk.storage;

import java.util.Objects;
import java.util.UUID;

/** A visitor account's identity: random, so it says nothing about the visitor. */
public record AccountId(UUID value) {

    public AccountId {
        Objects.requireNonNull(value, "value");
    }

    public static AccountId parse(String text) {
        return new AccountId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
