package be.werkwinkel.kiosk.vacancy.ingest;

import be.werkwinkel.kiosk.vacancy.ContractType;
import be.werkwinkel.kiosk.vacancy.EducationLevel;
import be.werkwinkel.kiosk.vacancy.ExperienceLevel;
import be.werkwinkel.kiosk.vacancy.WorkRegime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The words feeds use for contract types, work regimes, diplomas, experience, salary periods and
 * languages, in schema.org's English and in Dutch and French as Belgian feeds write them.
 */
final class Vocabulary {

    private Vocabulary() {
    }

    // --- employmentType: schema.org's values, the common PERMANENT extension, and their nl/fr words

    private static final Map<String, WorkRegime> REGIMES = Map.ofEntries(
            Map.entry("FULL_TIME", WorkRegime.FULL_TIME), Map.entry("FULLTIME", WorkRegime.FULL_TIME),
            Map.entry("VOLTIJDS", WorkRegime.FULL_TIME), Map.entry("VOLTIJD", WorkRegime.FULL_TIME),
            Map.entry("TEMPS_PLEIN", WorkRegime.FULL_TIME),
            Map.entry("PART_TIME", WorkRegime.PART_TIME), Map.entry("PARTTIME", WorkRegime.PART_TIME),
            Map.entry("DEELTIJDS", WorkRegime.PART_TIME), Map.entry("DEELTIJD", WorkRegime.PART_TIME),
            Map.entry("TEMPS_PARTIEL", WorkRegime.PART_TIME));

    private static final Map<String, ContractType> CONTRACTS = Map.ofEntries(
            Map.entry("PERMANENT", ContractType.PERMANENT), Map.entry("VAST", ContractType.PERMANENT),
            Map.entry("VAST_CONTRACT", ContractType.PERMANENT), Map.entry("ONBEPAALDE_DUUR", ContractType.PERMANENT),
            Map.entry("CDI", ContractType.PERMANENT),
            Map.entry("TEMPORARY", ContractType.TEMPORARY), Map.entry("TIJDELIJK", ContractType.TEMPORARY),
            Map.entry("BEPAALDE_DUUR", ContractType.TEMPORARY), Map.entry("INTERIM", ContractType.TEMPORARY),
            Map.entry("CDD", ContractType.TEMPORARY),
            Map.entry("CONTRACTOR", ContractType.CONTRACTOR), Map.entry("FREELANCE", ContractType.CONTRACTOR),
            Map.entry("ZELFSTANDIGE", ContractType.CONTRACTOR), Map.entry("INDEPENDANT", ContractType.CONTRACTOR),
            Map.entry("INTERN", ContractType.INTERNSHIP), Map.entry("INTERNSHIP", ContractType.INTERNSHIP),
            Map.entry("STAGE", ContractType.INTERNSHIP),
            Map.entry("VOLUNTEER", ContractType.VOLUNTEER), Map.entry("VRIJWILLIGER", ContractType.VOLUNTEER),
            Map.entry("VRIJWILLIGERSWERK", ContractType.VOLUNTEER), Map.entry("BENEVOLE", ContractType.VOLUNTEER),
            Map.entry("PER_DIEM", ContractType.DAY_CONTRACT), Map.entry("DAGCONTRACT", ContractType.DAY_CONTRACT),
            Map.entry("OTHER", ContractType.OTHER), Map.entry("ANDERE", ContractType.OTHER),
            Map.entry("AUTRE", ContractType.OTHER));

    /** "Full-time", "full time" and "FULL_TIME" are one value. */
    static String employmentKey(String value) {
        return OccupationMatcher.normalise(value).toUpperCase(Locale.ROOT).replace(' ', '_');
    }

    static Optional<WorkRegime> regime(String employmentType) {
        return Optional.ofNullable(REGIMES.get(employmentKey(employmentType)));
    }

    static Optional<ContractType> contract(String employmentType) {
        return Optional.ofNullable(CONTRACTS.get(employmentKey(employmentType)));
    }

