package be.werkwinkel.kiosk.vacancy.index;

import be.werkwinkel.kiosk.vacancy.ContractType;
import be.werkwinkel.kiosk.vacancy.EducationLevel;
import be.werkwinkel.kiosk.vacancy.ExperienceLevel;
import be.werkwinkel.kiosk.reference.Place;
import be.werkwinkel.kiosk.vacancy.Sector;
import be.werkwinkel.kiosk.vacancy.Vacancy;
import be.werkwinkel.kiosk.vacancy.VacancyId;
import be.werkwinkel.kiosk.vacancy.WorkRegime;
import be.werkwinkel.kiosk.reference.BelgianPlaces;
import be.werkwinkel.kiosk.reference.EscoOccupations;
import be.werkwinkel.kiosk.reference.EscoOccupations.Occupation;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Dutch-looking vacancies for benchmarks: titles are ESCO labels (sometimes with a gender tag or a
 * place), descriptions are the occupation's ESCO description plus standard sentences, places are
 * Flemish postcodes with coordinates, and contracts, regimes, dates and languages vary. The same
 * seed gives the same vacancies.
 */
public final class SyntheticVacancies {

    private static final List<String> SURNAMES = List.of("Peeters", "Janssens", "Maes", "Jacobs", "Mertens",
            "Willems", "Claes", "Goossens", "Wouters", "De Smet", "Dubois", "Lambert", "Dumont", "Vermeulen",
            "Van den Broeck", "Hermans", "Pauwels", "Aerts", "Michiels", "Desmet", "Verhoeven", "Smets", "Van Damme");
    private static final List<String> BUSINESSES = List.of("Bouw", "Logistiek", "Transport", "Zorg", "Bakkerij",
            "Schoonmaak", "Techniek", "Interim", "Horeca", "Metaal", "Retail", "Groep", "Services", "Voeding");
    private static final List<String> FORMS = List.of("NV", "BV", "bv", "vzw", "& Zonen", "");
    private static final List<String> SENTENCES = List.of(
            "Je werkt in een hecht team en krijgt een grondige opleiding.",
            "Wij bieden een contract van onbepaalde duur met een correct loon, maaltijdcheques en ecocheques.",
            "Je bent flexibel, stipt en werkt graag met je handen.",
            "Kennis van het Nederlands is een pluspunt, maar geen vereiste.",
            "Je werkt in dagploeg of in twee ploegen, van maandag tot vrijdag.",
            "Ervaring is niet nodig: wij leiden je op.",
            "Je beschikt over een rijbewijs B en eigen vervoer.",
            "Veiligheid en kwaliteit staan bij ons voorop.",
            "Vous travaillez dans une équipe dynamique et motivée.",
            "You will work in an international team.");
    private static final List<String> TAGS = List.of(" (m/v/x)", " (m/v)", " M/V/X", "", "", "", "");

    private final List<Occupation> occupations;
    private final List<Place> places;
    private final LocalDate today;
    private final long seed;

    /** @param today what "today" is for dates posted and end dates */
    public SyntheticVacancies(EscoOccupations esco, BelgianPlaces belgianPlaces, LocalDate today, long seed) {
        this.occupations = esco.all();
        // Flanders and Brussels: 1000-3999 and 8000-9999
        this.places = belgianPlaces.all().stream().filter(place -> place.postcode().matches("[1-3]\\d{3}|[89]\\d{3}"))
                .toList();
        this.today = today;
        this.seed = seed;
    }

    /** Vacancies with ids 1 to {@code count}; vacancy n is the same whatever the count. */
    public Stream<Vacancy> stream(int count) {
        return LongStream.rangeClosed(1, count).mapToObj(this::vacancy);
    }

