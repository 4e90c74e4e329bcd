package be.werkwinkel.kiosk.vacancy.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The language of a posting that does not name it ({@code inLanguage} absent): Dutch, French,
 * English or German, from the share of each language's commonest words in its title and text.
 * Job postings are long enough (a hundred words and more) for this to be reliable between these
 * four, which differ exactly in their function words; see decision 009 for why not a library.
 */
final class LanguageGuess {

    /** Fewer function words than this and the text says too little to tell. */
    static final int MIN_HITS = 3;

    /** Function words: frequent, short, and (as a set) distinctive of one language. */
    private static final Map<String, Set<String>> WORDS = Map.of(
            "nl", Set.of("de", "het", "een", "en", "van", "in", "je", "jij", "u", "wij", "we", "ons", "onze", "met",
                    "voor", "op", "is", "zijn", "bent", "naar", "bij", "als", "ook", "niet", "of", "dat", "die",
                    "wat", "hoe", "heb", "hebt", "heeft", "jouw", "uw", "deze", "dit", "werk", "ervaring", "functie",
                    "bedrijf", "tot", "om", "te", "aan", "er", "maar", "zoeken", "wordt", "worden"),
            "fr", Set.of("le", "la", "les", "un", "une", "des", "du", "de", "et", "est", "vous", "nous", "notre",
                    "votre", "vos", "nos", "pour", "avec", "dans", "sur", "par", "au", "aux", "en", "que", "qui",
                    "pas", "ne", "se", "sont", "être", "avoir", "cette", "ce", "ces", "poste", "entreprise",
                    "expérience", "travail", "ou", "mais", "plus", "êtes", "avez"),
            "en", Set.of("the", "and", "a", "an", "of", "to", "in", "you", "your", "we", "our", "for", "with", "on",
                    "is", "are", "be", "will", "as", "at", "by", "or", "this", "that", "who", "what", "have", "has",
                    "from", "role", "job", "work", "experience", "team", "company", "skills", "can", "not", "it"),
            "de", Set.of("der", "die", "das", "und", "ist", "sie", "wir", "unser", "unsere", "ihr", "ihre", "für",
                    "mit", "von", "zu", "auf", "ein", "eine", "einen", "im", "den", "dem", "des", "nicht", "auch",
                    "sind", "werden", "bei", "oder", "als", "aus", "erfahrung", "arbeit", "stelle", "unternehmen"));
    private static final List<String> ORDER = List.of("nl", "fr", "en", "de");
    private static final Pattern WORD = Pattern.compile("[\\p{L}']+");

    private LanguageGuess() {
    }

    /** The language with clearly the most function words; empty when the text says too little. */
    static Optional<String> of(String text) {
        var counts = new HashMap<String, Integer>();
        var words = WORD.matcher(text.toLowerCase(Locale.ROOT));
        var seen = 0;
        while (words.find() && seen < 2_000) {
            seen++;
            var word = words.group();
            for (var language : ORDER) {
                if (WORDS.get(language).contains(word)) {
                    counts.merge(language, 1, Integer::sum);
                }
            }
        }
        var best = ORDER.stream().max((a, b) -> Integer.compare(counts.getOrDefault(a, 0), counts.getOrDefault(b, 0)))
                .orElseThrow();
        var bestCount = counts.getOrDefault(best, 0);
        var second = ORDER.stream().filter(language -> !language.equals(best))
                .mapToInt(language -> counts.getOrDefault(language, 0)).max().orElse(0);
        // a clear lead: shared words ("in", "de", "die") must not decide between two close counts
        return bestCount >= MIN_HITS && bestCount > second * 1.3 ? Optional.of(best) : Optional.empty();
    }
}
