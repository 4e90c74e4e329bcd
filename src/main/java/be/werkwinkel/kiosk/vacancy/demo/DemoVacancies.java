package be.werkwinkel.kiosk.vacancy.demo;

import be.werkwinkel.kiosk.base.Html;
import be.werkwinkel.kiosk.reference.Place;
import be.werkwinkel.kiosk.reference.BelgianPlaces;
import be.werkwinkel.kiosk.reference.EscoOccupations;
import be.werkwinkel.kiosk.reference.EscoOccupations.Occupation;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.function.IntFunction;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Realistic demo vacancies, written as schema.org {@code JobPosting} JSON-LD (NDJSON) so that they
 * enter the kiosk through the same ingest as a real feed. Occupations, ISCO groups and job texts
 * come from ESCO (© European Union); places and coordinates from GeoNames postcodes (CC BY 4.0);
 * employers are invented and every identifier, URL and e-mail address says "demo" or uses a
 * reserved domain. The same seed and day give the same vacancies.
 */
public final class DemoVacancies {

    /** The demo feed's source name; the UI marks the set as demo data. */
    public static final String SOURCE = "demo";

    /** ISCO major group → how common such jobs are at a werkwinkel (out of 100). */
    private static final Map<Character, Integer> GROUP_WEIGHTS = Map.of(
            '9', 20, '5', 20, '7', 18, '8', 15, '4', 10, '3', 8, '2', 6, '1', 2, '6', 1);

    /** Centre cities get more vacancies than villages: postcode → weight. */
    private static final Map<String, Integer> CITY_WEIGHTS = Map.ofEntries(
            Map.entry("1000", 40), Map.entry("2000", 40), Map.entry("2018", 15), Map.entry("2060", 10),
            Map.entry("9000", 35), Map.entry("3000", 20), Map.entry("8000", 18), Map.entry("3500", 15),
            Map.entry("2800", 15), Map.entry("8500", 14), Map.entry("9300", 12), Map.entry("3600", 12),
            Map.entry("9100", 10), Map.entry("8800", 10), Map.entry("8400", 10), Map.entry("2300", 8),
            Map.entry("1800", 8), Map.entry("2500", 6), Map.entry("9200", 6), Map.entry("3800", 6));

    private static final List<String> SURNAMES = List.of("Peeters", "Janssens", "Maes", "Jacobs", "Mertens",
            "Willems", "Claes", "Goossens", "Wouters", "De Smet", "Dubois", "Vermeulen", "Van den Broeck",
            "Hermans", "Aerts", "Lambrechts", "Dumont", "Pauwels", "Michiels", "Desmet", "Verhoeven",
            "Van Damme", "Coppens", "Van Acker", "Martens", "De Backer", "Segers", "Claeys", "Verstraete",
            "Stevens", "Smets", "Bogaert", "Lemmens", "Cools", "Vandenberghe", "Declercq");
    private static final List<String> PATRONS = List.of("Sint-Jozef", "Sint-Vincentius", "De Linde",
            "Ter Meersen", "Het Anker", "De Wingerd", "Ter Beke", "De Vijvers", "Zonnebloem", "Hof ter Lo");
    private static final List<String> WORDS = List.of("Noord", "Schelde", "Leie", "Kempen", "Polder",
            "Dijle", "Maas", "Demer", "Nete", "Zenne", "Vlaanderen", "Haven", "Kouter", "Meir");

    private static final Map<Character, List<String>> EMPLOYER_PATTERNS = Map.of(
            '9', List.of("%s Schoonmaak", "Facilitair Bedrijf %s", "%s Logistics", "Groendienst %s", "Poetsdienst %s"),
            '5', List.of("Bakkerij %s", "Brasserie %s", "Woonzorgcentrum %p", "Kapsalon %s", "%s Retail",
                    "Hotel %w", "Kinderdagverblijf %p"),
            '7', List.of("Bouwbedrijf %s", "%s & Zonen", "Schrijnwerkerij %s", "%s Techniek", "Elektro %s",
                    "Metaalbouw %w", "Slagerij %s"),
            '8', List.of("%w Transport", "%s Logistics", "%w Metaal", "Voeding %w", "%s Productie", "%w Distributie"),
            '4', List.of("%s & Partners", "Sociaal Secretariaat %w", "Boekhoudkantoor %s", "%w Verzekeringen",
                    "Stadsbestuur %c"),
            '3', List.of("%w Engineering", "%s Tech", "Labo %w", "Ziekenhuis %p", "%w Automation"),
            '2', List.of("%w Consult", "Ziekenhuis %p", "Scholengroep %w", "%w Software", "Architectenbureau %s"),
            '1', List.of("%w Group", "%s & Partners", "Woonzorgcentrum %p", "%w Holding"),
            '6', List.of("Tuinbouw %s", "Hoeve %s", "Boomkwekerij %w"));

