package be.werkwinkel.kiosk.vacancy.ingest;

import static be.werkwinkel.kiosk.vacancy.ingest.JsonFields.cut;
import static be.werkwinkel.kiosk.vacancy.ingest.JsonFields.elements;
import static be.werkwinkel.kiosk.vacancy.ingest.JsonFields.plainText;
import static be.werkwinkel.kiosk.vacancy.ingest.JsonFields.shorten;
import static be.werkwinkel.kiosk.vacancy.ingest.JsonFields.text;
import static be.werkwinkel.kiosk.vacancy.ingest.JsonFields.textOf;
import static be.werkwinkel.kiosk.vacancy.ingest.JsonFields.texts;

import be.werkwinkel.kiosk.vacancy.ContractType;
import be.werkwinkel.kiosk.vacancy.EducationLevel;
import be.werkwinkel.kiosk.vacancy.ExperienceLevel;
import be.werkwinkel.kiosk.vacancy.Vacancy;
import be.werkwinkel.kiosk.vacancy.WorkRegime;
import be.werkwinkel.kiosk.reference.BelgianPlaces;
import be.werkwinkel.kiosk.reference.EscoOccupations;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Maps one schema.org {@code JobPosting} (as a JSON tree) to a {@link Vacancy}. The fields are
 * read by one class per seam: {@link PostingDates}, {@link PostingPlaces}, {@link PostingOccupation},
 * {@link PostingRequirements}, {@link PostingPay}, {@link PostingContact}, {@link PostingTexts}.
 *
 * <p>Strict only about what a vacancy cannot do without: a title, a plausible posting date and
 * closing date, a description of sane size; a record without them throws {@link RejectedRecord}.
 * Every other field that cannot be used is left out, or guessed, with a note in the report
 * ({@link FieldNotes}): one bad field never costs the posting.
 */
final class JobPostingMapper {

    static final int MAX_TITLE = 300;
    static final int MAX_DESCRIPTION = 100_000;
    static final int MAX_NAME = 300;
    /** A posting without {@code validThrough} is open this long after {@code datePosted}, unless configured. */
    static final Period DEFAULT_VALIDITY = Period.ofDays(60);

    private static final Pattern EMPLOYMENT_SEPARATORS = Pattern.compile("[,;/|\\n]|\\s+(?:and|en|et|&)\\s+");

    /** The outcome of mapping a record that is not rejected. */
    sealed interface Outcome {

        /**
         * @param notes what was dropped or guessed
         * @param validityDefaulted the feed gave no end date: the default validity applies
         */
        record Valid(Vacancy vacancy, List<String> notes, boolean validityDefaulted) implements Outcome {
        }

        /**
         * Its closing date has passed: the feed withdraws it.
         *
         * @param byDefault it had no end date and is older than the default validity
         */
        record Expired(LocalDate validThrough, boolean byDefault) implements Outcome {
        }
    }

    private final PostingDates dates;
    private final PostingPlaces places;
    private final PostingOccupation occupations;

    JobPostingMapper(EscoOccupations occupations, BelgianPlaces places, Clock clock) {
        this(occupations, places, clock, DEFAULT_VALIDITY);
    }

    JobPostingMapper(EscoOccupations occupations, BelgianPlaces places, Clock clock, Period defaultValidity) {
        this.dates = new PostingDates(clock, defaultValidity);
        this.places = new PostingPlaces(places);
        this.occupations = new PostingOccupation(occupations);
    }

    /** Maps a JobPosting whose identity has already been settled. */
    Outcome map(JsonNode posting, String identifier, String source) {
        var validity = dates.validity(posting);
        if (validity.closedAt(dates.now(), dates.today())) {
            return new Outcome.Expired(validity.validThrough(), validity.defaulted());
        }
        var notes = new FieldNotes();
        var title = title(posting);
        var rawDescription = text(posting, "description");
        if (rawDescription != null && rawDescription.length() > MAX_DESCRIPTION) {
            throw new RejectedRecord("description is longer than " + MAX_DESCRIPTION + " characters ("
                    + rawDescription.length() + ")");
        }
        var description = rawDescription == null ? new HtmlText.Description("", "") : HtmlText.sanitise(rawDescription);
        var contracts = EnumSet.noneOf(ContractType.class);
        var regimes = EnumSet.noneOf(WorkRegime.class);
        employmentTypes(posting, contracts, regimes, notes);
        var occupation = notes.optional("occupationalCategory", () -> occupations.occupation(posting, title),
                new PostingOccupation.Occupation(null, null));
        var education = notes.optional("educationRequirements",
                () -> PostingRequirements.education(posting.get("educationRequirements")),
                new PostingRequirements.Requirement<EducationLevel>(null, null));
        var experience = notes.optional("experienceRequirements",
                () -> PostingRequirements.experience(posting.get("experienceRequirements")),
                new PostingRequirements.Requirement<ExperienceLevel>(null, null));
        List<String> skills = notes.optional("skills", () -> PostingRequirements.skills(posting.get("skills"), notes),
                List.<String>of());
        var workHours = notes.optional("workHours", () -> cut(plainText(posting, "workHours"), 300));
        var language = language(posting, title, description.text(), notes);
        var vacancy = new Vacancy(null, source, identifier, title, description.html(), description.text(),
                validity.datePosted(), validity.validThrough(), contracts, regimes, employer(posting, notes),
                places.location(posting, notes), occupation.sector(), occupation.label(), education.level(),
                education.text(), experience.level(), experience.text(), skills, workHours,
                notes.optional("baseSalary", () -> PostingPay.salary(posting)), language,
                notes.optional("url", () -> PostingContact.httpUrl(text(posting, "url"), "url")),
                Objects.requireNonNull(notes.optional("directApply",
                        () -> PostingContact.directApply(posting.get("directApply")), false)),
                notes.optional("applicationContact", () -> PostingContact.contact(posting.get("applicationContact"))),
                validity.closesAt(), PostingTexts.of(posting, notes));
        return new Outcome.Valid(vacancy, notes.all(), validity.defaulted());
    }

