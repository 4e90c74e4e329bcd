package be.werkwinkel.kiosk.admin.usage;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What of a visitor's search text the statistics keep: the words in lower case, without
 * punctuation, at most {@value #MAX_LENGTH} characters. Texts that may say who someone is are not
 * kept at all: an {@code @} (an e-mail address) or more than four digits (a phone number, a
 * national register number, a birth date; a postcode has four).
 */
public final class SearchTerms {

    public static final int MAX_LENGTH = 60;

    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}\\p{M}]+");
    private static final Pattern DIGIT = Pattern.compile("\\p{N}");

    private SearchTerms() {
    }

    /** The term to count, or empty when nothing should be kept. */
    public static Optional<String> normalise(String text) {
        if (text.indexOf('@') >= 0) {
            return Optional.empty();
        }
        var words = NOT_A_WORD.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT))
                .replaceAll(" ").strip();
        if (words.isEmpty() || DIGIT.matcher(words).results().count() > 4) {
            return Optional.empty();
        }
        if (words.length() > MAX_LENGTH) {
            var cut = words.substring(0, MAX_LENGTH);
            var lastSpace = cut.lastIndexOf(' ');
            words = (lastSpace > 0 ? cut.substring(0, lastSpace) : cut).strip();
        }
        return Optional.of(words);
    }
}