    /** Words ATS exports use that are close to one of ours, but not the same: read as it, with a note. */
    private static final Map<String, ContractType> CONTRACT_GUESSES = Map.ofEntries(
            Map.entry("CONTRACT", ContractType.CONTRACTOR), Map.entry("CONTRACT_TO_HIRE", ContractType.TEMPORARY),
            Map.entry("FIXED_TERM", ContractType.TEMPORARY), Map.entry("SEASONAL", ContractType.TEMPORARY),
            Map.entry("SEIZOENSARBEID", ContractType.TEMPORARY), Map.entry("JOBSTUDENT", ContractType.TEMPORARY),
            Map.entry("STUDENTENJOB", ContractType.TEMPORARY), Map.entry("REGULAR", ContractType.PERMANENT),
            Map.entry("APPRENTICESHIP", ContractType.INTERNSHIP), Map.entry("LEERCONTRACT", ContractType.INTERNSHIP),
            Map.entry("TRAINEE", ContractType.INTERNSHIP), Map.entry("TRAINEESHIP", ContractType.INTERNSHIP));

    static Optional<ContractType> contractGuess(String employmentType) {
        return Optional.ofNullable(CONTRACT_GUESSES.get(employmentKey(employmentType)));
    }

    // --- educationRequirements: schema.org credentialCategory values, and diplomas named in nl/fr/en

    private static final List<String> NO_DIPLOMA = List.of("geen diploma", "zonder diploma", "geen specifiek diploma",
            "no diploma", "no degree", "no formal education", "sans diplome", "aucun diplome", "pas de diplome");

    private static final Map<EducationLevel, List<String>> DIPLOMAS = Map.of(
            EducationLevel.SECONDARY, List.of("secundair", "middelbaar", "aso", "tso", "bso", "kso", "humaniora",
                    "high school", "secondary", "secondaire", "cess"),
            EducationLevel.HIGHER_VOCATIONAL, List.of("hbo5", "hbo 5", "graduaat", "graduat", "associate",
                    "professional certificate", "se n se"),
            EducationLevel.BACHELOR, List.of("bachelor", "bachelier", "baccalaureaat"),
            EducationLevel.MASTER, List.of("master", "postgraduate", "postgraduaat", "doctoraat", "doctorat",
                    "phd", "licentiaat", "universitair", "universitaire"));

    /** The lowest diploma the text names ("bachelor of master" asks for a bachelor), or none. */
    static Optional<EducationLevel> education(String text) {
        var words = " " + OccupationMatcher.normalise(text) + " ";
        if (NO_DIPLOMA.stream().anyMatch(phrase -> words.contains(" " + phrase + " "))) {
            return Optional.of(EducationLevel.NONE_REQUIRED);
        }
        return Stream.of(EducationLevel.values())
                .filter(level -> DIPLOMAS.getOrDefault(level, List.of()).stream()
                        .anyMatch(word -> words.contains(" " + word + " ")))
                .min(Comparator.naturalOrder());
    }

    // --- experienceRequirements as text

