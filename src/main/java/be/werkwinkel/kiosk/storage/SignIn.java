package be.werkwinkel.kiosk.storage;

import java.time.Instant;

/**
 * The outcome of a sign-in. A refusal never says whether the account exists: a wrong PIN and an
 * unknown username look the same, and both count towards the pause.
 */
public sealed interface SignIn {

    /** Username and PIN belong together. */
    record SignedIn(Visitor visitor) implements SignIn {
    }

    /** Username and PIN do not belong together (or there is no such account). */
    record Refused() implements SignIn {
    }

    /** Too many wrong attempts for this account or on this terminal: no attempt is checked before {@code until}. */
    record Paused(Instant until) implements SignIn {
    }
}
