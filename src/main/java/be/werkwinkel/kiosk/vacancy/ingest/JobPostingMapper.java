package be.werkwinkel.kiosk.vacancy.ingest;

import static be.werkwinkel.kiosk.vacancy.ingest.JsonFields.absent;
import static be.werkwinkel.kiosk.vacancy.ingest.JsonFields.describe;
import static be.werkwinkel.kiosk.vacancy.ingest.JsonFields.elements;
import static be.werkwinkel.kiosk.vacancy.ingest.JsonFields.shorten;
import static be.werkwinkel.kiosk.vacancy.ingest.JsonFields.text;
import static be.werkwinkel.kiosk.vacancy.ingest.JsonFields.textOf;
import static be.werkwinkel.kiosk.vacancy.ingest.JsonFields.texts;

import be.werkwinkel.kiosk.vacancy.ContractType;
import be.werkwinkel.kiosk.vacancy.EducationLevel;
import be.werkwinkel.kiosk.vacancy.ExperienceLevel;
import be.werkwinkel.kiosk.reference.Place;
import be.werkwinkel.kiosk.vacancy.Sector;
import be.werkwinkel.kiosk.vacancy.Vacancy;
import be.werkwinkel.kiosk.vacancy.WorkRegime;
import be.werkwinkel.kiosk.reference.BelgianPlaces;
import be.werkwinkel.kiosk.reference.EscoOccupations;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Maps one schema.org {@code JobPosting} (as a JSON tree) to a {@link Vacancy}, validating every
 * field. A record that cannot be used throws {@link RejectedRecord} with the reason.
 *
 * <p>Strict about what would put wrong or unsafe data on screen (a wrong type, a non-http link, an
 * absurd size, an impossible date), lenient about vocabulary: an {@code employmentType} it does
 * not know is ignored, and free texts such as working hours are cut to their column's size.
 */
final class JobPostingMapper {

    static final int MAX_IDENTIFIER = 200;
    static final int MAX_TITLE = 300;
    static final int MAX_DESCRIPTION = 100_000;
    static final int MAX_NAME = 300;
    static final int MAX_URL = 2000;
    static final int MAX_SKILLS = 100;
    static final int MAX_SKILL = 200;
    /** No kiosk shows vacancies older than this; an earlier date is a data error. */
    static final LocalDate EARLIEST_POSTING = LocalDate.of(2000, 1, 1);
    static final BigDecimal MAX_SALARY = new BigDecimal("9999999999.99");

    /** Belgium's rough bounding box: coordinates outside it are a data error, not a Belgian job. */
    static final double MIN_LATITUDE = 49.4;
    static final double MAX_LATITUDE = 51.6;
    static final double MIN_LONGITUDE = 2.5;
    static final double MAX_LONGITUDE = 6.5;