    private static final List<String> EXTRAS = List.of("maaltijdcheques", "ecocheques",
            "een hospitalisatieverzekering", "opleiding op de werkvloer", "een fietsvergoeding",
            "een vergoeding voor het openbaar vervoer", "flexibele uren", "een vast uurrooster",
            "een eindejaarspremie", "ruimte om te groeien");

    private static final Map<Character, List<String>> SKILLS = Map.of(
            '9', List.of("nauwkeurig werken", "fysiek werk", "teamwerk", "basiskennis Nederlands", "stiptheid"),
            '5', List.of("klantvriendelijkheid", "kassawerk", "hygiëne", "teamwerk", "Frans (basis)", "stressbestendigheid"),
            '7', List.of("VCA-attest", "plannen lezen", "handigheid", "veiligheidsbewust werken", "rijbewijs B"),
            '8', List.of("rijbewijs C", "rijbewijs CE", "heftruckattest", "VCA-attest", "ploegenwerk", "code 95"),
            '4', List.of("Microsoft Excel", "Microsoft Word", "Frans", "Engels", "klantvriendelijkheid", "nauwkeurigheid"),
            '3', List.of("technisch inzicht", "probleemoplossend denken", "Frans", "Engels", "rapporteren"),
            '2', List.of("analytisch denken", "Engels", "Frans", "projectmatig werken", "communicatie"),
            '1', List.of("leiding geven", "budgetbeheer", "Frans", "Engels", "coachen"),
            '6', List.of("fysiek werk", "rijbewijs G", "seizoenswerk", "zelfstandig werken"));

    /** What French and English demo vacancies ask for; the Dutch lists above are per ISCO group. */
    private static final Map<String, List<String>> FOREIGN_SKILLS = Map.of(
            "fr", List.of("travail en équipe", "ponctualité", "sens du service", "connaissance de base du néerlandais",
                    "permis B", "précision"),
            "en", List.of("teamwork", "punctuality", "customer focus", "basic Dutch", "driving licence B", "accuracy"));

    /** A few common jobs as French and English vacancies would title them, with their ESCO occupation. */
    private static final Map<String, List<String>> FOREIGN_TITLES = Map.of(
            "fr", List.of("Chauffeur poids lourd|vrachtwagenchauffeur", "Magasinier|magazijnmedewerker",
                    "Vendeur en magasin|winkelmedewerker", "Agent d’entretien|schoonmaker",
                    "Cuisinier|kok", "Électricien|elektricien", "Comptable|boekhouder", "Soudeur|lasser",
                    "Serveur|kelner", "Employé administratif|administratief medewerker",
                    "Caissier|kassamedewerker", "Aide-soignant|zorgkundige"),
            "en", List.of("Truck driver|vrachtwagenchauffeur", "Warehouse operator|magazijnmedewerker",
                    "Software analyst|software analist", "Cleaner|schoonmaker",
                    "Cashier|kassamedewerker", "Shop assistant|winkelmedewerker",
                    "Cook|kok", "Electrician|elektricien", "Welder|lasser", "Accountant|boekhouder"));

    /** Occupations per ISCO major group: a group is picked by its weight, then one of its occupations. */
    private final Map<Character, List<Occupation>> occupationsByGroup = new HashMap<>();
    private final List<Character> groups;
    private final List<Integer> groupWeights;
    private final Map<String, Occupation> byLabel = new HashMap<>();
    private final List<Place> places;
    private final List<Integer> placeWeights;
    private final JsonMapper json = JsonMapper.builder().build();

