package be.werkwinkel.kiosk.admin.audit;

import be.werkwinkel.kiosk.admin.staff.StaffSettings;
import be.werkwinkel.kiosk.base.ConditionalOnRole;
import be.werkwinkel.kiosk.base.KioskRole;
import be.werkwinkel.kiosk.base.StaffAudit;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The audit log in MariaDB. A line is written in its own statement, outside the caller's
 * transaction: a refused or failed action is logged too, and the log never makes an action fail.
 */
@ConditionalOnRole({KioskRole.STANDALONE, KioskRole.HUB})
@Component
public class StaffAuditLog implements StaffAudit {

    /** The most lines a search shows; the screen says when there are more. */
    public static final int PAGE = 500;

    private static final Logger log = LoggerFactory.getLogger(StaffAuditLog.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final StaffSettings settings;

    StaffAuditLog(JdbcClient jdbc, Clock clock, StaffSettings settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = settings;
    }

    @Override
    public void record(String staff, String action, @Nullable String target, Result result, @Nullable String detail) {
        try {
            jdbc.sql("INSERT INTO staff_audit (at, actor, action, target, result, detail) VALUES (?, ?, ?, ?, ?, ?)")
                    .params(Timestamp.from(clock.instant()), cut(staff, 100), cut(action, 60),
                            target == null ? null : cut(target, 200), result.name(),
                            detail == null ? null : cut(detail, 500))
                    .update();
        } catch (RuntimeException e) {
            log.error("Could not write to the audit log: {} {} {} {} ({})", staff, action, target, result, e.getMessage());
        }
    }

    /**
     * The newest lines first whose staff member, action, target or remark contains the text (any
     * case), between two days of the kiosk's zone (both included, either open).
     */
    public List<AuditEntry> search(String text, @Nullable LocalDate from, @Nullable LocalDate to) {
        var sql = new StringBuilder("SELECT id, at, actor, action, target, result, detail FROM staff_audit WHERE 1 = 1");
        var params = new LinkedHashMap<String, Object>();
        var words = text.strip();
        if (!words.isEmpty()) {
            sql.append(" AND (LOWER(actor) LIKE :text OR LOWER(action) LIKE :text OR LOWER(target) LIKE :text"
                    + " OR LOWER(detail) LIKE :text)");
            params.put("text", "%" + escapeLike(words.toLowerCase(Locale.ROOT)) + "%");
        }
        if (from != null) {
            sql.append(" AND at >= :from");
            params.put("from", Timestamp.from(from.atStartOfDay(clock.getZone()).toInstant()));
        }
        if (to != null) {
            sql.append(" AND at < :to");
            params.put("to", Timestamp.from(to.plusDays(1).atStartOfDay(clock.getZone()).toInstant()));
        }
        sql.append(" ORDER BY at DESC, id DESC LIMIT " + (PAGE + 1));
        var query = jdbc.sql(sql.toString());
        for (var param : params.entrySet()) {
            query = query.param(param.getKey(), param.getValue());
        }
        return query.query((rs, row) -> new AuditEntry(rs.getLong("id"), rs.getTimestamp("at").toInstant(),
                rs.getString("actor"), rs.getString("action"), rs.getString("target"),
                Result.valueOf(rs.getString("result")), rs.getString("detail"))).list();
    }

    /** Deletes what is older than {@code kiosk.staff.audit-retention}; returns how many lines. */
    public int deleteExpired() {
        var cutoff = clock.instant().atZone(ZoneOffset.UTC).minus(settings.auditRetention()).toInstant();
        return jdbc.sql("DELETE FROM staff_audit WHERE at < ?").param(Timestamp.from(cutoff)).update();
    }

    @Scheduled(cron = "${kiosk.staff.audit-retention-schedule:0 45 3 * * *}", zone = "Europe/Brussels")
    @SchedulerLock(name = "staff-audit-retention", lockAtLeastFor = "PT5M", lockAtMostFor = "PT5M")
    void deleteExpiredDaily() {
        var deleted = deleteExpired();
        if (deleted > 0) {
            log.info("Audit log: {} lines older than {} deleted", deleted, settings.auditRetention());
        }
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