    private static final List<String> NO_EXPERIENCE = List.of("geen ervaring", "geen werkervaring",
            "geen voorafgaande ervaring", "ervaring niet vereist", "ervaring is niet vereist", "starter", "starters",
            "no experience", "no prior experience", "experience not required", "sans experience",
            "aucune experience", "pas d experience", "experience non requise");
    private static final String NUMBER = "(\\d{1,2}|een|one|un|une|twee|two|deux|drie|three|trois|vier|four|quatre"
            + "|vijf|five|cinq|zes|six|tien|ten|dix)";
    private static final Pattern YEARS = Pattern.compile(
            "\\b" + NUMBER + "(?:\\s+(?:a|tot|to|of|or|ou)?\\s*\\d{1,2})?\\s+(?:jaar|jaren|year|years|yrs|an|ans|annee|annees)\\b");
    private static final Pattern MONTHS = Pattern.compile(
            "\\b" + NUMBER + "\\s+(?:maand|maanden|month|months|mois)\\b");
    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
            Map.entry("een", 1), Map.entry("one", 1), Map.entry("un", 1), Map.entry("une", 1),
            Map.entry("twee", 2), Map.entry("two", 2), Map.entry("deux", 2),
            Map.entry("drie", 3), Map.entry("three", 3), Map.entry("trois", 3),
            Map.entry("vier", 4), Map.entry("four", 4), Map.entry("quatre", 4),
            Map.entry("vijf", 5), Map.entry("five", 5), Map.entry("cinq", 5),
            Map.entry("zes", 6), Map.entry("six", 6), Map.entry("tien", 10), Map.entry("ten", 10),
            Map.entry("dix", 10));

    /** "Geen ervaring nodig", "minstens 3 jaar ervaring", "2-5 years", "6 mois": the least it asks. */
    static Optional<ExperienceLevel> experience(String text) {
        var words = " " + OccupationMatcher.normalise(text) + " ";
        if (NO_EXPERIENCE.stream().anyMatch(phrase -> words.contains(" " + phrase + " "))) {
            return Optional.of(ExperienceLevel.NONE);
        }
        var years = YEARS.matcher(words);
        if (years.find()) {
            return Optional.of(ExperienceLevel.ofMonths(number(years.group(1)) * 12));
        }
        var months = MONTHS.matcher(words);
        if (months.find()) {
            return Optional.of(ExperienceLevel.ofMonths(number(months.group(1))));
        }
        return Optional.empty();
    }

    private static int number(String digitsOrWord) {
        var word = NUMBER_WORDS.get(digitsOrWord);
        return word != null ? word : Integer.parseInt(digitsOrWord);
    }

    // --- baseSalary unitText

    private static final Map<String, String> SALARY_UNITS = Map.ofEntries(
            Map.entry("HOUR", "HOUR"), Map.entry("HOURLY", "HOUR"), Map.entry("PER_HOUR", "HOUR"),
            Map.entry("UUR", "HOUR"), Map.entry("PER_UUR", "HOUR"), Map.entry("HEURE", "HOUR"),
            Map.entry("DAY", "DAY"), Map.entry("DAILY", "DAY"), Map.entry("DAG", "DAY"), Map.entry("JOUR", "DAY"),
            Map.entry("WEEK", "WEEK"), Map.entry("WEEKLY", "WEEK"), Map.entry("SEMAINE", "WEEK"),
            Map.entry("MONTH", "MONTH"), Map.entry("MONTHLY", "MONTH"), Map.entry("MAAND", "MONTH"),
            Map.entry("PER_MAAND", "MONTH"), Map.entry("MOIS", "MONTH"),
            Map.entry("YEAR", "YEAR"), Map.entry("YEARLY", "YEAR"), Map.entry("ANNUAL", "YEAR"),
            Map.entry("ANNUALLY", "YEAR"), Map.entry("JAAR", "YEAR"), Map.entry("PER_JAAR", "YEAR"),
            Map.entry("AN", "YEAR"), Map.entry("ANNEE", "YEAR"));

    static Optional<String> salaryUnit(String unitText) {
        return Optional.ofNullable(SALARY_UNITS.get(employmentKey(unitText)));
    }

    // --- inLanguage

    private static final Map<String, String> LANGUAGES = Map.ofEntries(
            Map.entry("nld", "nl"), Map.entry("dut", "nl"), Map.entry("nederlands", "nl"), Map.entry("dutch", "nl"),
            Map.entry("vlaams", "nl"), Map.entry("flemish", "nl"), Map.entry("neerlandais", "nl"),
            Map.entry("fra", "fr"), Map.entry("fre", "fr"), Map.entry("frans", "fr"), Map.entry("french", "fr"),
            Map.entry("francais", "fr"),
            Map.entry("eng", "en"), Map.entry("engels", "en"), Map.entry("english", "en"), Map.entry("anglais", "en"),
            Map.entry("deu", "de"), Map.entry("ger", "de"), Map.entry("duits", "de"), Map.entry("german", "de"),
            Map.entry("deutsch", "de"), Map.entry("allemand", "de"));
    private static final Pattern LANGUAGE_TAG = Pattern.compile("([a-z]{2})(?:[-_][a-z0-9]{1,8})*");

    /** The ISO 639-1 code of a language tag ("nl-BE"), ISO 639-2 code or name ("Nederlands"). */
    static Optional<String> language(String text) {
        var lower = text.strip().toLowerCase(Locale.ROOT);
        var tag = LANGUAGE_TAG.matcher(lower);
        if (tag.matches()) {
            return Optional.of(tag.group(1));
        }
        return Optional.ofNullable(LANGUAGES.get(OccupationMatcher.normalise(lower)));
    }
}
