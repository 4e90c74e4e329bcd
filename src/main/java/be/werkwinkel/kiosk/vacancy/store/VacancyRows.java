package be.werkwinkel.kiosk.vacancy.store;

import be.werkwinkel.kiosk.vacancy.ContractType;
import be.werkwinkel.kiosk.vacancy.EducationLevel;
import be.werkwinkel.kiosk.vacancy.ExperienceLevel;
import be.werkwinkel.kiosk.vacancy.Sector;
import be.werkwinkel.kiosk.vacancy.Vacancy;
import be.werkwinkel.kiosk.vacancy.VacancyId;
import be.werkwinkel.kiosk.vacancy.WorkRegime;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * How a {@link Vacancy} is laid out in the {@code vacancy} table: the mapped columns in one fixed
 * order, used for inserts, updates, the content hash and reading back.
 */
final class VacancyRows {

    /** A mapped column: its name, its JDBC type, and how to take its value from a vacancy. */
    record Column(String name, int sqlType, Function<Vacancy, @Nullable Object> value) {
    }

    private static final JsonMapper JSON = JsonMapper.shared();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    /** Everything a feed determines, in the order of the hash; source and identifier come first. */
    static final List<Column> COLUMNS = List.of(
            new Column("source", Types.VARCHAR, Vacancy::source),
            new Column("identifier", Types.VARCHAR, Vacancy::identifier),
            new Column("title", Types.VARCHAR, Vacancy::title),
            new Column("description_html", Types.LONGVARCHAR, Vacancy::descriptionHtml),
            new Column("description_text", Types.LONGVARCHAR, Vacancy::descriptionText),
            new Column("date_posted", Types.DATE, Vacancy::datePosted),
            new Column("valid_through", Types.DATE, Vacancy::validThrough),
            new Column("contracts", Types.VARCHAR, v -> names(v.contracts())),
            new Column("regimes", Types.VARCHAR, v -> names(v.regimes())),
            new Column("employer", Types.VARCHAR, Vacancy::employer),
            new Column("postcode", Types.VARCHAR, v -> v.location().postcode()),
            new Column("locality", Types.VARCHAR, v -> v.location().locality()),
            new Column("street_address", Types.VARCHAR, v -> v.location().streetAddress()),
            new Column("latitude", Types.DOUBLE, v -> v.location().latitude()),
            new Column("longitude", Types.DOUBLE, v -> v.location().longitude()),
            new Column("sector", Types.VARCHAR, v -> name(v.sector())),
            new Column("occupation", Types.VARCHAR, Vacancy::occupation),
            new Column("education", Types.VARCHAR, v -> name(v.education())),
            new Column("education_text", Types.VARCHAR, Vacancy::educationText),
            new Column("experience", Types.VARCHAR, v -> name(v.experience())),
            new Column("experience_text", Types.VARCHAR, Vacancy::experienceText),
            new Column("skills", Types.LONGVARCHAR, v -> JSON.writeValueAsString(v.skills())),
            new Column("work_hours", Types.VARCHAR, Vacancy::workHours),
            new Column("salary_min", Types.DECIMAL, v -> v.salary() == null ? null : cents(v.salary().minimum())),
            new Column("salary_max", Types.DECIMAL, v -> v.salary() == null ? null : cents(v.salary().maximum())),
            new Column("salary_currency", Types.VARCHAR, v -> v.salary() == null ? null : v.salary().currency()),
            new Column("salary_unit", Types.VARCHAR, v -> v.salary() == null ? null : v.salary().unit()),
            new Column("language", Types.VARCHAR, Vacancy::language),
            new Column("url", Types.VARCHAR, Vacancy::url),
            new Column("direct_apply", Types.BOOLEAN, Vacancy::directApply),
            new Column("contact_name", Types.VARCHAR, v -> contact(v, Vacancy.ApplicationContact::name)),
            new Column("contact_email", Types.VARCHAR, v -> contact(v, Vacancy.ApplicationContact::email)),
            new Column("contact_telephone", Types.VARCHAR, v -> contact(v, Vacancy.ApplicationContact::telephone)),
            new Column("contact_url", Types.VARCHAR, v -> contact(v, Vacancy.ApplicationContact::url)),
            new Column("closes_at", Types.TIMESTAMP, v -> v.closesAt() == null ? null
                    : LocalDateTime.ofInstant(v.closesAt(), ZoneOffset.UTC)),
            new Column("country", Types.CHAR, v -> v.location().country()),
            new Column("remote", Types.BOOLEAN, v -> v.location().remote()),
            new Column("remote_area", Types.VARCHAR, v -> v.location().remoteArea()),
            new Column("other_places", Types.LONGVARCHAR, v -> v.location().otherPlaces().isEmpty() ? null
                    : JSON.writeValueAsString(v.location().otherPlaces())),
            new Column("qualifications", Types.LONGVARCHAR, v -> v.texts().qualifications()),
            new Column("responsibilities", Types.LONGVARCHAR, v -> v.texts().responsibilities()),
            new Column("benefits", Types.LONGVARCHAR, v -> v.texts().benefits()),
            new Column("incentives", Types.LONGVARCHAR, v -> v.texts().incentives()));

