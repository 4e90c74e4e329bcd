package be.werkwinkel.kiosk.vacancy.ingest;

import be.werkwinkel.kiosk.reference.EscoOccupations;
import be.werkwinkel.kiosk.reference.PlainText;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the ESCO occupation a job title names: "Slager (m/v/x)" is the ESCO occupation "slager"
 * (ISCO 7511). Titles are compared with labels case- and accent-insensitively, after dropping
 * what says nothing about the occupation (gender markers, anything in brackets); a title that is
 * not exactly a label matches the longest label it contains as whole words ("Ervaren slager voor
 * onze winkel" → slager).
 */
final class OccupationMatcher {

    record Match(String preferredLabel, String iscoGroup) {
    }

    /** Shorter labels inside a longer title match too often by accident. */
    private static final int MIN_PARTIAL_LABEL = 4;
    private static final Pattern BRACKETS = Pattern.compile("\\([^)]*\\)|\\[[^]]*]");
    private static final Pattern GENDER = Pattern.compile(
            "(?<![\\p{L}\\d])[mvhfx]\\s*/\\s*[mvhfx](\\s*/\\s*[mvhfx])?(?![\\p{L}\\d])", Pattern.CASE_INSENSITIVE);

    private final Map<String, Match> byLabel = new HashMap<>();
    private final int longestLabelWords;

    OccupationMatcher(EscoOccupations occupations) {
        // preferred labels first, so that a word that is one occupation's name and another's
        // alternative means the former
        for (var occupation : occupations.all()) {
            byLabel.putIfAbsent(normalise(occupation.preferredLabel()),
                    new Match(occupation.preferredLabel(), occupation.iscoGroup()));
        }
        for (var occupation : occupations.all()) {
            for (var label : occupation.altLabels()) {
                byLabel.putIfAbsent(normalise(label), new Match(occupation.preferredLabel(), occupation.iscoGroup()));
            }
        }
        byLabel.remove("");
        this.longestLabelWords = byLabel.keySet().stream().mapToInt(label -> label.split(" ").length).max().orElse(1);
    }

    Optional<Match> match(String title) {
        var words = normalise(GENDER.matcher(BRACKETS.matcher(title).replaceAll(" ")).replaceAll(" "));
        if (words.isEmpty()) {
            return Optional.empty();
        }
        var exact = byLabel.get(words);
        if (exact != null) {
            return Optional.of(exact);
        }
        var tokens = words.split(" ");
        for (var length = Math.min(longestLabelWords, tokens.length); length >= 1; length--) {
            for (var start = 0; start + length <= tokens.length; start++) {
                var candidate = String.join(" ", Arrays.copyOfRange(tokens, start, start + length));
                var match = candidate.length() >= MIN_PARTIAL_LABEL ? byLabel.get(candidate) : null;
                if (match != null) {
                    return Optional.of(match);
                }
            }
        }
        return Optional.empty();
    }

    /** Lower case, accents and punctuation gone, single spaces: "Kapper-Kapster" is "kapper kapster". */
    static String normalise(String text) {
        return PlainText.normalise(text);
    }
}