    public Vacancy vacancy(long id) {
        var random = new SplittableRandom(seed * 31 + id);
        // a few occupations are far more common, as in real feeds
        var occupation = occupations.get(random.nextInt(4) == 0 ? random.nextInt(60) : random.nextInt(occupations.size()));
        var labels = occupation.labels();
        var label = labels.get(random.nextInt(labels.size()));
        var place = places.get(random.nextInt(places.size()));
        var title = capitalise(label) + TAGS.get(random.nextInt(TAGS.size()))
                + (random.nextInt(10) == 0 ? " - " + place.name() : "");
        var description = new StringBuilder(cut(occupation.description(), 600));
        for (int i = 0, sentences = 2 + random.nextInt(4); i < sentences; i++) {
            description.append(' ').append(SENTENCES.get(random.nextInt(SENTENCES.size())));
        }
        var employer = pick(random, BUSINESSES) + " " + pick(random, SURNAMES) + " " + pick(random, FORMS);
        var withCoordinates = random.nextInt(30) != 0;
        var location = new Vacancy.Location(place.postcode(), place.name(), null,
                withCoordinates ? place.latitude() + (random.nextDouble() - 0.5) / 100 : null,
                withCoordinates ? place.longitude() + (random.nextDouble() - 0.5) / 100 : null);
        var posted = today.minusDays(random.nextInt(61));
        var end = random.nextInt(10);
        LocalDate validThrough = end == 0 ? null : end == 1 ? today.minusDays(1 + random.nextInt(30))
                : today.plusDays(1 + random.nextInt(60));
        return new Vacancy(new VacancyId(id), "synthetic", "S-" + id, title, "<p>" + description + "</p>",
                description.toString(), posted, validThrough, contracts(random), regimes(random), employer.strip(),
                location, Sector.ofIscoCode(occupation.iscoGroup()).orElse(null), occupation.preferredLabel(),
                random.nextInt(5) == 0 ? null : EducationLevel.values()[random.nextInt(EducationLevel.values().length)],
                null, ExperienceLevel.values()[random.nextInt(ExperienceLevel.values().length)], null, List.of(), null,
                null, language(random), null, false, null);
    }

    private static Set<ContractType> contracts(SplittableRandom random) {
        return switch (random.nextInt(10)) {
            case 0, 1, 2, 3, 4 -> Set.of(ContractType.PERMANENT);
            case 5, 6 -> Set.of(ContractType.TEMPORARY);
            case 7 -> Set.of(ContractType.TEMPORARY, ContractType.DAY_CONTRACT);
            case 8 -> Set.of(ContractType.INTERNSHIP);
            default -> Set.of(ContractType.CONTRACTOR);
        };
    }

    private static Set<WorkRegime> regimes(SplittableRandom random) {
        return switch (random.nextInt(4)) {
            case 0 -> Set.of(WorkRegime.PART_TIME);
            case 1 -> Set.of(WorkRegime.FULL_TIME, WorkRegime.PART_TIME);
            default -> Set.of(WorkRegime.FULL_TIME);
        };
    }

    private static String language(SplittableRandom random) {
        var roll = random.nextInt(20);
        return roll < 17 ? "nl" : roll < 19 ? "fr" : "en";
    }

    private static String pick(SplittableRandom random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String capitalise(String label) {
        return label.isEmpty() ? label : label.substring(0, 1).toUpperCase(Locale.ROOT) + label.substring(1);
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, text.lastIndexOf(' ', length) + 1).strip();
    }

    /** Words visitors type, including a few typos, for benchmark queries. */
    static final List<String> QUERY_WORDS = List.of("chauffeur", "verkoper", "magazijn", "kok", "medewerker",
            "technieker", "schoonmaak", "lasser", "verpleegkundige", "boekhouder", "heftruck", "kassa", "elektricien",
            "operator", "bediende", "monteur", "schilder", "bakker", "slager", "poetshulp", "beenhouwer", "heftruk",
            "chaufeur", "vrachtwagen", "zorg", "onthaal", "logistiek", "productie", "administratief", "loodgieter");

    static String queryWord(Random random) {
        return QUERY_WORDS.get(random.nextInt(QUERY_WORDS.size()));
    }
}
