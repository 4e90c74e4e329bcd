package be.werkwinkel.kiosk.cv.internal;

import be.werkwinkel.kiosk.base.KioskLanguage;
import be.werkwinkel.kiosk.cv.Cefr;
import be.werkwinkel.kiosk.cv.Cv;
import be.werkwinkel.kiosk.cv.CvCheck;
import be.werkwinkel.kiosk.cv.CvTemplate;
import be.werkwinkel.kiosk.cv.DrivingLicence;
import be.werkwinkel.kiosk.cv.FieldProblem;
import be.werkwinkel.kiosk.cv.JsonResume;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.path.PathType;
import com.networknt.schema.SpecificationVersion;
import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON Resume (schema v1, vendored from npm {@code @jsonresume/schema} 1.3.1) in and out of a
 * kiosk CV; the mapping is decision 018. An export says everything a kiosk CV holds, so that
 * export and import give back the same CV: CEFR levels as {@code languages[].cefr}, digital
 * skills and licences as marked {@code skills} entries (other tools show them as skills), and
 * the CV's language and template in {@code meta.werkwinkelKiosk}.
 */
final class JsonResumeFormat implements JsonResume {

    static final String SCHEMA_URL = "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json";
    /** Where the kiosk keeps what JSON Resume has no place for. */
    static final String META = "werkwinkelKiosk";
    /** The property that marks the kiosk's own skills entries. */
    static final String MARK = "werkwinkelKiosk";
    static final String DIGITAL_SKILLS = "digitalSkills";
    static final String DRIVING_LICENCES = "drivingLicences";
    /** A larger document is no CV: refused before it is parsed. */
    static final int MAX_CHARACTERS = 512 * 1024;

    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    private static final Pattern CEFR_CODE = Pattern.compile("\\b([ABC][12])\\b");
    private static final Pattern BIDI_CONTROLS = Pattern.compile("[\\u202A-\\u202E\\u2066-\\u2069]");
    private static final Pattern LINE_BREAKS = Pattern.compile("\\s*\\R\\s*");
    private static final Set<String> DATE_FIELDS = Set.of("startDate", "endDate", "date", "releaseDate");
    private static final List<String> SKILLS = List.of("listening", "reading", "spokenInteraction", "spokenProduction", "writing");

    /**
     * Fluency words as people write them (LinkedIn's five, the sample resumes', Dutch and French
     * ones), in the order they are tried: the first that occurs in the text decides.
     */
    private static final List<Map.Entry<Pattern, Optional<Cefr>>> FLUENCY = List.of(
            fluency("native|mother|moeder|maternel|bilingual|bilingue|tweetalig|first language", null),
            fluency("full professional|fluent|advanced|proficient|expert|vloeiend|courant|zeer goed|avancé|excellent", Cefr.C1),
            fluency("professional working|upper.intermediate|\\bgood\\b|\\bgoed\\b|\\bbonne?\\b|very good", Cefr.B2),
            fluency("limited working|intermediate|conversational|working|gemiddeld|intermédiaire|moyen|redelijk", Cefr.B1),
            fluency("elementary|basic|basis|notions|élémentaire|a little|een beetje", Cefr.A2),
            fluency("beginner|beginnend|débutant|starter|novice", Cefr.A1));

