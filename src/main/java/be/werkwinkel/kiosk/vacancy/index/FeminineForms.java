package be.werkwinkel.kiosk.vacancy.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The plain (masculine or standard) forms a feminine or informal job word may stand for, most
 * likely first: "lasster" → "lasser", "kapster" → "kapper", "verkoopster" → "verkoper",
 * "poetsvrouw" → "poetsman", "kuisvrouw" → "poetsvrouw", "vendeuse" → "vendeur". Candidates only:
 * the caller keeps the first one the index or the thesaurus knows. Words are lower case and folded.
 */
final class FeminineForms {

    /** Flemish informal words for cleaning ("kuisen" is to clean) and their standard equivalents. */
    private static final Map<String, List<String>> INFORMAL_PREFIXES = Map.of(
            "kuis", List.of("poets", "schoonmaak"),
            "poets", List.of("schoonmaak"));
    private static final String VOWELS = "aeiou";

    private FeminineForms() {
    }

    static List<String> plainForms(String word) {
        var result = new ArrayList<String>();
        INFORMAL_PREFIXES.forEach((informal, standards) -> {
            if (word.startsWith(informal) && word.length() > informal.length()) {
                standards.forEach(standard -> result.add(standard + word.substring(informal.length())));
            }
        });
        if (word.endsWith("vrouw") && word.length() > 7) {
            result.add(word.substring(0, word.length() - 5) + "man");
        }
        if (word.endsWith("ster") && word.length() > 6) {
            masculine(word.substring(0, word.length() - 4), result);
        }
        if (word.endsWith("e") && (word.endsWith("nte") || word.endsWith("iste")) && word.length() > 5) {
            result.add(word.substring(0, word.length() - 1)); // docente, assistente, receptioniste
        }
        french(word, result);
        return result;
    }

    /** "las" → "lasser", "kap" → "kapper", "verkoop" → "verkoper", "medewerk" → "medewerker". */
    private static void masculine(String base, List<String> result) {
        var n = base.length();
        if (n >= 3 && isVowel(base.charAt(n - 3)) && base.charAt(n - 3) == base.charAt(n - 2)
                && !isVowel(base.charAt(n - 1))) {
            result.add(base.substring(0, n - 2) + base.substring(n - 1) + "er"); // verkoop → verkoper
        }
        if (n >= 2 && isVowel(base.charAt(n - 2)) && !isVowel(base.charAt(n - 1))
                && (n < 3 || !isVowel(base.charAt(n - 3)))) {
            result.add(base + base.charAt(n - 1) + "er"); // kap → kapper
        }
        result.add(base + "er");
        if (base.endsWith("s")) {
            result.add(base + "ser"); // las → lasser
        }
    }

    private static void french(String word, List<String> result) {
        String[][] endings = {{"trice", "teur"}, {"euse", "eur"}, {"iere", "ier"}, {"ienne", "ien"}, {"ere", "er"},
                {"ante", "ant"}};
        for (var ending : endings) {
            if (word.endsWith(ending[0]) && word.length() > ending[0].length() + 2) {
                result.add(word.substring(0, word.length() - ending[0].length()) + ending[1]);
                return;
            }
        }
    }

    private static boolean isVowel(char c) {
        return VOWELS.indexOf(c) >= 0;
    }
}