    public DemoVacancies(EscoOccupations esco, BelgianPlaces belgianPlaces) {
        for (var occupation : esco.all()) {
            if (occupation.iscoGroup().isEmpty() || occupation.description().isBlank()) {
                continue;
            }
            var group = occupation.iscoGroup().charAt(0);
            if (GROUP_WEIGHTS.containsKey(group)) {
                occupationsByGroup.computeIfAbsent(group, key -> new ArrayList<>()).add(occupation);
            }
            occupation.labels().forEach(label -> byLabel.putIfAbsent(label.toLowerCase(Locale.ROOT), occupation));
        }
        this.groups = occupationsByGroup.keySet().stream().sorted().toList();
        this.groupWeights = groups.stream().map(GROUP_WEIGHTS::get).toList();
        this.places = new ArrayList<>();
        this.placeWeights = new ArrayList<>();
        var seen = new java.util.HashSet<String>();
        for (var place : belgianPlaces.all()) {
            if (isFlemishOrBrussels(place.postcode()) && seen.add(place.postcode())) {
                places.add(place);
                placeWeights.add(CITY_WEIGHTS.getOrDefault(place.postcode(), 1));
            }
        }
    }

    /** Flemish provinces and Brussels: 1000–1299, 1500–3999, 8000–9999. */
    static boolean isFlemishOrBrussels(String postcode) {
        var code = Integer.parseInt(postcode);
        return (code >= 1000 && code < 1300) || (code >= 1500 && code < 4000) || code >= 8000;
    }

    /** {@code count} vacancies as NDJSON, generated while the stream is read (no temp file, no big buffer). */
    public InputStream ndjson(int count, long seed, LocalDate today) {
        var random = new Random(seed);
        IntFunction<String> line = index -> json.writeValueAsString(posting(index + 1, random, today)) + "\n";
        return new SequenceInputStream(new Enumeration<InputStream>() {
            private int next;

            @Override
            public boolean hasMoreElements() {
                return next < count;
            }

            @Override
            public InputStream nextElement() {
                if (next >= count) {
                    throw new NoSuchElementException();
                }
                return new ByteArrayInputStream(line.apply(next++).getBytes(StandardCharsets.UTF_8));
            }
        });
    }

    ObjectNode posting(int number, Random random, LocalDate today) {
        var language = pickLanguage(random);
        var inGroup = occupationsByGroup.get(pick(groups, groupWeights, random));
        var occupation = inGroup.get(random.nextInt(inGroup.size()));
        var title = capitalise(random.nextInt(4) == 0 && !occupation.altLabels().isEmpty()
                ? occupation.altLabels().get(random.nextInt(occupation.altLabels().size()))
                : occupation.preferredLabel());
        if (!language.equals("nl")) {
            var foreign = FOREIGN_TITLES.get(language);
            var chosen = foreign.get(random.nextInt(foreign.size())).split("\\|");
            title = chosen[0];
            occupation = byLabel.getOrDefault(chosen[1], occupation);
        }
        var group = occupation.iscoGroup().charAt(0);
        if (language.equals("nl") && random.nextBoolean()) {
            title += " (m/v/x)";
        }
        var place = pick(places, placeWeights, random);
        var employer = employer(group, place, random);
        var posted = today.minusDays(Math.min(60, (long) Math.floor(Math.abs(random.nextGaussian()) * 18)));
        var regimes = regimes(random);
        var contract = contract(group, random);

        var posting = json.createObjectNode();
        posting.put("@context", "https://schema.org");
        posting.put("@type", "JobPosting");
        posting.put("identifier", "DEMO-%06d".formatted(number));
        posting.put("title", title);
        posting.put("description", description(language, occupation, employer, place, regimes, contract, group, random));
        posting.put("datePosted", posted.toString());
        if (random.nextInt(10) > 0) {
            var until = posted.plusDays(30 + random.nextInt(61));
            posting.put("validThrough", (until.isAfter(today) ? until : today.plusDays(7 + random.nextInt(21))).toString());
        }
        var types = posting.putArray("employmentType");
        regimes.forEach(types::add);
        if (contract != null) {
            types.add(contract);
        }
        posting.putObject("hiringOrganization").put("@type", "Organization").put("name", employer);
        var location = posting.putObject("jobLocation");
        location.put("@type", "Place");
        var address = location.putObject("address");
        address.put("@type", "PostalAddress");
        address.put("postalCode", place.postcode());
        address.put("addressLocality", place.name());
        address.put("addressCountry", "BE");
        var geo = location.putObject("geo");
        geo.put("@type", "GeoCoordinates");
        geo.put("latitude", round(place.latitude() + (random.nextDouble() - 0.5) * 0.02));
        geo.put("longitude", round(place.longitude() + (random.nextDouble() - 0.5) * 0.03));
        posting.put("occupationalCategory", occupation.iscoGroup());
        education(group, random, posting);
        experience(group, random, posting);
        var skillList = language.equals("nl") ? SKILLS.getOrDefault(group, List.of()) : FOREIGN_SKILLS.get(language);
        posting.put("skills", String.join(", ", some(skillList, 2 + random.nextInt(2), random)));
        posting.put("workHours", workHours(regimes, random));
        if (random.nextInt(10) < 6) {
            salary(group, random, posting);
        }
        posting.put("inLanguage", language);
        posting.put("url", "https://vacatures.example.org/demo/%06d".formatted(number));
        posting.put("directApply", random.nextInt(10) < 3);
        var contact = posting.putObject("applicationContact");
        contact.put("@type", "ContactPoint");
        contact.put("email", "jobs@" + slug(employer) + ".example");
        contact.put("telephone", "+32 %d %03d %02d %02d".formatted(2 + random.nextInt(8), random.nextInt(1000),
                random.nextInt(100), random.nextInt(100)));
        return posting;
    }