    private static String title(JsonNode posting) {
        var raw = text(posting, "title");
        if (raw == null) {
            raw = text(posting, "name"); // schema.org's own examples name some postings instead of titling them
        }
        var title = raw == null ? "" : HtmlText.plain(raw);
        if (title.isEmpty()) {
            throw new RejectedRecord("title is missing");
        }
        if (title.length() > MAX_TITLE) {
            throw new RejectedRecord("title is longer than " + MAX_TITLE + " characters (" + title.length() + ")");
        }
        return title;
    }

    /**
     * schema.org's values and their Dutch and French words; "Permanent / Full Time" is two values.
     * A word that is not known is left out with a note, one that is close to a known one is read as
     * it, with a note.
     */
    private static void employmentTypes(JsonNode posting, EnumSet<ContractType> contracts,
            EnumSet<WorkRegime> regimes, FieldNotes notes) {
        var values = notes.optional("employmentType", () -> texts(posting.get("employmentType"), "employmentType"),
                List.<String>of());
        var unknown = new ArrayList<String>();
        for (var value : Objects.requireNonNull(values)) {
            EMPLOYMENT_SEPARATORS.splitAsStream(value).map(String::strip).filter(type -> !type.isEmpty())
                    .forEach(type -> {
                        var contract = Vocabulary.contract(type);
                        var regime = Vocabulary.regime(type);
                        contract.ifPresent(contracts::add);
                        regime.ifPresent(regimes::add);
                        if (contract.isEmpty() && regime.isEmpty()) {
                            var guess = Vocabulary.contractGuess(type);
                            if (guess.isPresent()) {
                                contracts.add(guess.get());
                                notes.note("employmentType '" + shorten(type) + "' read as " + guess.get());
                            } else {
                                unknown.add(type);
                            }
                        }
                    });
        }
        if (!unknown.isEmpty()) {
            notes.note("employmentType " + unknown.stream().map(type -> "'" + shorten(type) + "'").toList()
                    + " not known; left out");
        }
    }

    private static String employer(JsonNode posting, FieldNotes notes) {
        var name = notes.optional("hiringOrganization", () -> {
            var first = elements(posting.get("hiringOrganization")).stream().findFirst().orElse(null);
            if (first == null) {
                return "";
            }
            var raw = first.isObject() ? Objects.requireNonNullElse(text(first, "name"), "")
                    : Objects.requireNonNullElse(textOf(first, "hiringOrganization"), "");
            return HtmlText.plain(raw);
        }, "");
        if (Objects.requireNonNull(name).length() > MAX_NAME) {
            notes.note("hiringOrganization name is longer than " + MAX_NAME + " characters; shortened");
            return Objects.requireNonNull(cut(name, MAX_NAME));
        }
        return name;
    }

    /** {@code inLanguage} when it names a language; otherwise guessed from the text; Dutch when that says too little. */
    private static String language(JsonNode posting, String title, String text, FieldNotes notes) {
        var given = notes.optional("inLanguage", () -> given(posting.get("inLanguage")));
        var code = given == null ? Optional.<String>empty() : Vocabulary.language(given);
        if (code.isPresent()) {
            return code.get();
        }
        var guessed = LanguageGuess.of(title + "\n" + text);
        if (given != null) {
            notes.note("inLanguage '" + shorten(given) + "' is not a language"
                    + guessed.map(found -> "; guessed " + found + " from the text").orElse("; read as nl"));
        }
        return guessed.orElse("nl");
    }

    /** The language as the feed names it; null when none is given. */
    private static @Nullable String given(@Nullable JsonNode value) {
        var first = elements(value).stream().findFirst().orElse(null);
        if (first == null) {
            return null;
        }
        var text = first.isObject() && !first.has("@value")
                ? Objects.requireNonNullElse(text(first, "alternateName"), Objects.requireNonNullElse(text(first, "name"), ""))
                : Objects.requireNonNullElse(textOf(first, "inLanguage"), "");
        return text.isEmpty() ? null : text;
    }
}
