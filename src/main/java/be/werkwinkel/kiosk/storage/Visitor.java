package be.werkwinkel.kiosk.storage;

import org.jspecify.annotations.Nullable;

/**
 * A visitor who signed in with username and PIN.
 *
 * @param mustChoosePin staff reset the PIN: the visitor chooses a new one before anything else
 */
public record Visitor(AccountId id, String username, @Nullable String email, boolean mustChoosePin) {
}