    /** The columns an update rewrites: all but the key (source, identifier). */
    static final List<Column> CONTENT_COLUMNS = COLUMNS.subList(2, COLUMNS.size());

    static final String SELECT_ALL = "SELECT id, "
            + COLUMNS.stream().map(Column::name).collect(Collectors.joining(", ")) + " FROM vacancy";

    private VacancyRows() {
    }

    static @Nullable Object[] values(Vacancy vacancy, List<Column> columns) {
        return columns.stream().map(column -> column.value().apply(vacancy)).toArray();
    }

    static int[] types(List<Column> columns) {
        return columns.stream().mapToInt(Column::sqlType).toArray();
    }

    /**
     * SHA-256 over every mapped value, each length-prefixed so that no two different vacancies give
     * the same input, and null distinct from the empty string.
     */
    static String contentHash(@Nullable Object[] values) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            for (var value : values) {
                var text = value == null ? "-" : "+" + canonical(value);
                digest.update((text.length() + ":" + text).getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    static final RowMapper<Vacancy> MAPPER = (rs, row) -> new Vacancy(
            new VacancyId(rs.getLong("id")),
            rs.getString("source"),
            rs.getString("identifier"),
            rs.getString("title"),
            rs.getString("description_html"),
            rs.getString("description_text"),
            rs.getObject("date_posted", LocalDate.class),
            rs.getObject("valid_through", LocalDate.class),
            enums(rs.getString("contracts"), ContractType.class),
            enums(rs.getString("regimes"), WorkRegime.class),
            rs.getString("employer"),
            new Vacancy.Location(rs.getString("postcode"), rs.getString("locality"), rs.getString("street_address"),
                    rs.getObject("latitude", Double.class), rs.getObject("longitude", Double.class),
                    rs.getString("country"), rs.getBoolean("remote"), rs.getString("remote_area"),
                    rs.getString("other_places") == null ? List.of() : JSON.readValue(rs.getString("other_places"), STRINGS)),
            enumValue(rs.getString("sector"), Sector.class),
            rs.getString("occupation"),
            enumValue(rs.getString("education"), EducationLevel.class),
            rs.getString("education_text"),
            enumValue(rs.getString("experience"), ExperienceLevel.class),
            rs.getString("experience_text"),
            JSON.readValue(rs.getString("skills"), STRINGS),
            rs.getString("work_hours"),
            salary(rs),
            rs.getString("language"),
            rs.getString("url"),
            rs.getBoolean("direct_apply"),
            contact(rs),
            closesAt(rs),
            new Vacancy.Texts(rs.getString("qualifications"), rs.getString("responsibilities"), rs.getString("benefits"),
                    rs.getString("incentives")));

    private static @Nullable Instant closesAt(ResultSet rs) throws SQLException {
        var closesAt = rs.getObject("closes_at", LocalDateTime.class);
        return closesAt == null ? null : closesAt.toInstant(ZoneOffset.UTC);
    }

    private static String canonical(Object value) {
        // a DATETIME(6) keeps microseconds: the hash must see what is stored
        if (value instanceof LocalDateTime time) {
            return time.truncatedTo(java.time.temporal.ChronoUnit.MICROS).toString();
        }
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
    }

    /** Enum names in declaration order, so that the same set always gives the same text (and hash). */
    private static <E extends Enum<E>> String names(Set<E> values) {
        return values.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    private static @Nullable String name(@Nullable Enum<?> value) {
        return value == null ? null : value.name();
    }

    /** The column holds cents; rounding here keeps the hash equal to what is stored. */
    private static @Nullable BigDecimal cents(@Nullable BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP);
    }

    private static @Nullable String contact(Vacancy vacancy,
            Function<Vacancy.ApplicationContact, @Nullable String> part) {
        var contact = vacancy.applicationContact();
        return contact == null ? null : part.apply(contact);
    }

    private static <E extends Enum<E>> Set<E> enums(String names, Class<E> type) {
        var result = EnumSet.noneOf(type);
        Arrays.stream(names.split(",")).filter(name -> !name.isEmpty())
                .forEach(name -> result.add(Enum.valueOf(type, name)));
        return result;
    }

    private static <E extends Enum<E>> @Nullable E enumValue(@Nullable String name, Class<E> type) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    private static Vacancy.@Nullable Salary salary(ResultSet rs) throws SQLException {
        var currency = rs.getString("salary_currency");
        if (currency == null) {
            return null;
        }
        return new Vacancy.Salary(rs.getBigDecimal("salary_min"), rs.getBigDecimal("salary_max"), currency,
                rs.getString("salary_unit"));
    }

    private static Vacancy.@Nullable ApplicationContact contact(ResultSet rs) throws SQLException {
        var name = rs.getString("contact_name");
        var email = rs.getString("contact_email");
        var telephone = rs.getString("contact_telephone");
        var url = rs.getString("contact_url");
        if (name == null && email == null && telephone == null && url == null) {
            return null;
        }
        return new Vacancy.ApplicationContact(name, email, telephone, url);
    }
}