    private static String pickLanguage(Random random) {
        var roll = random.nextInt(100);
        return roll < 88 ? "nl" : roll < 96 ? "fr" : "en";
    }

    private static List<String> regimes(Random random) {
        var roll = random.nextInt(100);
        return roll < 65 ? List.of("FULL_TIME") : roll < 90 ? List.of("PART_TIME") : List.of("FULL_TIME", "PART_TIME");
    }

    private static @org.jspecify.annotations.Nullable String contract(char group, Random random) {
        var roll = random.nextInt(100);
        if (group == '2' || group == '1') {
            return roll < 70 ? "PERMANENT" : roll < 85 ? "CONTRACTOR" : roll < 95 ? "TEMPORARY" : null;
        }
        return roll < 45 ? "PERMANENT" : roll < 70 ? "TEMPORARY" : roll < 74 ? "CONTRACTOR" : roll < 78 ? "INTERN"
                : roll < 79 ? "VOLUNTEER" : roll < 85 ? "PER_DIEM" : null;
    }

    private String employer(char group, Place place, Random random) {
        var patterns = EMPLOYER_PATTERNS.getOrDefault(group, EMPLOYER_PATTERNS.get('9'));
        return patterns.get(random.nextInt(patterns.size()))
                .replace("%s", SURNAMES.get(random.nextInt(SURNAMES.size())))
                .replace("%p", PATRONS.get(random.nextInt(PATRONS.size())))
                .replace("%w", WORDS.get(random.nextInt(WORDS.size())))
                .replace("%c", place.name());
    }

    private static void education(char group, Random random, ObjectNode posting) {
        var category = switch (group) {
            case '9', '6' -> random.nextInt(3) == 0 ? "high school" : null;
            case '5', '7', '8' -> random.nextInt(4) == 0 ? null : "high school";
            case '4' -> random.nextBoolean() ? "high school" : "associate degree";
            case '3' -> random.nextBoolean() ? "associate degree" : "bachelor degree";
            case '2' -> random.nextInt(3) == 0 ? "postgraduate degree" : "bachelor degree";
            default -> random.nextBoolean() ? "bachelor degree" : "postgraduate degree";
        };
        if (category == null) {
            posting.put("educationRequirements", "Geen diploma vereist");
        } else {
            posting.putObject("educationRequirements").put("@type", "EducationalOccupationalCredential")
                    .put("credentialCategory", category);
        }
    }

    private static void experience(char group, Random random, ObjectNode posting) {
        int[] options = switch (group) {
            case '9', '5', '6' -> new int[] {0, 0, 0, 6, 12};
            case '7', '8', '4' -> new int[] {0, 12, 24, 36};
            case '3', '2' -> new int[] {0, 24, 36, 60};
            default -> new int[] {36, 60, 84, 120};
        };
        posting.putObject("experienceRequirements").put("@type", "OccupationalExperienceRequirements")
                .put("monthsOfExperience", options[random.nextInt(options.length)]);
    }

