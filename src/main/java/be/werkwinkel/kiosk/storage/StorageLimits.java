package be.werkwinkel.kiosk.storage;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The shapes of what a visitor types: usernames, e-mail addresses, document names. */
public final class StorageLimits {

    public static final int NAME_LENGTH = 120;
    public static final int USERNAME_MIN = 3;
    public static final int USERNAME_MAX = 30;

    private static final Pattern USERNAME = Pattern.compile("[\\p{L}\\p{N}._-]{" + USERNAME_MIN + "," + USERNAME_MAX + "}");
    private static final Pattern EMAIL = Pattern.compile("[^\\s@<>\"]{1,64}@[^\\s@<>\"]+\\.[^\\s@<>\".]{2,}");

    private StorageLimits() {
    }

    /**
     * The form a username is looked up by: trimmed, Unicode-normalised (NFC) and in lower case, so
     * that "Fatima", "fatima" and "FATIMA" are one account; empty when it is not a valid username.
     */
    public static Optional<String> normalisedUsername(String typed) {
        var name = Normalizer.normalize(typed.strip(), Normalizer.Form.NFC);
        return USERNAME.matcher(name).matches() ? Optional.of(name.toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    /** Whether this is an e-mail address worth keeping (at most 254 characters, one @, a domain with a dot). */
    public static boolean validEmail(String email) {
        return email.length() <= 254 && EMAIL.matcher(email).matches();
    }

    /** Whether this is a usable document name. */
    public static boolean validName(String name) {
        return !name.isBlank() && name.strip().length() <= NAME_LENGTH;
    }
}
