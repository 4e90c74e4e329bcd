package be.werkwinkel.kiosk.vacancy.ingest;

import static be.werkwinkel.kiosk.vacancy.ingest.FeedReading.posting;
import static be.werkwinkel.kiosk.vacancy.ingest.FeedReading.rejection;
import static be.werkwinkel.kiosk.vacancy.ingest.FeedReading.vacancy;
import static be.werkwinkel.kiosk.vacancy.ingest.FeedReading.warning;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import be.werkwinkel.kiosk.vacancy.ContractType;
import be.werkwinkel.kiosk.vacancy.EducationLevel;
import be.werkwinkel.kiosk.vacancy.ExperienceLevel;
import be.werkwinkel.kiosk.vacancy.Sector;
import be.werkwinkel.kiosk.vacancy.Vacancy;
import be.werkwinkel.kiosk.vacancy.WorkRegime;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each schema.org field onto the kiosk's Vacancy, the way real feeds write it. */
class JobPostingMappingTest {

    @Test
    void a_full_posting_maps_every_field() {
        var vacancy = vacancy("""
                {
                  "@context": "https://schema.org/",
                  "@type": "JobPosting",
                  "identifier": {"@type": "PropertyValue", "name": "VDAB", "value": "V-2025-0001"},
                  "title": "Heftruckchauffeur (m/v/x)",
                  "description": "<p>Je laadt en lost <strong>vrachtwagens</strong>.</p><ul><li>ploegen</li></ul>",
                  "datePosted": "2025-03-01T08:00:00+01:00",
                  "validThrough": "2025-04-30T23:59:59+02:00",
                  "employmentType": ["FULL_TIME", "PERMANENT"],
                  "hiringOrganization": {"@type": "Organization", "name": "Haven &amp; Co"},
                  "jobLocation": {"@type": "Place",
                    "address": {"@type": "PostalAddress", "streetAddress": "Havenlaan 1", "postalCode": "2000",
                                "addressLocality": "Antwerpen"},
                    "geo": {"@type": "GeoCoordinates", "latitude": "51.23", "longitude": "4.40"}},
                  "occupationalCategory": "8344",
                  "educationRequirements": {"@type": "EducationalOccupationalCredential",
                                            "credentialCategory": "high school", "name": "Diploma secundair onderwijs"},
                  "experienceRequirements": {"@type": "OccupationalExperienceRequirements", "monthsOfExperience": 12},
                  "skills": "heftruck, rijbewijs B; veiligheid",
                  "workHours": "ploegen 6-14 / 14-22",
                  "baseSalary": {"@type": "MonetaryAmount", "currency": "EUR",
                    "value": {"@type": "QuantitativeValue", "minValue": 2400, "maxValue": "2.850,50", "unitText": "MONTH"}},
                  "inLanguage": "nl-BE",
                  "url": "https://vacatures.example.be/V-2025-0001",
                  "directApply": true,
                  "applicationContact": {"@type": "ContactPoint", "name": "Els Peeters", "email": "mailto:jobs@haven.example",
                                         "telephone": "+32 3 123 45 67", "url": "https://haven.example/solliciteer"}
                }""");

        assertThat(vacancy.id()).isNull();
        assertThat(vacancy.source()).isEqualTo("test");
        assertThat(vacancy.identifier()).isEqualTo("V-2025-0001");
        assertThat(vacancy.title()).isEqualTo("Heftruckchauffeur (m/v/x)");
        assertThat(vacancy.descriptionHtml())
                .isEqualTo("<p>Je laadt en lost <strong>vrachtwagens</strong>.</p><ul><li>ploegen</li></ul>");
        assertThat(vacancy.descriptionText()).isEqualTo("Je laadt en lost vrachtwagens. ploegen");
        assertThat(vacancy.datePosted()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(vacancy.validThrough()).isEqualTo(LocalDate.of(2025, 4, 30));
        assertThat(vacancy.regimes()).containsExactly(WorkRegime.FULL_TIME);
        assertThat(vacancy.contracts()).containsExactly(ContractType.PERMANENT);
        assertThat(vacancy.employer()).isEqualTo("Haven & Co");
        assertThat(vacancy.location()).isEqualTo(new Vacancy.Location("2000", "Antwerpen", "Havenlaan 1", 51.23, 4.40));
        assertThat(vacancy.sector()).isEqualTo(Sector.MACHINE_OPERATORS);
        assertThat(vacancy.education()).isEqualTo(EducationLevel.SECONDARY);
        assertThat(vacancy.educationText()).isEqualTo("Diploma secundair onderwijs");
        assertThat(vacancy.experience()).isEqualTo(ExperienceLevel.UP_TO_TWO_YEARS);
        assertThat(vacancy.skills()).containsExactly("heftruck", "rijbewijs B", "veiligheid");
        assertThat(vacancy.workHours()).isEqualTo("ploegen 6-14 / 14-22");
        assertThat(vacancy.salary()).isEqualTo(
                new Vacancy.Salary(new BigDecimal("2400.00"), new BigDecimal("2850.50"), "EUR", "MONTH"));
        assertThat(vacancy.language()).isEqualTo("nl");
        assertThat(vacancy.url()).isEqualTo("https://vacatures.example.be/V-2025-0001");
        assertThat(vacancy.directApply()).isTrue();
        assertThat(vacancy.applicationContact()).isEqualTo(new Vacancy.ApplicationContact("Els Peeters",
                "jobs@haven.example", "+32 3 123 45 67", "https://haven.example/solliciteer"));
    }

    @Test
    void a_minimal_posting_gets_defaults_for_what_it_leaves_out() {
        var vacancy = vacancy(posting());

        assertThat(vacancy.employer()).isEmpty();
        assertThat(vacancy.language()).isEqualTo("nl");
        assertThat(vacancy.contracts()).isEmpty();
        assertThat(vacancy.regimes()).isEmpty();
        assertThat(vacancy.location()).isEqualTo(new Vacancy.Location(null, null, null, null, null));
        assertThat(vacancy.salary()).isNull();
        assertThat(vacancy.applicationContact()).isNull();
        assertThat(vacancy.directApply()).isFalse();
        assertThat(vacancy.skills()).isEmpty();
    }

    @ParameterizedTest(name = "identifier {0} is read as {1}")
    @CsvSource(delimiter = '|', textBlock = """
            "A-12"                                   | A-12
            "  spaced  "                              | spaced
            12345                                    | 12345
            {"@type": "PropertyValue", "value": 987}  | 987
            [{"@type": "PropertyValue", "value": "first"}, "second"] | first
            """)
    void an_identifier_may_be_text_a_number_or_a_property_value(String json, String expected) {
        var feed = posting().replace("\"identifier\":\"job-1\"", "\"identifier\":" + json);

        assertThat(vacancy(feed).identifier()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} means contracts [{1}] and regimes [{2}]")
    @CsvSource(delimiter = '|', textBlock = """
            "FULL_TIME"                         |                        | FULL_TIME
            "PART_TIME"                         |                        | PART_TIME
            ["PART_TIME", "TEMPORARY"]          | TEMPORARY              | PART_TIME
            ["FULL_TIME", "PART_TIME"]          |                        | FULL_TIME PART_TIME
            "CONTRACTOR"                        | CONTRACTOR             |
            "INTERN"                            | INTERNSHIP             |
            "VOLUNTEER"                         | VOLUNTEER              |
            "PER_DIEM"                          | DAY_CONTRACT           |
            "OTHER"                             | OTHER                  |
            "PERMANENT"                         | PERMANENT              |
            ["VAST", "Voltijds"]                | PERMANENT              | FULL_TIME
            "Full-time, permanent"              | PERMANENT              | FULL_TIME
            ["TEMPORARY", "PERMANENT", "SOMETHING_NEW"] | PERMANENT TEMPORARY |
            """)
    void employment_types_give_contracts_and_regimes(String json, String contracts, String regimes) {
        var feed = posting().replace("\"title\"", "\"employmentType\":" + json + ",\"title\"");

        var vacancy = vacancy(feed);

        assertThat(vacancy.contracts()).isEqualTo(enums(ContractType.class, contracts));
        assertThat(vacancy.regimes()).isEqualTo(enums(WorkRegime.class, regimes));
    }

    @ParameterizedTest(name = "{0} was posted on {1} in Belgium")
    @CsvSource(textBlock = """
            2025-03-01,                2025-03-01
            2025-03-01T10:00:00,       2025-03-01
            2025-03-01T23:30:00Z,      2025-03-02
            2025-03-01T23:30:00+01:00, 2025-03-01
            2025-03-01T10:00:00+0100,  2025-03-01
            2025-03-01 22:00:00-05,    2025-03-02
            2025-03-01T10:00:00.123+01:00[Europe/Brussels], 2025-03-01
            """)
    void dates_and_date_times_with_any_offset_are_read(String datePosted, LocalDate expected) {
        assertThat(vacancy(posting("datePosted", datePosted)).datePosted()).isEqualTo(expected);
    }

    @Test
    void an_employer_may_be_a_name_or_an_organisation() {
        assertThat(vacancy(posting("hiringOrganization", "Stad Gent")).employer()).isEqualTo("Stad Gent");
        assertThat(vacancy(posting("hiringOrganization", Map.of("@type", "Organization", "name", "<b>Colruyt</b>")))
                .employer()).isEqualTo("Colruyt");
    }

    @Test
    void a_location_without_geo_gets_the_coordinates_of_its_postcode() {
        var location = vacancy(posting("jobLocation", List.of(Map.of("@type", "Place",
                "address", Map.of("postalCode", "B-9000", "addressLocality", "Gent"))))).location();

        assertThat(location.postcode()).isEqualTo("9000");
        assertThat(location.latitude()).isEqualTo(51.05, offset(0.05));
        assertThat(location.longitude()).isEqualTo(3.72, offset(0.05));
    }

    @Test
    void a_location_given_as_one_line_of_text_is_split() {
        var location = vacancy(posting("jobLocation", Map.of("address", "Kerkstraat 12, 3000 Leuven"))).location();

        assertThat(location.streetAddress()).isEqualTo("Kerkstraat 12");
        assertThat(location.postcode()).isEqualTo("3000");
        assertThat(location.locality()).isEqualTo("Leuven");
        assertThat(location.hasCoordinates()).isTrue();
    }

    @Test
    void swapped_coordinates_are_put_right_and_numbers_with_a_comma_are_read() {
        var location = vacancy(posting("jobLocation", Map.of("geo", Map.of("latitude", "4,35", "longitude", 50.85))))
                .location();

        assertThat(location.latitude()).isEqualTo(50.85);
        assertThat(location.longitude()).isEqualTo(4.35);
    }

    @Test
    void a_locality_without_postcode_is_looked_up_by_name() {
        var location = vacancy(posting("jobLocation", Map.of("address", Map.of("addressLocality", "Sint-Niklaas"))))
                .location();

        assertThat(location.postcode()).isNull();
        assertThat(location.latitude()).isEqualTo(51.16, offset(0.05));
    }

    @Test
    void a_sector_comes_from_an_isco_code_in_any_form() {
        assertThat(vacancy(posting("occupationalCategory", "8332")).sector()).isEqualTo(Sector.MACHINE_OPERATORS);
        assertThat(vacancy(posting("occupationalCategory", "8332.2")).sector()).isEqualTo(Sector.MACHINE_OPERATORS);
        assertThat(vacancy(posting("occupationalCategory",
                Map.of("@type", "CategoryCode", "codeValue", "2512", "inCodeSet", "ISCO-08"))).sector())
                .isEqualTo(Sector.PROFESSIONALS);
        assertThat(vacancy(posting("industry", "5120")).sector()).isEqualTo(Sector.SERVICE_AND_SALES);
    }

    @Test
    void the_feeds_code_wins_over_the_title() {
        var vacancy = vacancy(posting("title", "Slager", "occupationalCategory", "9412"));

        assertThat(vacancy.sector()).isEqualTo(Sector.ELEMENTARY);
        assertThat(vacancy.occupation()).as("slager is not an ISCO 9 occupation").isNull();
    }

    @Test
    void without_a_code_the_title_is_matched_to_an_esco_occupation() {
        var vacancy = vacancy(posting("title", "Slager (m/v/x)"));

        assertThat(vacancy.sector()).isEqualTo(Sector.CRAFT_AND_TRADES);
        assertThat(vacancy.occupation()).isEqualTo("slager");
    }

    @Test
    void a_title_matches_in_any_case_and_without_accents_or_gender_markers() {
        var vacancy = vacancy(posting("title", "SLAGER - m/v/x"));

        assertThat(vacancy.occupation()).isEqualTo("slager");
        assertThat(vacancy.sector()).isEqualTo(Sector.CRAFT_AND_TRADES);
    }

    @Test
    void an_occupation_named_in_a_longer_title_is_found() {
        var vacancy = vacancy(posting("title", "Ervaren slager voor onze winkel in Gent"));

        assertThat(vacancy.occupation()).isEqualTo("slager");
    }

    @Test
    void a_title_that_names_no_occupation_leaves_the_sector_unknown() {
        var vacancy = vacancy(posting("title", "Word jij onze nieuwe collega?"));

        assertThat(vacancy.sector()).isNull();
        assertThat(vacancy.occupation()).isNull();
    }

    @Test
    void an_occupational_category_text_is_the_occupation_and_gives_the_sector() {
        var vacancy = vacancy(posting("title", "Collega gezocht", "occupationalCategory", "Slager"));

        assertThat(vacancy.occupation()).isEqualTo("Slager");
        assertThat(vacancy.sector()).isEqualTo(Sector.CRAFT_AND_TRADES);
    }

    @ParameterizedTest(name = "\"{0}\" asks for {1}")
    @CsvSource(delimiter = '|', textBlock = """
            "Diploma secundair onderwijs"                          | SECONDARY
            "Geen diploma vereist"                                 | NONE_REQUIRED
            "Master en sciences de gestion"                        | MASTER
            "Professionele bachelor of master"                     | BACHELOR
            "HBO5 Verpleegkunde"                                   | HIGHER_VOCATIONAL
            {"credentialCategory": "bachelor degree"}              | BACHELOR
            {"credentialCategory": "postgraduate degree"}          | MASTER
            {"credentialCategory": {"@type": "DefinedTerm", "name": "associate degree"}} | HIGHER_VOCATIONAL
            "Rijbewijs B"                                          |
            """)
    void education_requirements_give_a_level_and_keep_the_text(String json, EducationLevel expected) {
        var feed = posting().replace("\"title\"", "\"educationRequirements\":" + json + ",\"title\"");

        var vacancy = vacancy(feed);

        assertThat(vacancy.education()).isEqualTo(expected);
        assertThat(vacancy.educationText()).isNotBlank();
    }

    @ParameterizedTest(name = "\"{0}\" asks for {1}")
    @CsvSource(delimiter = '|', textBlock = """
            {"monthsOfExperience": 36}                              | TWO_TO_FIVE_YEARS
            {"monthsOfExperience": "0"}                             | NONE
            {"monthsOfExperience": 72, "description": "6 jaar"}     | MORE_THAN_FIVE_YEARS
            "Geen ervaring nodig, wij leiden je op"                 | NONE
            "No experience required"                                | NONE
            "Sans expérience"                                       | NONE
            "Minstens 3 jaar ervaring in de bouw"                   | TWO_TO_FIVE_YEARS
            "2-5 jaar"                                              | UP_TO_TWO_YEARS
            "1 year"                                                | UP_TO_TWO_YEARS
            "minimum six ans"                                       | MORE_THAN_FIVE_YEARS
            "Ervaring is een plus"                                  |
            """)
    void experience_requirements_give_a_level(String json, ExperienceLevel expected) {
        var feed = posting().replace("\"title\"", "\"experienceRequirements\":" + json + ",\"title\"");

        assertThat(vacancy(feed).experience()).isEqualTo(expected);
    }

    @Test
    void experience_text_is_kept() {
        var vacancy = vacancy(posting("experienceRequirements", "Minstens 3 jaar ervaring"));

        assertThat(vacancy.experienceText()).isEqualTo("Minstens 3 jaar ervaring");
    }

    @Test
    void skills_may_be_a_comma_list_a_list_or_defined_terms_and_duplicates_go() {
        assertThat(vacancy(posting("skills", "Excel,  Word ; excel")).skills()).containsExactly("Excel", "Word");
        assertThat(vacancy(posting("skills", List.of("lassen", Map.of("@type", "DefinedTerm", "name", "slijpen"))))
                .skills()).containsExactly("lassen", "slijpen");
    }

    @Test
    void a_salary_may_be_a_plain_number_or_an_amount_per_period() {
        assertThat(vacancy(posting("baseSalary", 2500)).salary())
                .isEqualTo(new Vacancy.Salary(new BigDecimal("2500.00"), new BigDecimal("2500.00"), "EUR", "MONTH"));
        assertThat(vacancy(posting("baseSalary", Map.of("currency", "EUR",
                "value", Map.of("value", "15,75", "unitText", "uur")))).salary())
                .isEqualTo(new Vacancy.Salary(new BigDecimal("15.75"), new BigDecimal("15.75"), "EUR", "HOUR"));
        assertThat(vacancy(posting("baseSalary", Map.of("value", 42000, "unitText", "YEAR"))).salary())
                .isEqualTo(new Vacancy.Salary(new BigDecimal("42000.00"), new BigDecimal("42000.00"), "EUR", "YEAR"));
    }

    @Test
    void an_impossible_salary_is_left_out_with_a_note_and_the_posting_imports() {
        assertThat(warning(posting("baseSalary", -5))).isEqualTo("baseSalary -5 is not a plausible amount; left out");
        assertThat(warning(posting("baseSalary", Map.of("value", Map.of("minValue", 3000, "maxValue", 2000)))))
                .isEqualTo("baseSalary minValue 3000.00 is above maxValue 2000.00; left out");
        assertThat(warning(posting("baseSalary", Map.of("value", 10, "unitText", "FORTNIGHT"))))
                .isEqualTo("baseSalary unitText 'FORTNIGHT' is not HOUR, DAY, WEEK, MONTH or YEAR; left out");
        assertThat(vacancy(posting("baseSalary", -5)).salary()).isNull();
    }

    @Test
    void a_salary_written_as_text_is_read_and_one_without_an_amount_is_left_out() {
        assertThat(vacancy(posting("baseSalary", "€2.500 bruto")).salary())
                .isEqualTo(new Vacancy.Salary(new BigDecimal("2500.00"), new BigDecimal("2500.00"), "EUR", "MONTH"));
        assertThat(vacancy(posting("baseSalary", "2.500 - 3.000,50 euro")).salary())
                .isEqualTo(new Vacancy.Salary(new BigDecimal("2500.00"), new BigDecimal("3000.50"), "EUR", "MONTH"));
        assertThat(vacancy(posting("baseSalary", Map.of("currency", "USD", "value",
                Map.of("@type", "QuantitativeValue", "value", "$100,000", "unitText", "YEAR")))).salary())
                .isEqualTo(new Vacancy.Salary(new BigDecimal("100000.00"), new BigDecimal("100000.00"), "USD", "YEAR"));
        assertThat(vacancy(posting("baseSalary", 42000, "salaryCurrency", "GBP")).salary().currency()).isEqualTo("GBP");
        assertThat(warning(posting("baseSalary", "Negotiable")))
                .isEqualTo("baseSalary 'Negotiable' is not an amount; left out");
        assertThat(warning(posting("baseSalary", Map.of("@type", "MonetaryAmount", "currency", "EUR",
                "value", Map.of("@type", "QuantitativeValue"))))).isEqualTo("baseSalary has no amount; left out");
    }

    @Test
    void the_language_may_be_a_code_a_name_or_a_language_object() {
        assertThat(vacancy(posting("inLanguage", "fr-BE")).language()).isEqualTo("fr");
        assertThat(vacancy(posting("inLanguage", "Engels")).language()).isEqualTo("en");
        assertThat(vacancy(posting("inLanguage", Map.of("@type", "Language", "name", "Deutsch", "alternateName", "de")))
                .language()).isEqualTo("de");
        assertThat(warning(posting("inLanguage", "Klingon")))
                .isEqualTo("inLanguage 'Klingon' is not a language; guessed nl from the text");
    }

    @Test
    void without_in_language_the_language_is_guessed_from_the_text() {
        assertThat(vacancy(posting("title", "Warehouse operator", "description",
                "We are looking for a warehouse operator to join our team in Antwerp. You will load and unload "
                        + "the trucks and keep the stock in order.")).language()).isEqualTo("en");
        assertThat(vacancy(posting("title", "Magasinier", "description",
                "Nous cherchons un magasinier pour notre entrepôt. Vous chargez et déchargez les camions et vous "
                        + "tenez le stock en ordre.")).language()).isEqualTo("fr");
        assertThat(vacancy(posting("title", "Lagerarbeiter", "description",
                "Wir suchen einen Lagerarbeiter für unser Lager in Eupen. Sie laden und entladen die Lastwagen und "
                        + "halten den Bestand in Ordnung.")).language()).isEqualTo("de");
        assertThat(vacancy(posting("title", "Magazijnier", "description",
                "Wij zoeken een magazijnier voor ons magazijn in Gent. Je laadt en lost de vrachtwagens en je "
                        + "houdt de voorraad op orde.")).language()).isEqualTo("nl");
    }

    @Test
    void direct_apply_may_be_a_boolean_or_its_text() {
        assertThat(vacancy(posting("directApply", "TRUE")).directApply()).isTrue();
        assertThat(vacancy(posting("directApply", false)).directApply()).isFalse();
    }

    @Test
    void an_application_contact_is_validated_and_left_out_when_it_is_not_one() {
        assertThat(warning(posting("applicationContact", Map.of("email", "not an address"))))
                .isEqualTo("applicationContact email 'not an address' is not an e-mail address; left out");
        assertThat(warning(posting("applicationContact", Map.of("telephone", "bel ons"))))
                .isEqualTo("applicationContact telephone 'bel ons' is not a telephone number; left out");
        assertThat(vacancy(posting("applicationContact", Map.of("telephone", "bel ons"))).applicationContact()).isNull();
    }

    // --- description HTML

    @Test
    void scripts_styles_event_handlers_and_javascript_links_are_stripped_and_the_text_kept() {
        var vacancy = vacancy(posting("description", """
                <script>alert('x')</script><style>p { color: red }</style>
                <p onclick="steal()" style="font-size: 90px">Wij zoeken een <a href="javascript:evil()">kok</a>.</p>
                <img src="x" onerror="alert(1)"><iframe src="https://evil.example"></iframe>
                <h2>Profiel</h2><div>Je bent <b>flexibel</b> en <em>stipt</em>.</div>"""));

        assertThat(vacancy.descriptionHtml()).doesNotContain("script", "style", "onclick", "javascript", "href",
                "img", "onerror", "iframe", "alert", "color");
        assertThat(vacancy.descriptionHtml()).contains("<p>Wij zoeken een kok.</p>",
                "<p><strong>Profiel</strong></p>", "<p>Je bent <b>flexibel</b> en <em>stipt</em>.</p>");
        assertThat(vacancy.descriptionText()).isEqualTo("Wij zoeken een kok. Profiel Je bent flexibel en stipt.");
    }

    @Test
    void a_plain_text_description_becomes_paragraphs_and_line_breaks() {
        var vacancy = vacancy(posting("description", "Eerste alinea\nmet een tweede regel.\n\nTweede alinea & meer."));

        assertThat(vacancy.descriptionHtml())
                .isEqualTo("<p>Eerste alinea<br>met een tweede regel.</p><p>Tweede alinea &amp; meer.</p>");
    }

    @Test
    void a_description_escaped_twice_is_unescaped_once_and_still_cleaned() {
        var vacancy = vacancy(posting("description", "&lt;p&gt;Hallo&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;"));

        assertThat(vacancy.descriptionHtml()).isEqualTo("<p>Hallo</p>");
    }

    @Test
    void markup_in_a_title_is_removed() {
        assertThat(vacancy(posting("title", "<b>Kok</b> &amp; afwasser")).title()).isEqualTo("Kok & afwasser");
    }

    private static <E extends Enum<E>> Set<E> enums(Class<E> type, String names) {
        if (names == null || names.isBlank()) {
            return Set.of();
        }
        return java.util.Arrays.stream(names.strip().split("\\s+")).map(name -> Enum.valueOf(type, name))
                .collect(java.util.stream.Collectors.toSet());
    }
}