    private static void salary(char group, Random random, ObjectNode posting) {
        int base = switch (group) {
            case '9', '6' -> 2150;
            case '5', '4' -> 2300;
            case '7', '8' -> 2450;
            case '3' -> 2800;
            case '2' -> 3300;
            default -> 4000;
        };
        var minimum = base + 50 * random.nextInt(8);
        var salary = posting.putObject("baseSalary");
        salary.put("@type", "MonetaryAmount");
        salary.put("currency", "EUR");
        var value = salary.putObject("value");
        value.put("@type", "QuantitativeValue");
        value.put("minValue", minimum);
        value.put("maxValue", minimum + 200 + 100 * random.nextInt(8));
        value.put("unitText", "MONTH");
    }

    private static String workHours(List<String> regimes, Random random) {
        if (regimes.equals(List.of("PART_TIME"))) {
            return List.of("19 uur per week", "24 uur per week", "30 uur per week, 4 dagen").get(random.nextInt(3));
        }
        return List.of("38 uur per week, dagdienst", "38 uur per week in twee ploegen", "40 uur per week",
                "38 uur per week, soms op zaterdag").get(random.nextInt(4));
    }

    private String description(String language, Occupation occupation, String employer, Place place,
            List<String> regimes, @org.jspecify.annotations.Nullable String contract, char group, Random random) {
        var offer = some(EXTRAS, 3, random);
        var skills = some(language.equals("nl") ? SKILLS.getOrDefault(group, List.of()) : FOREIGN_SKILLS.get(language),
                3, random);
        return switch (language) {
            case "fr" -> "<p>" + employer + " à " + place.name() + " cherche un nouveau collègue.</p>"
                    + "<p><strong>Votre profil</strong></p><ul>" + items(skills) + "</ul>"
                    + "<p><strong>Notre offre</strong></p><ul><li>"
                    + (contract != null && contract.equals("PERMANENT") ? "un contrat à durée indéterminée" : "un contrat adapté")
                    + "</li><li>" + (regimes.contains("PART_TIME") ? "temps partiel possible" : "un temps plein")
                    + "</li><li>une équipe accueillante</li></ul>";
            case "en" -> "<p>" + employer + " in " + place.name() + " is looking for a new colleague.</p>"
                    + "<p><strong>What you bring</strong></p><ul>" + items(skills) + "</ul>"
                    + "<p><strong>What we offer</strong></p><ul><li>"
                    + (contract != null && contract.equals("PERMANENT") ? "a permanent contract" : "a fitting contract")
                    + "</li><li>" + (regimes.contains("PART_TIME") ? "part-time work" : "a full-time job")
                    + "</li><li>a friendly team</li></ul>";
            default -> "<p>" + employer + " in " + place.name() + " zoekt een nieuwe collega als "
                    + occupation.preferredLabel() + ".</p>"
                    + "<p><strong>Wat doe je?</strong></p><p>" + Html.escape(occupation.description()) + "</p>"
                    + "<p><strong>Wie ben je?</strong></p><ul>" + items(skills) + "</ul>"
                    + "<p><strong>Wat bieden we?</strong></p><ul><li>"
                    + (contract != null && contract.equals("PERMANENT") ? "een vast contract" : "een contract op maat")
                    + "</li>" + items(offer) + "</ul>";
        };
    }

    private static String items(List<String> texts) {
        var html = new StringBuilder();
        texts.forEach(text -> html.append("<li>").append(Html.escape(text)).append("</li>"));
        return html.toString();
    }

    private static List<String> some(List<String> from, int count, Random random) {
        var copy = new ArrayList<>(from);
        java.util.Collections.shuffle(copy, random);
        return copy.subList(0, Math.min(count, copy.size()));
    }

    private static <T> T pick(List<T> items, List<Integer> weights, Random random) {
        var total = 0;
        for (var weight : weights) {
            total += weight;
        }
        var roll = random.nextInt(total);
        for (int i = 0; i < items.size(); i++) {
            roll -= weights.get(i);
            if (roll < 0) {
                return items.get(i);
            }
        }
        return items.getLast();
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String slug(String name) {
        return BelgianPlaces.normalise(name).replace(' ', '-');
    }

    private static double round(double coordinate) {
        return Math.round(coordinate * 1_000_000) / 1_000_000.0;
    }
}
