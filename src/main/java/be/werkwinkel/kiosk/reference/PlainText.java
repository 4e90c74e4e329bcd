package be.werkwinkel.kiosk.reference;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The one way texts are compared outside Lucene's analysers: place names, job labels, suggestions
 * and vocabulary. "Sint-Niklaas", "sint niklaas" and "SINT–NIKLAAS" are one text.
 */
public final class PlainText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private PlainText() {
    }

    /**
     * Lower case, accents dropped, anything but letters a–z and digits a single space, no space at
     * either end. Runs for every distinct title after every commit, hence the loop instead of
     * regular expressions, and Unicode decomposition only for text that needs it.
     */
    public static String normalise(String text) {
        var ascii = text.chars().allMatch(c -> c < 128) ? text
                : MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        var result = new StringBuilder(ascii.length());
        var space = false;
        for (int i = 0; i < ascii.length(); i++) {
            var c = Character.toLowerCase(ascii.charAt(i));
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (space && !result.isEmpty()) {
                    result.append(' ');
                }
                result.append(c);
                space = false;
            } else {
                space = true;
            }
        }
        return result.toString();
    }
}
