package be.werkwinkel.kiosk.cv.ui;

import be.werkwinkel.kiosk.base.KioskLanguage;
import be.werkwinkel.kiosk.reference.PlainText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Skills to suggest in the CV wizard, in the CV's language: a curated list of what job-shop
 * visitors' jobs ask for ({@code cv/skills.tsv}), and on English CVs also the ESCO transversal
 * skills. A word typed matches the start of any word of a skill, accents and capitals ignored.
 */
@Component
class SkillSuggestions {

    static final String CURATED = "cv/skills.tsv";
    static final String ESCO_ENGLISH = "reference/esco/transversal_skills_en.txt";
    /** How many of the curated skills are offered before anything is typed. */
    static final int POPULAR = 12;

    private final Map<KioskLanguage, List<String>> skills = new EnumMap<>(KioskLanguage.class);

    SkillSuggestions() {
        var curated = lines(CURATED);
        var header = List.of(curated.getFirst().split("\t"));
        for (var language : KioskLanguage.values()) {
            var column = header.indexOf(language.code());
            var list = new ArrayList<String>();
            curated.stream().skip(1).map(line -> line.split("\t")[column]).forEach(list::add);
            if (language == KioskLanguage.ENGLISH) {
                lines(ESCO_ENGLISH).stream().map(skill -> skill.substring(0, 1).toUpperCase() + skill.substring(1))
                        .filter(skill -> !list.contains(skill)).forEach(list::add);
            }
            skills.put(language, List.copyOf(list));
        }
    }

    /** What most visitors can tap without typing. */
    List<String> popular(KioskLanguage language) {
        return skills.get(language).subList(0, POPULAR);
    }

    /** Skills of which a word starts with each typed word; those that start with it first. */
    List<String> suggest(String typed, KioskLanguage language) {
        var words = List.of(PlainText.normalise(typed).split("\\s+"));
        if (words.stream().allMatch(String::isEmpty)) {
            return List.of();
        }
        return skills.get(language).stream()
                .filter(skill -> {
                    var skillWords = List.of(PlainText.normalise(skill).split(" "));
                    return words.stream().allMatch(word -> skillWords.stream().anyMatch(w -> w.startsWith(word)));
                })
                .sorted(Comparator.comparing(skill -> !PlainText.normalise(skill).startsWith(words.getFirst())))
                .limit(SuggestingField.SHOWN)
                .toList();
    }

    private static List<String> lines(String resource) {
        var stream = Objects.requireNonNull(SkillSuggestions.class.getClassLoader().getResourceAsStream(resource), resource);
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            return reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
