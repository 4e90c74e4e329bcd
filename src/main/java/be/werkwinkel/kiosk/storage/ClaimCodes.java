package be.werkwinkel.kiosk.storage;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Claim codes of receipts for documents saved for later: 8 characters from an alphabet without
 * look-alikes (no 0/O, 1/I/L), printed as {@code ABCD-EFGH}; 32⁸ ≈ 10¹² codes, and claiming one
 * needs a signed-in visitor. Typed back with any capitals, spaces or dashes.
 */
public final class ClaimCodes {

    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    public static final int LENGTH = 8;
    private static final Pattern CODE = Pattern.compile("[" + ALPHABET + "]{" + LENGTH + "}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private ClaimCodes() {
    }

    /** A new random code, as printed. */
    public static String random() {
        var code = new StringBuilder(LENGTH + 1);
        for (var i = 0; i < LENGTH; i++) {
            if (i == LENGTH / 2) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code as typed, in the one form it is looked up by; empty when it cannot be one. */
    public static Optional<String> normalised(String typed) {
        if (typed.length() > 40) {
            return Optional.empty();
        }
        var plain = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        return CODE.matcher(plain).matches() ? Optional.of(plain) : Optional.empty();
    }
}