    private static final JsonMapper JSON = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(32).maxStringLength(64 * 1024).maxDocumentLength(MAX_CHARACTERS).build())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private final I18NProvider translations;
    private final CvCheck check;
    private final Schema schema;

    JsonResumeFormat(I18NProvider translations, CvCheck check) {
        this.translations = translations;
        this.check = check;
        try (InputStream in = JsonResumeFormat.class.getResourceAsStream("/cv/json-resume/schema.json")) {
            if (in == null) {
                throw new IllegalStateException("cv/json-resume/schema.json is missing");
            }
            // "format" stays an annotation (draft 7's default here): the URLs it would check are
            // dropped anyway, and CvCheck checks the e-mail address as the wizard does
            var config = SchemaRegistryConfig.builder().pathType(PathType.JSON_PATH).locale(Locale.ENGLISH)
                    .formatAssertionsEnabled(false).build();
            this.schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
                    registry -> registry.schemaRegistryConfig(config)).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map.Entry<Pattern, Optional<Cefr>> fluency(String words, @Nullable Cefr level) {
        return Map.entry(Pattern.compile(words, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), Optional.ofNullable(level));
    }

    // ---------------------------------------------------------------- export

    @Override
    public String export(Cv cv) {
        var texts = new PdfTexts(translations, cv.language());
        var root = JsonNodeFactory.instance.objectNode();
        root.put("$schema", SCHEMA_URL);
        var person = cv.person();
        var basics = root.putObject("basics");
        put(basics, "name", person.name());
        put(basics, "label", person.headline());
        put(basics, "email", person.email());
        put(basics, "phone", person.phone());
        put(basics, "summary", cv.aboutMe());
        if (!(person.street() + person.postcode() + person.place()).isBlank()) {
            var location = basics.putObject("location");
            put(location, "address", person.street());
            put(location, "postalCode", person.postcode());
            put(location, "city", person.place());
        }
        var work = root.putArray("work");
        for (var job : cv.jobs()) {
            var item = work.addObject();
            put(item, "name", job.employer());
            put(item, "position", job.title());
            put(item, "location", job.place());
            put(item, "startDate", job.from());
            put(item, "endDate", job.to());
            put(item, "summary", job.tasks());
        }
        var education = root.putArray("education");
        for (var study : cv.studies()) {
            var item = education.addObject();
            put(item, "institution", study.school());
            put(item, "area", study.qualification());
            put(item, "location", study.place()); // not in the schema, which allows it
            put(item, "startDate", study.from());
            put(item, "endDate", study.to());
            put(item, "summary", study.details()); // likewise
        }
        var skills = root.putArray("skills");
        for (var skill : cv.skills()) {
            skills.addObject().put("name", skill);
        }
        if (!cv.digitalSkills().isEmpty()) {
            var item = skills.addObject().put("name", texts.get("cv.pdf.section.digitalSkills")).put(MARK, DIGITAL_SKILLS);
            cv.digitalSkills().forEach(item.putArray("keywords")::add);
        }
        if (!cv.licences().isEmpty()) {
            var item = skills.addObject().put("name", texts.get("cv.pdf.section.licences")).put(MARK, DRIVING_LICENCES);
            EnumSet.copyOf(cv.licences()).forEach(licence -> item.withArray("keywords").add(licence.name()));
        }
        var languages = root.putArray("languages");
        for (var language : cv.languages()) {
            var item = languages.addObject().put("language", language.language());
            if (language.motherTongue()) {
                item.put("fluency", "Native speaker");
            } else {
                var levels = levels(language);
                var lowest = levels.stream().min(Enum::compareTo).orElseThrow();
                var highest = levels.stream().max(Enum::compareTo).orElseThrow();
                item.put("fluency", (lowest == highest ? lowest.name() : lowest.name() + "–" + highest.name()) + " (CEFR)");
                var cefr = item.putObject("cefr");
                for (int i = 0; i < SKILLS.size(); i++) {
                    cefr.put(SKILLS.get(i), levels.get(i).name());
                }
            }
        }
        root.putObject("meta").putObject(META)
                .put("version", 1)
                .put("language", cv.language().code())
                .put("template", cv.template().name());
        return JSON.writeValueAsString(root);
    }

    private static List<Cefr> levels(Cv.LanguageSkill language) {
        return Arrays.asList(language.listening(), language.reading(), language.spokenInteraction(),
                language.spokenProduction(), language.writing());
    }

    private static void put(ObjectNode node, String name, String value) {
        if (!value.isBlank()) {
            node.put(name, value);
        }
    }

    private static void put(ObjectNode node, String name, @Nullable YearMonth value) {
        if (value != null) {
            node.put(name, value.toString());
        }
    }

    // ---------------------------------------------------------------- import

    @Override
    public Cv read(String json, KioskLanguage language) {
        if (json.length() > MAX_CHARACTERS) {
            throw new Invalid(List.of("The document is larger than " + MAX_CHARACTERS / 1024 + " kB; a CV is much smaller."));
        }
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JacksonException notJson) {
            throw new Invalid(List.of("Not JSON: " + notJson.getOriginalMessage()
                    + Optional.ofNullable(notJson.getLocation()).map(at -> " (line " + at.getLineNr() + ", column "
                            + at.getColumnNr() + ")").orElse("")));
        }
        if (!(root instanceof ObjectNode resume)) {
            throw new Invalid(List.of("Not a JSON Resume: the document must be a JSON object."));
        }
        dropBlankStrings(resume);
        var reasons = new ArrayList<String>();
        schema.validate(resume).forEach(error -> reasons.add(error.toString()));
        checkDates(resume, "$", reasons);
        if (!reasons.isEmpty()) {
            throw new Invalid(reasons);
        }
        var reading = new Reading(resume, language);
        var cv = reading.cv();
        reasons.addAll(reading.reasons);
        if (reasons.isEmpty()) {
            for (var problem : check.problems(cv)) {
                reasons.add(reading.where(problem.field()) + ": " + explain(problem));
            }
        }
        if (!reasons.isEmpty()) {
            throw new Invalid(reasons);
        }
        return cv;
    }

    /**
     * An empty text means "nothing here" in the documents tools write (resume-cli's {@code init}
     * fills every field with ""), and the schema would refuse an empty date or e-mail address.
     */
    private static void dropBlankStrings(JsonNode node) {
        if (node instanceof ObjectNode object) {
            var blank = object.propertyStream().filter(entry -> entry.getValue().isString()
                    && entry.getValue().stringValue().isBlank()).map(Map.Entry::getKey).toList();
            blank.forEach(object::remove);
            object.values().forEach(JsonResumeFormat::dropBlankStrings);
        } else if (node instanceof ArrayNode array) {
            array.values().forEach(JsonResumeFormat::dropBlankStrings);
        }
    }

    /** The schema's date pattern lets 2021-13 and 2021-02-30 through; a CV cannot use them. */
    private static void checkDates(JsonNode node, String path, List<String> reasons) {
        if (node instanceof ObjectNode object) {
            object.propertyStream().forEach(entry -> {
                var at = path + "." + entry.getKey();
                if (DATE_FIELDS.contains(entry.getKey()) && entry.getValue().isString()) {
                    if (date(entry.getValue().stringValue()).isEmpty()) {
                        reasons.add(at + ": " + entry.getValue().stringValue() + " is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
                    }
                } else {
                    checkDates(entry.getValue(), at, reasons);
                }
            });
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                checkDates(array.get(i), path + "[" + i + "]", reasons);
            }
        }
    }

    /** A JSON Resume date as a month: a year alone is its January, a day counts only for validity. */
    private static Optional<YearMonth> date(String text) {
        var matcher = ISO_DATE.matcher(text.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            var year = Integer.parseInt(matcher.group(1));
            var month = matcher.group(2) == null ? 1 : Integer.parseInt(matcher.group(2));
            if (matcher.group(3) != null) {
                LocalDate.of(year, month, Integer.parseInt(matcher.group(3)));
            }
            return Optional.of(YearMonth.of(year, month));
        } catch (DateTimeException notADate) {
            return Optional.empty();
        }
    }

    private static String explain(FieldProblem problem) {
        return switch (problem.problem()) {
            case REQUIRED -> "is required";
            case TOO_LONG -> "is longer than " + problem.limit() + " characters";
            case TOO_MANY -> "has more than " + problem.limit() + " entries";
            case EMAIL -> "is not an e-mail address";
            case PHONE -> "is not a phone number";
            case POSTCODE -> "is not a postcode";
            case ENDS_BEFORE_START -> "ends before it starts";
            case IN_THE_FUTURE -> "lies in the future";
            case YEAR_OUT_OF_RANGE -> "is before " + CvCheck.FIRST_YEAR + " or too far ahead";
            case LEVEL_MISSING -> "has no level the kiosk can read: give a CEFR level (A1 to C2) or a word such as "
                    + "Native, Fluent, Intermediate or Beginner";
            case UNPRINTABLE -> "has characters that cannot be printed";
        };
    }

    /** One import: the CV, and where in the document each of its fields came from. */
    private static final class Reading {

        final JsonNode resume;
        final KioskLanguage fallback;
        final List<String> reasons = new ArrayList<>();
        /** Kiosk field path (prefix) → JSON path, for the reasons a CvCheck problem gives. */
        final Map<String, String> sources = new HashMap<>();

        Reading(JsonNode resume, KioskLanguage fallback) {
            this.resume = resume;
            this.fallback = fallback;
        }

        String where(String field) {
            var exact = sources.get(field);
            if (exact != null) {
                return exact;
            }
            var dot = field.lastIndexOf('.');
            while (dot > 0) {
                var prefix = sources.get(field.substring(0, dot + 1));
                if (prefix != null) {
                    return prefix + "." + field.substring(dot + 1);
                }
                dot = field.lastIndexOf('.', dot - 1);
            }
            return field;
        }

        Cv cv() {
            var meta = resume.path("meta").path(META);
            var language = KioskLanguage.byCode(meta.path("language").asString("")).orElse(fallback);
            var template = Arrays.stream(CvTemplate.values()).filter(t -> t.name().equals(meta.path("template").asString("")))
                    .findFirst().orElse(CvTemplate.EUROPASS);
            var basics = resume.path("basics");
            var location = basics.path("location");
            var person = new Cv.Person(text(basics, "name"), text(basics, "label"), text(basics, "email"),
                    text(basics, "phone"), oneLine(text(location, "address")), text(location, "postalCode"),
                    text(location, "city"));
            sources.putAll(Map.of("person.name", "$.basics.name", "person.headline", "$.basics.label",
                    "person.email", "$.basics.email", "person.phone", "$.basics.phone",
                    "person.street", "$.basics.location.address", "person.postcode", "$.basics.location.postalCode",
                    "person.place", "$.basics.location.city", "aboutMe", "$.basics.summary"));
            return new Cv(language, template, person, jobs(), studies(), languages(), digitalSkills(), licences(),
                    skills(), text(basics, "summary"));
        }

        private List<Cv.Job> jobs() {
            var jobs = new ArrayList<Cv.Job>();
            readJobs(jobs, "work", "name", "company");
            readJobs(jobs, "volunteer", "organization", "organization");
            sources.put("jobs", "$.work");
            return jobs;
        }

        private void readJobs(List<Cv.Job> jobs, String array, String employer, String olderEmployer) {
            var items = resume.path(array);
            for (int i = 0; i < items.size(); i++) {
                var item = items.get(i);
                var at = "$." + array + "[" + i + "]";
                var prefix = "jobs." + jobs.size() + ".";
                sources.putAll(Map.of(prefix + "title", at + ".position",
                        prefix + "employer", at + "." + (item.has(employer) ? employer : olderEmployer),
                        prefix + "place", at + ".location", prefix + "from", at + ".startDate",
                        prefix + "to", at + ".endDate", prefix + "tasks", at + ".summary"));
                var tasks = new ArrayList<String>();
                if (!text(item, "summary").isEmpty()) {
                    tasks.add(text(item, "summary"));
                }
                item.path("highlights").values().forEach(highlight -> tasks.add("- " + oneLine(clean(highlight.asString("")))));
                jobs.add(new Cv.Job(text(item, "position"), item.has(employer) ? text(item, employer) : text(item, olderEmployer),
                        text(item, "location"), month(item, "startDate"), month(item, "endDate"),
                        String.join("\n", tasks)));
            }
        }

        private List<Cv.Study> studies() {
            var studies = new ArrayList<Cv.Study>();
            var education = resume.path("education");
            for (int i = 0; i < education.size(); i++) {
                var item = education.get(i);
                var at = "$.education[" + i + "]";
                var prefix = "studies." + studies.size() + ".";
                sources.putAll(Map.of(prefix + "qualification", at + (item.has("area") ? ".area" : ".studyType"),
                        prefix + "school", at + ".institution", prefix + "place", at + ".location",
                        prefix + "from", at + ".startDate", prefix + "to", at + ".endDate", prefix + "details", at + ".summary"));
                var details = text(item, "summary");
                if (details.isEmpty()) {
                    details = item.path("courses").values().stream().map(course -> "- " + oneLine(clean(course.asString(""))))
                            .collect(Collectors.joining("\n"));
                }
                var qualification = String.join(" ", List.of(text(item, "studyType"), text(item, "area")).stream()
                        .filter(part -> !part.isEmpty()).toList());
                studies.add(new Cv.Study(qualification, text(item, "institution"), text(item, "location"),
                        month(item, "startDate"), month(item, "endDate"), details));
            }
            var certificates = resume.path("certificates");
            for (int i = 0; i < certificates.size(); i++) {
                var item = certificates.get(i);
                var date = month(item, "date");
                if (date == null) {
                    continue; // a study needs a month; a certificate without one is left out
                }
                var at = "$.certificates[" + i + "]";
                var prefix = "studies." + studies.size() + ".";
                sources.putAll(Map.of(prefix + "qualification", at + ".name", prefix + "school", at + ".issuer",
                        prefix + "from", at + ".date", prefix + "to", at + ".date"));
                studies.add(new Cv.Study(text(item, "name"), text(item, "issuer"), "", date, date, ""));
            }
            sources.put("studies", "$.education");
            return studies;
        }

        private List<Cv.LanguageSkill> languages() {
            var languages = new ArrayList<Cv.LanguageSkill>();
            var items = resume.path("languages");
            for (int i = 0; i < items.size(); i++) {
                var item = items.get(i);
                var at = "$.languages[" + i + "]";
                sources.put("languages." + i + ".language", at + ".language");
                sources.put("languages." + i + ".levels", at + ".fluency");
                var name = text(item, "language");
                var cefr = item.path("cefr");
                if (cefr.isObject()) {
                    var levels = new ArrayList<@Nullable Cefr>();
                    for (var skill : SKILLS) {
                        var level = cefr.path(skill).asString("");
                        levels.add(Arrays.stream(Cefr.values()).filter(c -> c.name().equals(level)).findFirst().orElse(null));
                    }
                    sources.put("languages." + i + ".levels", at + ".cefr");
                    languages.add(new Cv.LanguageSkill(name, false, levels.get(0), levels.get(1), levels.get(2),
                            levels.get(3), levels.get(4)));
                    continue;
                }
                var fluency = text(item, "fluency");
                var code = CEFR_CODE.matcher(fluency.toUpperCase(Locale.ROOT));
                if (code.find()) {
                    var level = Cefr.valueOf(code.group(1));
                    languages.add(new Cv.LanguageSkill(name, false, level, level, level, level, level));
                    continue;
                }
                var known = FLUENCY.stream().filter(entry -> entry.getKey().matcher(fluency).find()).findFirst();
                if (known.isEmpty()) {
                    // no level we can honestly give: CvCheck reports it as LEVEL_MISSING
                    languages.add(new Cv.LanguageSkill(name, false, null, null, null, null, null));
                } else if (known.get().getValue().isEmpty()) {
                    languages.add(Cv.LanguageSkill.motherTongue(name));
                } else {
                    var level = known.get().getValue().get();
                    languages.add(new Cv.LanguageSkill(name, false, level, level, level, level, level));
                }
            }
            return languages;
        }

        private List<String> skills() {
            var skills = new ArrayList<String>();
            var items = resume.path("skills");
            for (int i = 0; i < items.size(); i++) {
                var item = items.get(i);
                if (item.has(MARK)) {
                    continue;
                }
                sources.put("skills." + skills.size(), "$.skills[" + i + "].name");
                var name = oneLine(text(item, "name"));
                var keywords = item.path("keywords").values().stream().map(k -> oneLine(clean(k.asString(""))))
                        .filter(k -> !k.isEmpty()).collect(Collectors.joining(", "));
                var withKeywords = name + " (" + keywords + ")";
                skills.add(keywords.isEmpty() || name.isEmpty() || withKeywords.length() > CvCheck.TAG ? name : withKeywords);
            }
            sources.put("skills", "$.skills");
            return skills;
        }

        private List<String> digitalSkills() {
            var found = new ArrayList<String>();
            var items = resume.path("skills");
            for (int i = 0; i < items.size(); i++) {
                if (DIGITAL_SKILLS.equals(items.get(i).path(MARK).asString(""))) {
                    var keywords = items.get(i).path("keywords");
                    for (int k = 0; k < keywords.size(); k++) {
                        sources.put("digitalSkills." + found.size(), "$.skills[" + i + "].keywords[" + k + "]");
                        found.add(clean(keywords.get(k).asString("")));
                    }
                }
            }
            sources.put("digitalSkills", "$.skills");
            return found;
        }

        private Set<DrivingLicence> licences() {
            var found = new LinkedHashSet<DrivingLicence>();
            var items = resume.path("skills");
            for (int i = 0; i < items.size(); i++) {
                if (DRIVING_LICENCES.equals(items.get(i).path(MARK).asString(""))) {
                    var keywords = items.get(i).path("keywords");
                    for (int k = 0; k < keywords.size(); k++) {
                        var code = keywords.get(k).asString("").strip().toUpperCase(Locale.ROOT);
                        var licence = Arrays.stream(DrivingLicence.values()).filter(l -> l.name().equals(code)).findFirst();
                        if (licence.isPresent()) {
                            found.add(licence.get());
                        } else {
                            reasons.add("$.skills[" + i + "].keywords[" + k + "]: " + code + " is not a driving-licence category ("
                                    + Arrays.stream(DrivingLicence.values()).map(Enum::name).collect(Collectors.joining(", ")) + ")");
                        }
                    }
                }
            }
            return found;
        }

        private @Nullable YearMonth month(JsonNode item, String field) {
            var value = item.path(field);
            return value.isString() ? date(value.stringValue()).orElse(null) : null;
        }

        private static String text(JsonNode node, String field) {
            var value = node.path(field);
            return value.isString() ? clean(value.stringValue()) : "";
        }

        /** Bidirectional overrides are removed, as from vacancy feeds: they can make text read otherwise than it prints. */
        private static String clean(String text) {
            return BIDI_CONTROLS.matcher(text).replaceAll("").strip();
        }

        /** Lines the kiosk keeps on one line (an address, a keyword) joined by commas. */
        private static String oneLine(String text) {
            return LINE_BREAKS.matcher(text).replaceAll(", ");
        }
    }
}
