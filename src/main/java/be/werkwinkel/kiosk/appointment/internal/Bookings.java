package be.werkwinkel.kiosk.appointment.internal;

import be.werkwinkel.kiosk.appointment.AppointmentId;
import be.werkwinkel.kiosk.appointment.AppointmentStatus;
import be.werkwinkel.kiosk.appointment.AppointmentTypeId;
import be.werkwinkel.kiosk.appointment.BookingCode;
import be.werkwinkel.kiosk.appointment.ConsultantId;
import be.werkwinkel.kiosk.appointment.SharedDocument;
import be.werkwinkel.kiosk.appointment.SiteId;
import be.werkwinkel.kiosk.base.KioskLanguage;
import be.werkwinkel.kiosk.base.Sealing;
import be.werkwinkel.kiosk.storage.AccountId;
import be.werkwinkel.kiosk.storage.DocumentId;
import be.werkwinkel.kiosk.storage.RequestId;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Appointments, their claims and the write log in MariaDB over JDBC. Contact details are sealed
 * with the kiosk's sealing key, the row's id and column as context.
 */
final class Bookings {

    /** The claim grain: every duration and buffer is a multiple of it. */
    static final Duration QUANTUM = Duration.ofMinutes(5);

    /** One appointment row, contact details opened. */
    record Row(AppointmentId id, BookingCode code, AppointmentTypeId type, SiteId site, ConsultantId consultant,
            Instant start, Instant end, Instant busyUntil, AppointmentStatus status, KioskLanguage language,
            String name, @Nullable String phone, @Nullable String email, @Nullable Integer birthYear,
            @Nullable AccountId account, @Nullable String vacancyId, @Nullable String vacancyTitle, String terminal,
            Instant bookedAt, @Nullable Instant statusChangedAt, @Nullable String statusChangedBy,
            @Nullable Instant remindedAt) {
    }

    /** A write already done with that request id. */
    record Write(String operation, AppointmentId appointment, String fingerprint) {
    }

    private final JdbcClient jdbc;
    private final Sealing sealing;

    Bookings(JdbcClient jdbc, Sealing sealing) {
        this.jdbc = jdbc;
        this.sealing = sealing;
    }

    // ---- writes log ----------------------------------------------------------------------------

    Optional<Write> write(RequestId request) {
        return jdbc.sql("SELECT operation, appointment_id, fingerprint FROM appointment_write WHERE request_id = ?")
                .param(request.toString())
                .query((rs, row) -> new Write(rs.getString(1), new AppointmentId(UUID.fromString(rs.getString(2))),
                        rs.getString(3)))
                .optional();
    }