    private static final Set<String> JOB_POSTING_TYPES = Set.of("JobPosting", "schema:JobPosting",
            "http://schema.org/JobPosting", "https://schema.org/JobPosting");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    private static final Pattern ISCO_CODE = Pattern.compile("(\\d{1,4}(?:\\.\\d+)*)(?:\\s*[-–:]\\s*|\\s+|$)(.*)");
    private static final Pattern POSTCODE_PREFIX = Pattern.compile("^(?:B|BE)\\s*-?\\s*(?=\\d{4}$)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ADDRESS_LINE = Pattern.compile(
            "^(.*?)[,\\s]*(?:(?:B|BE)-)?\\b(\\d{4})\\s+([^,\\d][^,]*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"'(),;:]+@[^@\\s<>\"'(),;:]+\\.[A-Za-z]{2,}");
    private static final Pattern TELEPHONE = Pattern.compile("[0-9+()./\\s-]{6,40}");
    private static final Pattern URL_SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final Pattern SKILL_SEPARATORS = Pattern.compile("[,;\\n]");
    private static final Pattern SPACE_BEFORE_TIME = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}) (?=\\d)");
    private static final Pattern OFFSET_WITHOUT_COLON = Pattern.compile("(T.*[+-]\\d{2})(\\d{2})$");
    private static final Pattern OFFSET_HOURS_ONLY = Pattern.compile("(T.*[+-]\\d{2})$");

    /** The outcome of mapping a record that is not rejected. */
    sealed interface Outcome {

        record Valid(Vacancy vacancy) implements Outcome {
        }

        /** Its {@code validThrough} has passed: the feed withdraws it. */
        record Expired(LocalDate validThrough) implements Outcome {
        }
    }

    private final OccupationMatcher occupations;
    private final BelgianPlaces places;
    private final Clock clock;

    JobPostingMapper(EscoOccupations occupations, BelgianPlaces places, Clock clock) {
        this.occupations = new OccupationMatcher(occupations);
        this.places = places;
        this.clock = clock;
    }

    /** The values of {@code @type}; empty when it has none. */
    static List<String> types(JsonNode node) {
        var type = node.get("@type");
        if (absent(type)) {
            return List.of();
        }
        var result = new ArrayList<String>();
        for (var element : elements(type)) {
            if (element.isString()) {
                result.add(element.stringValue().strip());
            }
        }
        return result;
    }

    static boolean isJobPosting(List<String> types) {
        return types.stream().anyMatch(JOB_POSTING_TYPES::contains);
    }

    /** The record's identifier: a text, a whole number or a {@code PropertyValue}; null when it has none. */
    static @Nullable String identifier(JsonNode posting) {
        var identifier = identifierOf(posting.get("identifier"));
        if (identifier == null) {
            return null;
        }
        if (identifier.length() > MAX_IDENTIFIER) {
            throw new RejectedRecord("identifier is longer than " + MAX_IDENTIFIER + " characters");
        }
        if (CONTROL.matcher(identifier).find()) {
            throw new RejectedRecord("identifier contains control characters");
        }
        return identifier;
    }

    private static @Nullable String identifierOf(@Nullable JsonNode value) {
        if (absent(value)) {
            return null;
        }
        if (value.isString()) {
            var text = value.stringValue().strip();
            return text.isEmpty() ? null : text;
        }
        if (value.isIntegralNumber()) {
            return value.bigIntegerValue().toString();
        }
        if (value.isObject()) {
            var propertyValue = identifierOf(value.get("value"));
            if (propertyValue == null) {
                throw new RejectedRecord("identifier: a PropertyValue without a value");
            }
            return propertyValue;
        }
        if (value.isArray()) {
            for (var element : value) {
                var identifier = identifierOf(element);
                if (identifier != null) {
                    return identifier;
                }
            }
            return null;
        }
        throw new RejectedRecord("identifier: expected text or a whole number, got " + describe(value));
    }

    /** Maps a JobPosting whose identifier has already been read. */
    Outcome map(JsonNode posting, String identifier, String source) {
        var today = LocalDate.now(clock);
        var validThrough = date(posting, "validThrough");
        if (validThrough != null && validThrough.isBefore(today)) {
            return new Outcome.Expired(validThrough);
        }
        var title = title(posting);
        var datePosted = date(posting, "datePosted");
        if (datePosted == null) {
            throw new RejectedRecord("datePosted is missing");
        }
        if (datePosted.isAfter(today.plusDays(1))) {
            throw new RejectedRecord("datePosted " + datePosted + " is in the future");
        }
        if (datePosted.isBefore(EARLIEST_POSTING)) {
            throw new RejectedRecord("datePosted " + datePosted + " is before " + EARLIEST_POSTING);
        }
        if (validThrough != null && validThrough.isBefore(datePosted)) {
            throw new RejectedRecord("validThrough " + validThrough + " is before datePosted " + datePosted);
        }
        var rawDescription = text(posting, "description");
        if (rawDescription != null && rawDescription.length() > MAX_DESCRIPTION) {
            throw new RejectedRecord("description is longer than " + MAX_DESCRIPTION + " characters ("
                    + rawDescription.length() + ")");
        }
        var description = rawDescription == null ? new HtmlText.Description("", "") : HtmlText.sanitise(rawDescription);
        var employmentTypes = texts(posting.get("employmentType"), "employmentType").stream()
                .flatMap(value -> SKILL_SEPARATORS.splitAsStream(value).map(String::strip)).toList();
        var contracts = EnumSet.noneOf(ContractType.class);
        var regimes = EnumSet.noneOf(WorkRegime.class);
        for (var type : employmentTypes) {
            Vocabulary.contract(type).ifPresent(contracts::add);
            Vocabulary.regime(type).ifPresent(regimes::add);
        }
        var occupation = occupation(posting, title);
        var education = education(posting.get("educationRequirements"));
        var experience = experience(posting.get("experienceRequirements"));
        return new Outcome.Valid(new Vacancy(null, source, identifier, title, description.html(), description.text(),
                datePosted, validThrough, contracts, regimes, employer(posting.get("hiringOrganization")),
                location(posting.get("jobLocation")), occupation.sector(), occupation.label(), education.level(),
                education.text(), experience.level(), experience.text(), skills(posting.get("skills")),
                cut(plainText(posting, "workHours"), 300), salary(posting.get("baseSalary")),
                language(posting.get("inLanguage")), httpUrl(text(posting, "url"), "url"),
                directApply(posting.get("directApply")), contact(posting.get("applicationContact"))));
    }

    private static String title(JsonNode posting) {
        var raw = text(posting, "title");
        var title = raw == null ? "" : HtmlText.plain(raw);
        if (title.isEmpty()) {
            throw new RejectedRecord("title is missing");
        }
        if (title.length() > MAX_TITLE) {
            throw new RejectedRecord("title is longer than " + MAX_TITLE + " characters (" + title.length() + ")");
        }
        return title;
    }

    private @Nullable LocalDate date(JsonNode posting, String field) {
        var text = text(posting, field);
        if (text == null) {
            return null;
        }
        var date = parseDate(text);
        if (date == null) {
            throw new RejectedRecord(field + " '" + shorten(text) + "' is not a date");
        }
        return date;
    }

    /**
     * A date, or a date-time with or without an offset ({@code Z}, {@code +02:00}, {@code +0200},
     * {@code +02}); a date-time with an offset gives the day it is in Belgium.
     */
    @Nullable LocalDate parseDate(String text) {
        var normalised = SPACE_BEFORE_TIME.matcher(text.strip()).replaceFirst("$1T");
        normalised = OFFSET_WITHOUT_COLON.matcher(normalised).replaceFirst("$1:$2");
        normalised = OFFSET_HOURS_ONLY.matcher(normalised).replaceFirst("$1:00");
        try {
            if (normalised.indexOf('T') < 0) {
                return LocalDate.from(DateTimeFormatter.ISO_DATE.parse(normalised)); // most feeds: a plain date
            }
            var parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(normalised, ZonedDateTime::from, LocalDateTime::from);
            return parsed instanceof ZonedDateTime zoned
                    ? zoned.withZoneSameInstant(clock.getZone()).toLocalDate()
                    : ((LocalDateTime) parsed).toLocalDate();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String employer(@Nullable JsonNode organisation) {
        var first = elements(organisation).stream().findFirst().orElse(null);
        if (first == null) {
            return "";
        }
        var raw = first.isObject() ? Objects.requireNonNullElse(text(first, "name"), "")
                : Objects.requireNonNullElse(textOf(first, "hiringOrganization"), "");
        var name = HtmlText.plain(raw);
        if (name.length() > MAX_NAME) {
            throw new RejectedRecord("hiringOrganization name is longer than " + MAX_NAME + " characters");
        }
        return name;
    }

    // --- jobLocation

    private Vacancy.Location location(@Nullable JsonNode jobLocation) {
        var place = elements(jobLocation).stream().findFirst().orElse(null);
        if (place == null) {
            return new Vacancy.Location(null, null, null, null, null);
        }
        if (!place.isObject() && !place.isString()) {
            throw new RejectedRecord("jobLocation: expected a Place, got " + describe(place));
        }
        var address = place.isString() ? place : elements(place.get("address")).stream().findFirst().orElse(null);
        String postcode = null;
        String locality = null;
        String street = null;
        if (address != null && address.isObject()) {
            postcode = postcode(text(address, "postalCode"));
            locality = cut(plainText(address, "addressLocality"), 200);
            street = cut(plainText(address, "streetAddress"), 300);
        } else if (address != null) {
            var line = HtmlText.plain(Objects.requireNonNullElse(textOf(address, "address"), ""));
            var parts = ADDRESS_LINE.matcher(line);
            if (parts.find()) {
                street = cut(parts.group(1).strip(), 300);
                postcode = parts.group(2);
                locality = cut(parts.group(3).strip(), 200);
            } else {
                locality = cut(line, 200);
            }
            street = street == null || street.isEmpty() ? null : street;
            locality = locality == null || locality.isEmpty() ? null : locality;
        }
        var geo = place.isObject() && place.get("geo") != null && place.get("geo").isObject() ? place.get("geo") : place;
        var coordinates = place.isObject() ? coordinates(geo) : null;
        if (coordinates == null) {
            coordinates = placeOf(postcode, locality).map(found -> new double[] {found.latitude(), found.longitude()})
                    .orElse(null);
        }
        return new Vacancy.Location(postcode, locality, street, coordinates == null ? null : coordinates[0],
                coordinates == null ? null : coordinates[1]);
    }

    private static @Nullable String postcode(@Nullable String raw) {
        if (raw == null) {
            return null;
        }
        var postcode = POSTCODE_PREFIX.matcher(raw.strip()).replaceFirst("");
        if (postcode.length() > 10) {
            throw new RejectedRecord("postalCode '" + shorten(postcode) + "' is longer than 10 characters");
        }
        return postcode;
    }

    /**
     * The feed's coordinates when they lie in Belgium (swapped ones are put right); null when
     * there are none or they lie elsewhere, so that the postcode's coordinates are used instead: a
     * wrong pin is a common slip that should not cost the whole vacancy.
     */
    private static double @Nullable [] coordinates(JsonNode geo) {
        var latitude = coordinate(geo, "latitude");
        var longitude = coordinate(geo, "longitude");
        if (latitude == null || longitude == null) {
            return null;
        }
        if (inBelgium(latitude, longitude)) {
            return new double[] {latitude, longitude};
        }
        return inBelgium(longitude, latitude) ? new double[] {longitude, latitude} : null;
    }

    static boolean inBelgium(double latitude, double longitude) {
        return latitude >= MIN_LATITUDE && latitude <= MAX_LATITUDE && longitude >= MIN_LONGITUDE
                && longitude <= MAX_LONGITUDE;
    }

    private static @Nullable Double coordinate(JsonNode geo, String field) {
        var value = geo.get(field);
        if (absent(value)) {
            return null;
        }
        double number;
        if (value.isNumber()) {
            number = value.doubleValue();
        } else if (value.isString()) {
            try {
                number = Double.parseDouble(value.stringValue().strip().replace(',', '.'));
            } catch (NumberFormatException e) {
                throw new RejectedRecord("geo " + field + " '" + shorten(value.stringValue()) + "' is not a number");
            }
        } else {
            throw new RejectedRecord("geo " + field + ": expected a number, got " + describe(value));
        }
        if (!Double.isFinite(number)) {
            throw new RejectedRecord("geo " + field + " is not a finite number");
        }
        return number;
    }

    private Optional<Place> placeOf(@Nullable String postcode, @Nullable String locality) {
        var byPostcode = postcode == null ? Optional.<Place>empty() : places.byPostcode(postcode);
        return byPostcode.isPresent() || locality == null ? byPostcode : places.find(locality);
    }

    // --- industry and occupationalCategory

    private record Category(@Nullable String code, @Nullable String text) {
    }

    private record Occupation(@Nullable Sector sector, @Nullable String label) {
    }

    /**
     * The sector from an ISCO code in {@code occupationalCategory} or {@code industry}; otherwise
     * from the ESCO occupation that the category's text, or else the title, names.
     */
    private Occupation occupation(JsonNode posting, String title) {
        var categories = categories(posting.get("occupationalCategory"), "occupationalCategory");
        var industries = categories(posting.get("industry"), "industry");
        var coded = Stream.concat(categories.stream(), industries.stream())
                .map(Category::code).filter(Objects::nonNull).findFirst()
                .flatMap(Sector::ofIscoCode).orElse(null);
        var text = categories.stream().map(Category::text).filter(Objects::nonNull).findFirst().orElse(null);
        var esco = text == null ? Optional.<OccupationMatcher.Match>empty() : occupations.match(text);
        if (esco.isEmpty()) {
            esco = occupations.match(title);
        }
        var escoSector = esco.flatMap(match -> Sector.ofIscoCode(match.iscoGroup())).orElse(null);
        var sector = coded != null ? coded : escoSector;
        // the ESCO label only names the occupation when it agrees with the feed's own code
        var label = text != null ? text
                : esco.filter(match -> escoSector != null && escoSector == sector)
                        .map(OccupationMatcher.Match::preferredLabel).orElse(null);
        return new Occupation(sector, cut(label, 300));
    }

    private static List<Category> categories(@Nullable JsonNode value, String field) {
        var result = new ArrayList<Category>();
        for (var element : elements(value)) {
            if (element.isObject() && !element.has("@value")) {
                var code = text(element, "codeValue");
                var name = plainOrNull(text(element, "name"));
                result.add(new Category(code != null && ISCO_CODE.matcher(code).matches() ? isco(code) : null,
                        name != null ? name : code != null && !ISCO_CODE.matcher(code).matches() ? code : null));
                continue;
            }
            var text = textOf(element, field);
            if (text == null) {
                continue;
            }
            var parts = ISCO_CODE.matcher(text);
            if (parts.matches() && Character.isDigit(text.charAt(0))) {
                result.add(new Category(isco(parts.group(1)), plainOrNull(parts.group(2))));
            } else {
                result.add(new Category(null, plainOrNull(text)));
            }
        }
        return result;
    }

    private static String isco(String code) {
        var matcher = ISCO_CODE.matcher(code);
        return matcher.matches() ? matcher.group(1) : code;
    }

    // --- educationRequirements and experienceRequirements

    private record Requirement<T>(@Nullable T level, @Nullable String text) {
    }

    private static Requirement<EducationLevel> education(@Nullable JsonNode value) {
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

    private static Requirement<ExperienceLevel> experience(@Nullable JsonNode value) {
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

    // --- skills

    private static List<String> skills(@Nullable JsonNode value) {
        var skills = new LinkedHashMap<String, String>();
        for (var element : elements(value)) {
            var text = element.isObject() && !element.has("@value") ? text(element, "name") : textOf(element, "skills");
            if (text == null) {
                continue;
            }
            SKILL_SEPARATORS.splitAsStream(text).map(HtmlText::plain).filter(skill -> !skill.isEmpty())
                    .forEach(skill -> skills.putIfAbsent(skill.toLowerCase(Locale.ROOT), skill));
        }
        if (skills.size() > MAX_SKILLS) {
            throw new RejectedRecord("more than " + MAX_SKILLS + " skills (" + skills.size() + ")");
        }
        var tooLong = skills.values().stream().filter(skill -> skill.length() > MAX_SKILL).findFirst();
        if (tooLong.isPresent()) {
            throw new RejectedRecord("skill '" + shorten(tooLong.get()) + "' is longer than " + MAX_SKILL + " characters");
        }
        return List.copyOf(skills.values());
    }

    // --- baseSalary

    /** A number is a monthly gross amount in euro, the usual way Belgian feeds state a wage. */
    private static Vacancy.@Nullable Salary salary(@Nullable JsonNode value) {
        var amount = elements(value).stream().findFirst().orElse(null);
        if (amount == null) {
            return null;
        }
        if (!amount.isObject()) {
            var single = money(amount);
            return single == null ? null : new Vacancy.Salary(single, single, "EUR", "MONTH");
        }
        var currency = Objects.requireNonNullElse(text(amount, "currency"), "EUR").toUpperCase(Locale.ROOT);
        if (!CURRENCY.matcher(currency).matches()) {
            throw new RejectedRecord("baseSalary currency '" + shorten(currency) + "' is not a currency code");
        }
        var quantity = amount.get("value");
        var range = quantity != null && quantity.isObject() ? quantity : amount;
        var single = quantity != null && quantity.isObject() ? money(quantity.get("value")) : money(quantity);
        var minimum = Objects.requireNonNullElse(money(range.get("minValue")), single);
        var maximum = Objects.requireNonNullElse(money(range.get("maxValue")), single);
        if (minimum == null && maximum == null) {
            throw new RejectedRecord("baseSalary has no amount");
        }
        if (minimum != null && maximum != null && minimum.compareTo(maximum) > 0) {
            throw new RejectedRecord("baseSalary minValue " + minimum + " is above maxValue " + maximum);
        }
        var unitText = Objects.requireNonNullElse(text(range, "unitText"), Objects.requireNonNullElse(
                text(amount, "unitText"), "MONTH"));
        var unit = Vocabulary.salaryUnit(unitText).orElseThrow(() -> new RejectedRecord(
                "baseSalary unitText '" + shorten(unitText) + "' is not HOUR, DAY, WEEK, MONTH or YEAR"));
        return new Vacancy.Salary(minimum, maximum, currency, unit);
    }

    private static @Nullable BigDecimal money(@Nullable JsonNode value) {
        if (absent(value)) {
            return null;
        }
        BigDecimal amount;
        if (value.isNumber()) {
            amount = value.decimalValue();
        } else if (value.isString()) {
            amount = parseMoney(value.stringValue());
        } else {
            throw new RejectedRecord("baseSalary: expected an amount, got " + describe(value));
        }
        if (amount.signum() < 0 || amount.compareTo(MAX_SALARY) > 0) {
            throw new RejectedRecord("baseSalary " + amount.toPlainString() + " is not a plausible amount");
        }
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    /** "2500", "2500.50", "2.500,50", "€ 2 500": Belgian feeds write amounts in every way. */
    private static BigDecimal parseMoney(String text) {
        var digits = text.replaceAll("[€\\s\\u00A0]|EUR", "");
        var comma = digits.lastIndexOf(',');
        var dot = digits.lastIndexOf('.');
        if (comma >= 0 && dot >= 0) {
            digits = comma > dot ? digits.replace(".", "").replace(',', '.') : digits.replace(",", "");
        } else if (comma >= 0) {
            digits = digits.replace(',', '.');
        }
        try {
            return new BigDecimal(digits);
        } catch (NumberFormatException e) {
            throw new RejectedRecord("baseSalary '" + shorten(text) + "' is not an amount");
        }
    }

    // --- inLanguage, url, directApply, applicationContact

    private static String language(@Nullable JsonNode value) {
        var first = elements(value).stream().findFirst().orElse(null);
        if (first == null) {
            return "nl";
        }
        var text = first.isObject() && !first.has("@value")
                ? Objects.requireNonNullElse(text(first, "alternateName"), Objects.requireNonNullElse(text(first, "name"), ""))
                : Objects.requireNonNullElse(textOf(first, "inLanguage"), "");
        if (text.isEmpty()) {
            return "nl";
        }
        return Vocabulary.language(text)
                .orElseThrow(() -> new RejectedRecord("inLanguage '" + shorten(text) + "' is not a language"));
    }

    /**
     * An absolute http or https address; anything else (javascript:, data:, a relative path) is
     * rejected, because the kiosk shows these links and turns them into QR codes.
     */
    static @Nullable String httpUrl(@Nullable String raw, String field) {
        if (raw == null) {
            return null;
        }
        var url = raw.strip().replace(" ", "%20");
        if (url.length() > MAX_URL) {
            throw new RejectedRecord(field + " is longer than " + MAX_URL + " characters");
        }
        var scheme = URL_SCHEME.matcher(url);
        if (!scheme.find() || !scheme.group(1).equalsIgnoreCase("http") && !scheme.group(1).equalsIgnoreCase("https")) {
            throw new RejectedRecord(field + " '" + shorten(raw) + "' is not an http(s) address");
        }
        try {
            var uri = new URI(url);
            if (uri.getHost() == null || uri.getHost().isEmpty()) {
                throw new RejectedRecord(field + " '" + shorten(raw) + "' has no host");
            }
            return url;
        } catch (URISyntaxException e) {
            throw new RejectedRecord(field + " '" + shorten(raw) + "' is not a valid address");
        }
    }

    private static boolean directApply(@Nullable JsonNode value) {
        if (absent(value)) {
            return false;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isString() && value.stringValue().strip().matches("(?i)true|false")) {
            return Boolean.parseBoolean(value.stringValue().strip());
        }
        throw new RejectedRecord("directApply: expected true or false, got " + describe(value));
    }

    private static Vacancy.@Nullable ApplicationContact contact(@Nullable JsonNode value) {
        var first = elements(value).stream().findFirst().orElse(null);
        if (first == null) {
            return null;
        }
        if (!first.isObject()) {
            var text = textOf(first, "applicationContact");
            return text == null ? null : new Vacancy.ApplicationContact(null, email(text), null, null);
        }
        var name = cut(plainText(first, "name"), 200);
        var email = email(text(first, "email"));
        var telephone = telephone(text(first, "telephone"));
        var url = httpUrl(text(first, "url"), "applicationContact url");
        if (name == null && email == null && telephone == null && url == null) {
            return null;
        }
        return new Vacancy.ApplicationContact(name, email, telephone, url);
    }

    private static @Nullable String email(@Nullable String raw) {
        if (raw == null) {
            return null;
        }
        var email = raw.strip().replaceFirst("(?i)^mailto:", "");
        if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            throw new RejectedRecord("applicationContact email '" + shorten(raw) + "' is not an e-mail address");
        }
        return email;
    }

    private static @Nullable String telephone(@Nullable String raw) {
        if (raw == null) {
            return null;
        }
        var telephone = raw.strip().replaceFirst("(?i)^tel:", "");
        if (!TELEPHONE.matcher(telephone).matches() || telephone.chars().filter(Character::isDigit).count() < 6) {
            throw new RejectedRecord("applicationContact telephone '" + shorten(raw) + "' is not a telephone number");
        }
        return telephone;
    }

    // --- small helpers

    private static @Nullable String plainText(JsonNode holder, String field) {
        return plainOrNull(text(holder, field));
    }

    private static @Nullable String plainOrNull(@Nullable String text) {
        if (text == null) {
            return null;
        }
        var plain = HtmlText.plain(text);
        return plain.isEmpty() ? null : plain;
    }

    /** Free text cut to {@code max} characters at a word, marked with an ellipsis. */
    static @Nullable String cut(@Nullable String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        var end = text.lastIndexOf(' ', max - 1);
        return text.substring(0, end > max / 2 ? end : max - 1).strip() + "…";
    }
}
