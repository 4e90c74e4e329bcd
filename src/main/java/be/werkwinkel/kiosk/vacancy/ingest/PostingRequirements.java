package be.werkwinkel.kiosk.vacancy.ingest;

import static be.werkwinkel.kiosk.vacancy.ingest.JsonFields.cut;
import static be.werkwinkel.kiosk.vacancy.ingest.JsonFields.elements;
import static be.werkwinkel.kiosk.vacancy.ingest.JsonFields.shorten;
import static be.werkwinkel.kiosk.vacancy.ingest.JsonFields.text;
import static be.werkwinkel.kiosk.vacancy.ingest.JsonFields.textOf;

import be.werkwinkel.kiosk.vacancy.EducationLevel;
import be.werkwinkel.kiosk.vacancy.ExperienceLevel;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** What a posting asks: {@code educationRequirements}, {@code experienceRequirements} and {@code skills}. */
final class PostingRequirements {

    static final int MAX_SKILLS = 100;
    static final int MAX_SKILL = 200;

    private static final Pattern SKILL_SEPARATORS = Pattern.compile("[,;\\n]");

    private PostingRequirements() {
    }

    record Requirement<T>(@Nullable T level, @Nullable String text) {
    }

    static Requirement<EducationLevel> education(@Nullable JsonNode value) {
        var levels = new ArrayList<EducationLevel>();
        var texts = new ArrayList<String>();
        for (var element : elements(value)) {
            if (element.isObject() && !element.has("@value")) {
                var category = termText(element.get("credentialCategory"), "credentialCategory");
                var name = text(element, "name");
                var description = text(element, "description");
                firstPresent(Vocabulary::education, category, name, description).ifPresent(levels::add);
                var text = name != null ? name : description != null ? description : category;
                if (text != null) {
                    texts.add(text);
                }
            } else {
                var text = textOf(element, "educationRequirements");
                if (text != null) {
                    Vocabulary.education(text).ifPresent(levels::add);
                    texts.add(text);
                }
            }
        }
        return new Requirement<>(levels.stream().min(Comparator.naturalOrder()).orElse(null), joined(texts));
    }

    static Requirement<ExperienceLevel> experience(@Nullable JsonNode value) {
        var levels = new ArrayList<ExperienceLevel>();
        var texts = new ArrayList<String>();
        for (var element : elements(value)) {
            if (element.isObject() && !element.has("@value")) {
                var months = months(element.get("monthsOfExperience"));
                var description = text(element, "description");
                var level = months != null ? Optional.of(ExperienceLevel.ofMonths(months))
                        : description == null ? Optional.<ExperienceLevel>empty() : Vocabulary.experience(description);
                level.ifPresent(levels::add);
                if (description != null) {
                    texts.add(description);
                }
            } else {
                var text = textOf(element, "experienceRequirements");
                if (text != null) {
                    Vocabulary.experience(text).ifPresent(levels::add);
                    texts.add(text);
                }
            }
        }
        return new Requirement<>(levels.stream().min(Comparator.naturalOrder()).orElse(null), joined(texts));
    }

    private static @Nullable Integer months(@Nullable JsonNode value) {
        var text = textOf(value, "monthsOfExperience");
        if (text == null) {
            return null;
        }
        try {
            var months = new BigDecimal(text.replace(',', '.'));
            if (months.signum() < 0 || months.compareTo(BigDecimal.valueOf(600)) > 0) {
                throw new RejectedRecord("monthsOfExperience " + text + " is not between 0 and 600");
            }
            return months.setScale(0, RoundingMode.CEILING).intValueExact();
        } catch (NumberFormatException e) {
            throw new RejectedRecord("monthsOfExperience '" + shorten(text) + "' is not a number");
        }
    }

    /** A DefinedTerm's name or code, or a plain text. */
    private static @Nullable String termText(@Nullable JsonNode value, String field) {
        var first = elements(value).stream().findFirst().orElse(null);
        if (first == null) {
            return null;
        }
        if (first.isObject() && !first.has("@value")) {
            var name = text(first, "name");
            return name != null ? name : text(first, "termCode");
        }
        return textOf(first, field);
    }

    @SafeVarargs
    private static <T> Optional<T> firstPresent(Function<String, Optional<T>> reading, @Nullable String... texts) {
        for (var text : texts) {
            var found = text == null ? Optional.<T>empty() : reading.apply(text);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static @Nullable String joined(List<String> texts) {
        var text = texts.stream().map(HtmlText::plain).filter(part -> !part.isEmpty()).distinct()
                .collect(Collectors.joining("; "));
        return cut(text.isEmpty() ? null : text, 1000);
    }

    /** Skills, without duplicates; past {@link #MAX_SKILLS}, or longer than a skill can be, left out with a note. */
    static List<String> skills(@Nullable JsonNode value, FieldNotes notes) {
        var skills = new LinkedHashMap<String, String>();
        for (var element : elements(value)) {
            var text = element.isObject() && !element.has("@value") ? text(element, "name") : textOf(element, "skills");
            if (text == null) {
                continue;
            }
            SKILL_SEPARATORS.splitAsStream(text).map(HtmlText::plain).filter(skill -> !skill.isEmpty())
                    .forEach(skill -> skills.putIfAbsent(skill.toLowerCase(Locale.ROOT), skill));
        }
        var tooLong = skills.values().stream().filter(skill -> skill.length() > MAX_SKILL).toList();
        if (!tooLong.isEmpty()) {
            notes.note("skill '" + shorten(tooLong.getFirst()) + "' is longer than " + MAX_SKILL
                    + " characters; left out" + (tooLong.size() > 1 ? " (and " + (tooLong.size() - 1) + " more)" : ""));
        }
        var kept = skills.values().stream().filter(skill -> skill.length() <= MAX_SKILL).toList();
        if (kept.size() > MAX_SKILLS) {
            notes.note("more than " + MAX_SKILLS + " skills (" + kept.size() + "); the first " + MAX_SKILLS + " kept");
            kept = kept.subList(0, MAX_SKILLS);
        }
        return List.copyOf(kept);
    }
}
