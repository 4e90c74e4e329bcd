package be.werkwinkel.kiosk.appointment.internal;

import be.werkwinkel.kiosk.appointment.Absence;
import be.werkwinkel.kiosk.appointment.AbsenceId;
import be.werkwinkel.kiosk.appointment.AbsenceKind;
import be.werkwinkel.kiosk.appointment.AppointmentType;
import be.werkwinkel.kiosk.appointment.AppointmentTypeId;
import be.werkwinkel.kiosk.appointment.ClosureId;
import be.werkwinkel.kiosk.appointment.Consultant;
import be.werkwinkel.kiosk.appointment.ConsultantId;
import be.werkwinkel.kiosk.appointment.Coordinates;
import be.werkwinkel.kiosk.appointment.LocalizedText;
import be.werkwinkel.kiosk.appointment.PlanId;
import be.werkwinkel.kiosk.appointment.Site;
import be.werkwinkel.kiosk.appointment.SiteClosure;
import be.werkwinkel.kiosk.appointment.SiteId;
import be.werkwinkel.kiosk.appointment.SiteKind;
import be.werkwinkel.kiosk.appointment.WorkingPlan;
import be.werkwinkel.kiosk.base.OpeningHours;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What staff manage, read from and written to MariaDB over JDBC: sites, types, consultants, plans,
 * absences and closures. No checks here: the services check before they write.
 */
final class Catalogue {

    private final JdbcClient jdbc;

    Catalogue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- sites -------------------------------------------------------------------------------

    List<Site> sites() {
        return jdbc.sql("SELECT * FROM appointment_site ORDER BY name, id").query(this::mapSite).list();
    }

    Optional<Site> site(SiteId id) {
        return jdbc.sql("SELECT * FROM appointment_site WHERE id = ?").param(id.toString()).query(this::mapSite).optional();
    }

    void saveSite(SiteId id, Site.SiteDetails site, boolean isNew) {
        var hint = site.routeHint();
        var params = new Object[] {site.kind().name(), site.name(), site.street(), site.postcode(), site.municipality(),
                site.coordinates().latitude(), site.coordinates().longitude(), hours(site.openingHours()), hint.nl(),
                hint.fr(), hint.en(), site.active(), id.toString()};
        if (isNew) {
            jdbc.sql("""
                    INSERT INTO appointment_site (kind, name, street, postcode, municipality, latitude, longitude,
                        opening_hours, route_hint_nl, route_hint_fr, route_hint_en, active, id)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""").params(params).update();
        } else {
            jdbc.sql("""
                    UPDATE appointment_site SET kind = ?, name = ?, street = ?, postcode = ?, municipality = ?,
                        latitude = ?, longitude = ?, opening_hours = ?, route_hint_nl = ?, route_hint_fr = ?,
                        route_hint_en = ?, active = ? WHERE id = ?""").params(params).update();
        }
    }

    private Site mapSite(ResultSet rs, int row) throws SQLException {
        return new Site(new SiteId(UUID.fromString(rs.getString("id"))), new Site.SiteDetails(
                SiteKind.valueOf(rs.getString("kind")), rs.getString("name"), rs.getString("street"),
                rs.getString("postcode"), rs.getString("municipality"),
                new Coordinates(rs.getDouble("latitude"), rs.getDouble("longitude")),
                hours(rs.getString("opening_hours")),
                new LocalizedText(rs.getString("route_hint_nl"), rs.getString("route_hint_fr"), rs.getString("route_hint_en")),
                rs.getBoolean("active")));
    }