    /** @throws org.springframework.dao.DuplicateKeyException when the request id was used (maybe just now, by another thread) */
    void recordWrite(RequestId request, String operation, AppointmentId appointment, String fingerprint, Instant now) {
        jdbc.sql("INSERT INTO appointment_write (request_id, operation, appointment_id, fingerprint, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(request.toString(), operation, appointment.toString(), fingerprint, utc(now)).update();
    }

    // ---- appointments --------------------------------------------------------------------------

    void insert(Row row) {
        var id = row.id();
        jdbc.sql("""
                INSERT INTO appointment (id, code, type_id, site_id, consultant_id, starts_at, ends_at, busy_until, status,
                    language, name_sealed, phone_sealed, email_sealed, birth_year_sealed, account_id, vacancy_id,
                    vacancy_title, terminal, booked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id.toString(), row.code().value(), row.type().toString(), row.site().toString(),
                        row.consultant().toString(), utc(row.start()), utc(row.end()), utc(row.busyUntil()),
                        row.status().name(), row.language().code(), seal(id, "name", row.name()),
                        seal(id, "phone", row.phone()), seal(id, "email", row.email()),
                        seal(id, "birth_year", row.birthYear() == null ? null : row.birthYear().toString()),
                        row.account() == null ? null : row.account().toString(), row.vacancyId(), row.vacancyTitle(),
                        row.terminal(), utc(row.bookedAt()))
                .update();
    }

    /**
     * Claims every quantum of [start, busyUntil) for the consultant, in ascending order (so that
     * concurrent bookings lock in the same order and cannot deadlock each other).
     *
     * @throws org.springframework.dao.DuplicateKeyException when any of that time is already claimed
     */
    void claim(AppointmentId appointment, ConsultantId consultant, Instant start, Instant busyUntil) {
        var values = new StringBuilder();
        var params = new ArrayList<Object>();
        for (var quantum = start; quantum.isBefore(busyUntil); quantum = quantum.plus(QUANTUM)) {
            values.append(values.isEmpty() ? "" : ", ").append("(?, ?, ?)");
            params.add(consultant.toString());
            params.add(utc(quantum));
            params.add(appointment.toString());
        }
        jdbc.sql("INSERT INTO appointment_claim (consultant_id, quantum_at, appointment_id) VALUES " + values)
                .params(params).update();
    }

    void releaseClaims(AppointmentId appointment) {
        jdbc.sql("DELETE FROM appointment_claim WHERE appointment_id = ?").param(appointment.toString()).update();
    }

    void moveTo(AppointmentId appointment, ConsultantId consultant, Instant start, Instant end, Instant busyUntil) {
        jdbc.sql("UPDATE appointment SET consultant_id = ?, starts_at = ?, ends_at = ?, busy_until = ?, reminded_at = NULL WHERE id = ?")
                .params(consultant.toString(), utc(start), utc(end), utc(busyUntil), appointment.toString()).update();
    }

    /** Changes the status only from {@code from}; answers whether it did. */
    boolean changeStatus(AppointmentId appointment, AppointmentStatus from, AppointmentStatus to, String by, Instant now) {
        return jdbc.sql("UPDATE appointment SET status = ?, status_changed_at = ?, status_changed_by = ? WHERE id = ? AND status = ?")
                .params(to.name(), utc(now), by, appointment.toString(), from.name()).update() == 1;
    }

    void markReminded(AppointmentId appointment, Instant now) {
        jdbc.sql("UPDATE appointment SET reminded_at = ? WHERE id = ?").params(utc(now), appointment.toString()).update();
    }

    Optional<Row> find(AppointmentId id) {
        return jdbc.sql("SELECT * FROM appointment WHERE id = ?").param(id.toString()).query(this::mapRow).optional();
    }

    Optional<Row> find(BookingCode code) {
        return jdbc.sql("SELECT * FROM appointment WHERE code = ?").param(code.value()).query(this::mapRow).optional();
    }

    /** What keeps these consultants busy between from and until (any site, any status but cancelled). */
    List<Busy> busy(Collection<ConsultantId> consultants, Instant from, Instant until) {
        if (consultants.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT id, consultant_id, starts_at, busy_until FROM appointment
                WHERE consultant_id IN (:ids) AND starts_at < :until AND busy_until > :from AND status <> 'CANCELLED'""")
                .param("ids", consultants.stream().map(ConsultantId::toString).toList())
                .param("from", utc(from)).param("until", utc(until))
                .query((rs, row) -> new Busy(new AppointmentId(UUID.fromString(rs.getString(1))),
                        new ConsultantId(UUID.fromString(rs.getString(2))), instant(rs, 3), instant(rs, 4)))
                .list();
    }

    record Busy(AppointmentId appointment, ConsultantId consultant, Instant from, Instant until) {
    }

    List<Row> ofConsultant(ConsultantId consultant, Instant from, Instant until) {
        return jdbc.sql("SELECT * FROM appointment WHERE consultant_id = ? AND starts_at >= ? AND starts_at < ? ORDER BY starts_at, id")
                .params(consultant.toString(), utc(from), utc(until)).query(this::mapRow).list();
    }

    List<Row> ofSite(SiteId site, Instant from, Instant until) {
        return jdbc.sql("SELECT * FROM appointment WHERE site_id = ? AND starts_at >= ? AND starts_at < ? ORDER BY starts_at, id")
                .params(site.toString(), utc(from), utc(until)).query(this::mapRow).list();
    }

    List<Row> upcoming(AccountId account, Instant now) {
        return jdbc.sql("SELECT * FROM appointment WHERE account_id = ? AND status = 'BOOKED' AND ends_at > ? ORDER BY starts_at")
                .params(account.toString(), utc(now)).query(this::mapRow).list();
    }

    /** Booked appointments that start between from and until and have had no reminder. */
    List<Row> toRemind(Instant from, Instant until) {
        return jdbc.sql("""
                SELECT * FROM appointment WHERE status = 'BOOKED' AND reminded_at IS NULL AND starts_at > ? AND starts_at <= ?
                ORDER BY starts_at""").params(utc(from), utc(until)).query(this::mapRow).list();
    }

    // ---- shared documents ----------------------------------------------------------------------

    void share(AppointmentId appointment, DocumentId document, AccountId account, Instant now) {
        jdbc.sql("""
                INSERT INTO appointment_shared_document (appointment_id, document_id, account_id, shared_at, revoked_at)
                VALUES (?, ?, ?, ?, NULL) ON DUPLICATE KEY UPDATE shared_at = IF(revoked_at IS NULL, shared_at, VALUES(shared_at)),
                revoked_at = NULL""")
                .params(appointment.toString(), document.toString(), account.toString(), utc(now)).update();
    }

    void revoke(AppointmentId appointment, DocumentId document, Instant now) {
        jdbc.sql("UPDATE appointment_shared_document SET revoked_at = ? WHERE appointment_id = ? AND document_id = ? AND revoked_at IS NULL")
                .params(utc(now), appointment.toString(), document.toString()).update();
    }

    List<SharedDocument> shared(AppointmentId appointment) {
        return jdbc.sql("""
                SELECT document_id, shared_at FROM appointment_shared_document WHERE appointment_id = ? AND revoked_at IS NULL
                ORDER BY shared_at, document_id""").param(appointment.toString())
                .query((rs, row) -> new SharedDocument(appointment, new DocumentId(UUID.fromString(rs.getString(1))),
                        instant(rs, 2)))
                .list();
    }

    void recordOpening(AppointmentId appointment, DocumentId document, String staff, boolean allowed, Instant now) {
        jdbc.sql("""
                INSERT INTO appointment_document_opening (opened_at, staff_username, appointment_id, document_id, allowed)
                VALUES (?, ?, ?, ?, ?)""").params(utc(now), staff, appointment.toString(), document.toString(), allowed).update();
    }

    List<be.werkwinkel.kiosk.appointment.DocumentOpening> openings(@Nullable AppointmentId appointment, int limit) {
        var sql = "SELECT opened_at, staff_username, appointment_id, document_id, allowed FROM appointment_document_opening "
                + (appointment == null ? "" : "WHERE appointment_id = :appointment ") + "ORDER BY opened_at DESC, id DESC LIMIT :limit";
        var statement = jdbc.sql(sql).param("limit", limit);
        if (appointment != null) {
            statement = statement.param("appointment", appointment.toString());
        }
        return statement.query((rs, row) -> new be.werkwinkel.kiosk.appointment.DocumentOpening(instant(rs, 1),
                rs.getString(2), new AppointmentId(UUID.fromString(rs.getString(3))),
                new DocumentId(UUID.fromString(rs.getString(4))), rs.getBoolean(5))).list();
    }

    // ---- mapping -------------------------------------------------------------------------------

    private Row mapRow(ResultSet rs, int row) throws SQLException {
        var id = new AppointmentId(UUID.fromString(rs.getString("id")));
        var birthYear = open(id, "birth_year", rs.getBytes("birth_year_sealed"));
        var account = rs.getString("account_id");
        return new Row(id, new BookingCode(rs.getString("code")),
                new AppointmentTypeId(UUID.fromString(rs.getString("type_id"))),
                new SiteId(UUID.fromString(rs.getString("site_id"))),
                new ConsultantId(UUID.fromString(rs.getString("consultant_id"))),
                instant(rs, "starts_at"), instant(rs, "ends_at"), instant(rs, "busy_until"),
                AppointmentStatus.valueOf(rs.getString("status")),
                KioskLanguage.byCode(rs.getString("language")).orElse(KioskLanguage.DEFAULT),
                open(id, "name", rs.getBytes("name_sealed")), open(id, "phone", rs.getBytes("phone_sealed")),
                open(id, "email", rs.getBytes("email_sealed")), birthYear == null ? null : Integer.valueOf(birthYear),
                account == null ? null : AccountId.parse(account), rs.getString("vacancy_id"), rs.getString("vacancy_title"),
                rs.getString("terminal"), instant(rs, "booked_at"), nullableInstant(rs, "status_changed_at"),
                rs.getString("status_changed_by"), nullableInstant(rs, "reminded_at"));
    }

    private byte @Nullable [] seal(AppointmentId id, String column, @Nullable String value) {
        return value == null ? null : sealing.seal(value.getBytes(StandardCharsets.UTF_8), context(id, column));
    }

    private @Nullable String open(AppointmentId id, String column, byte @Nullable [] sealed) {
        return sealed == null ? null : new String(sealing.open(sealed, context(id, column)), StandardCharsets.UTF_8);
    }

    private static byte[] context(AppointmentId id, String column) {
        return ("appointment:" + id + ":" + column).getBytes(StandardCharsets.UTF_8);
    }

    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDateTime.class).toInstant(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalDateTime.class).toInstant(ZoneOffset.UTC);
    }

    private static @Nullable Instant nullableInstant(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    /** A savepoint for one try at a time inside a caller's transaction (one at a time: tries do not nest). */
    void savepoint() {
        jdbc.sql("SAVEPOINT booking_try").update();
    }

    void rollbackToSavepoint() {
        jdbc.sql("ROLLBACK TO SAVEPOINT booking_try").update();
    }

    void releaseSavepoint() {
        jdbc.sql("RELEASE SAVEPOINT booking_try").update();
    }
}