    static String hours(Map<DayOfWeek, OpeningHours> hours) {
        return Arrays.stream(DayOfWeek.values()).filter(hours::containsKey).filter(day -> !hours.get(day).closed())
                .map(day -> day.name() + "=" + hours.get(day).ranges().stream()
                        .map(range -> range.from() + "-" + range.until()).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }

    static Map<DayOfWeek, OpeningHours> hours(String text) {
        var hours = new EnumMap<DayOfWeek, OpeningHours>(DayOfWeek.class);
        for (var line : text.split("\n")) {
            if (line.contains("=")) {
                hours.put(DayOfWeek.valueOf(line.substring(0, line.indexOf('=')).strip()),
                        OpeningHours.parse(line.substring(line.indexOf('=') + 1)));
            }
        }
        return hours;
    }

    // ---- appointment types -------------------------------------------------------------------

    List<AppointmentType> types() {
        return jdbc.sql("SELECT * FROM appointment_type ORDER BY sort_order, name_nl, id").query(this::mapType).list();
    }

    Optional<AppointmentType> type(AppointmentTypeId id) {
        return jdbc.sql("SELECT * FROM appointment_type WHERE id = ?").param(id.toString()).query(this::mapType).optional();
    }

    Optional<AppointmentTypeId> typeWithCode(String code) {
        return jdbc.sql("SELECT id FROM appointment_type WHERE code = ?").param(code)
                .query((rs, row) -> new AppointmentTypeId(UUID.fromString(rs.getString(1)))).optional();
    }

    void saveType(AppointmentTypeId id, AppointmentType.AppointmentTypeDetails type, boolean isNew) {
        var params = new Object[] {type.code(), type.name().nl(), type.name().fr(), type.name().en(),
                type.description().nl(), type.description().fr(), type.description().en(), type.duration().toMinutes(),
                type.buffer().toMinutes(), type.whatToBring().nl(), type.whatToBring().fr(), type.whatToBring().en(),
                type.icon(), type.sortOrder(), type.active(), id.toString()};
        if (isNew) {
            jdbc.sql("""
                    INSERT INTO appointment_type (code, name_nl, name_fr, name_en, description_nl, description_fr,
                        description_en, duration_minutes, buffer_minutes, bring_nl, bring_fr, bring_en, icon,
                        sort_order, active, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(params).update();
        } else {
            jdbc.sql("""
                    UPDATE appointment_type SET code = ?, name_nl = ?, name_fr = ?, name_en = ?, description_nl = ?,
                        description_fr = ?, description_en = ?, duration_minutes = ?, buffer_minutes = ?, bring_nl = ?,
                        bring_fr = ?, bring_en = ?, icon = ?, sort_order = ?, active = ? WHERE id = ?""")
                    .params(params).update();
        }
    }

    private AppointmentType mapType(ResultSet rs, int row) throws SQLException {
        return new AppointmentType(new AppointmentTypeId(UUID.fromString(rs.getString("id"))),
                new AppointmentType.AppointmentTypeDetails(rs.getString("code"),
                        new LocalizedText(rs.getString("name_nl"), rs.getString("name_fr"), rs.getString("name_en")),
                        new LocalizedText(rs.getString("description_nl"), rs.getString("description_fr"),
                                rs.getString("description_en")),
                        Duration.ofMinutes(rs.getInt("duration_minutes")), Duration.ofMinutes(rs.getInt("buffer_minutes")),
                        new LocalizedText(rs.getString("bring_nl"), rs.getString("bring_fr"), rs.getString("bring_en")),
                        rs.getString("icon"), rs.getInt("sort_order"), rs.getBoolean("active")));
    }

    // ---- consultants -------------------------------------------------------------------------

    List<Consultant> consultants() {
        return withLinks(jdbc.sql("SELECT * FROM appointment_consultant ORDER BY name, id").query(this::consultantRow).list());
    }

    Optional<Consultant> consultant(ConsultantId id) {
        return withLinks(jdbc.sql("SELECT * FROM appointment_consultant WHERE id = ?").param(id.toString())
                .query(this::consultantRow).list()).stream().findFirst();
    }

    /** The consultants linked to a site (active or not), with their links. */
    List<Consultant> consultantsAt(SiteId site) {
        return withLinks(jdbc.sql("""
                SELECT c.* FROM appointment_consultant c JOIN appointment_consultant_site s ON s.consultant_id = c.id
                WHERE s.site_id = ? ORDER BY c.name, c.id""").param(site.toString()).query(this::consultantRow).list());
    }

    Optional<Consultant> consultantOfStaff(String staffUsername) {
        return withLinks(jdbc.sql("SELECT * FROM appointment_consultant WHERE staff_username = ?").param(staffUsername)
                .query(this::consultantRow).list()).stream().findFirst();
    }

    void saveConsultant(ConsultantId id, Consultant.ConsultantDetails consultant, boolean isNew) {
        var params = new Object[] {consultant.name(), String.join(",", consultant.languages().stream().sorted().toList()),
                consultant.staffUsername(), consultant.active(), id.toString()};
        if (isNew) {
            jdbc.sql("INSERT INTO appointment_consultant (name, languages, staff_username, active, id) VALUES (?, ?, ?, ?, ?)")
                    .params(params).update();
        } else {
            jdbc.sql("UPDATE appointment_consultant SET name = ?, languages = ?, staff_username = ?, active = ? WHERE id = ?")
                    .params(params).update();
        }
        jdbc.sql("DELETE FROM appointment_consultant_site WHERE consultant_id = ?").param(id.toString()).update();
        jdbc.sql("DELETE FROM appointment_consultant_type WHERE consultant_id = ?").param(id.toString()).update();
        for (var site : consultant.sites()) {
            jdbc.sql("INSERT INTO appointment_consultant_site (consultant_id, site_id) VALUES (?, ?)")
                    .params(id.toString(), site.toString()).update();
        }
        for (var type : consultant.types()) {
            jdbc.sql("INSERT INTO appointment_consultant_type (consultant_id, type_id) VALUES (?, ?)")
                    .params(id.toString(), type.toString()).update();
        }
    }

    /** Locks the consultant's row until the transaction ends: plan saves for one consultant queue up. */
    boolean lockConsultant(ConsultantId id) {
        return jdbc.sql("SELECT id FROM appointment_consultant WHERE id = ? FOR UPDATE").param(id.toString())
                .query(String.class).optional().isPresent();
    }

    private record ConsultantRow(ConsultantId id, String name, Set<String> languages, String staffUsername, boolean active) {
    }

    private ConsultantRow consultantRow(ResultSet rs, int row) throws SQLException {
        var languages = rs.getString("languages");
        return new ConsultantRow(new ConsultantId(UUID.fromString(rs.getString("id"))), rs.getString("name"),
                languages.isBlank() ? Set.of() : Set.of(languages.split(",")), rs.getString("staff_username"),
                rs.getBoolean("active"));
    }

    private List<Consultant> withLinks(List<ConsultantRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        var ids = rows.stream().map(row -> row.id().toString()).toList();
        var sites = new HashMap<String, Set<SiteId>>();
        jdbc.sql("SELECT consultant_id, site_id FROM appointment_consultant_site WHERE consultant_id IN (:ids)")
                .param("ids", ids).query(rs -> {
                    sites.computeIfAbsent(rs.getString(1), key -> new HashSet<>()).add(new SiteId(UUID.fromString(rs.getString(2))));
                });
        var types = new HashMap<String, Set<AppointmentTypeId>>();
        jdbc.sql("SELECT consultant_id, type_id FROM appointment_consultant_type WHERE consultant_id IN (:ids)")
                .param("ids", ids).query(rs -> {
                    types.computeIfAbsent(rs.getString(1), key -> new HashSet<>())
                            .add(new AppointmentTypeId(UUID.fromString(rs.getString(2))));
                });
        return rows.stream().map(row -> new Consultant(row.id(), new Consultant.ConsultantDetails(row.name(),
                row.languages(), sites.getOrDefault(row.id().toString(), Set.of()),
                types.getOrDefault(row.id().toString(), Set.of()), row.staffUsername(), row.active()))).toList();
    }

    // ---- plans, absences, closures -----------------------------------------------------------

    List<WorkingPlan> plans(ConsultantId consultant) {
        return jdbc.sql("SELECT * FROM appointment_plan WHERE consultant_id = ? ORDER BY day_of_week, start_time, valid_from")
                .param(consultant.toString()).query(this::mapPlan).list();
    }

    /** The plan lines at a site of these consultants. */
    List<WorkingPlan> plansAt(SiteId site, Collection<ConsultantId> consultants) {
        if (consultants.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM appointment_plan WHERE site_id = :site AND consultant_id IN (:ids)")
                .param("site", site.toString()).param("ids", consultants.stream().map(ConsultantId::toString).toList())
                .query(this::mapPlan).list();
    }

    Optional<WorkingPlan> plan(PlanId id) {
        return jdbc.sql("SELECT * FROM appointment_plan WHERE id = ?").param(id.toString()).query(this::mapPlan).optional();
    }

    void savePlan(WorkingPlan plan, boolean isNew) {
        var params = new Object[] {plan.consultant().toString(), plan.site().toString(), plan.day().getValue(),
                plan.from(), plan.until(), breaks(plan.breaks()), plan.validFrom(), plan.validUntil(), plan.id().toString()};
        if (isNew) {
            jdbc.sql("""
                    INSERT INTO appointment_plan (consultant_id, site_id, day_of_week, start_time, end_time, breaks,
                        valid_from, valid_until, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""").params(params).update();
        } else {
            jdbc.sql("""
                    UPDATE appointment_plan SET consultant_id = ?, site_id = ?, day_of_week = ?, start_time = ?,
                        end_time = ?, breaks = ?, valid_from = ?, valid_until = ? WHERE id = ?""").params(params).update();
        }
    }

    void removePlan(PlanId id) {
        jdbc.sql("DELETE FROM appointment_plan WHERE id = ?").param(id.toString()).update();
    }

    private WorkingPlan mapPlan(ResultSet rs, int row) throws SQLException {
        return new WorkingPlan(new PlanId(UUID.fromString(rs.getString("id"))),
                new ConsultantId(UUID.fromString(rs.getString("consultant_id"))),
                new SiteId(UUID.fromString(rs.getString("site_id"))), DayOfWeek.of(rs.getInt("day_of_week")),
                rs.getObject("start_time", LocalTime.class), rs.getObject("end_time", LocalTime.class),
                breaks(rs.getString("breaks")), rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_until", LocalDate.class));
    }

    static String breaks(List<WorkingPlan.Break> breaks) {
        return breaks.stream().map(pause -> pause.from() + "-" + pause.until()).collect(Collectors.joining(", "));
    }

    static List<WorkingPlan.Break> breaks(String text) {
        var result = new ArrayList<WorkingPlan.Break>();
        for (var part : text.split(",")) {
            if (!part.isBlank()) {
                var bounds = part.strip().split("-");
                result.add(new WorkingPlan.Break(LocalTime.parse(bounds[0]), LocalTime.parse(bounds[1])));
            }
        }
        return result;
    }

    List<Absence> absences(Collection<ConsultantId> consultants, LocalDateTime from, LocalDateTime until) {
        if (consultants.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT * FROM appointment_absence WHERE consultant_id IN (:ids) AND ends_at > :from AND starts_at < :until
                ORDER BY starts_at""")
                .param("ids", consultants.stream().map(ConsultantId::toString).toList()).param("from", from)
                .param("until", until).query(this::mapAbsence).list();
    }

    void addAbsence(Absence absence) {
        jdbc.sql("INSERT INTO appointment_absence (id, consultant_id, kind, starts_at, ends_at, note) VALUES (?, ?, ?, ?, ?, ?)")
                .params(absence.id().toString(), absence.consultant().toString(), absence.kind().name(), absence.from(),
                        absence.until(), absence.note()).update();
    }

    void removeAbsence(AbsenceId id) {
        jdbc.sql("DELETE FROM appointment_absence WHERE id = ?").param(id.toString()).update();
    }

    private Absence mapAbsence(ResultSet rs, int row) throws SQLException {
        return new Absence(new AbsenceId(UUID.fromString(rs.getString("id"))),
                new ConsultantId(UUID.fromString(rs.getString("consultant_id"))), AbsenceKind.valueOf(rs.getString("kind")),
                rs.getObject("starts_at", LocalDateTime.class), rs.getObject("ends_at", LocalDateTime.class),
                rs.getString("note"));
    }

    List<SiteClosure> closures(SiteId site, LocalDate from, LocalDate until) {
        return jdbc.sql("""
                SELECT * FROM appointment_closure WHERE site_id = ? AND last_day >= ? AND first_day <= ? ORDER BY first_day""")
                .params(site.toString(), from, until).query(this::mapClosure).list();
    }

    void addClosure(SiteClosure closure) {
        jdbc.sql("INSERT INTO appointment_closure (id, site_id, first_day, last_day, reason) VALUES (?, ?, ?, ?, ?)")
                .params(closure.id().toString(), closure.site().toString(), closure.from(), closure.until(), closure.reason())
                .update();
    }

    void removeClosure(ClosureId id) {
        jdbc.sql("DELETE FROM appointment_closure WHERE id = ?").param(id.toString()).update();
    }

    private SiteClosure mapClosure(ResultSet rs, int row) throws SQLException {
        return new SiteClosure(new ClosureId(UUID.fromString(rs.getString("id"))),
                new SiteId(UUID.fromString(rs.getString("site_id"))), rs.getObject("first_day", LocalDate.class),
                rs.getObject("last_day", LocalDate.class), rs.getString("reason"));
    }

    static <K, V> Map<K, List<V>> group(List<V> values, java.util.function.Function<V, K> key) {
        return values.stream().collect(Collectors.groupingBy(key));
    }
}
