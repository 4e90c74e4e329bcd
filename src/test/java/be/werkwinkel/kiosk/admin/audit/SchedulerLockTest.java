package be.werkwinkel.kiosk.admin.audit;

import static org.assertj.core.api.Assertions.assertThat;

import be.werkwinkel.kiosk.support.KioskTest;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A scheduled job runs once across the instances on one database (decision 042): while another
 * instance holds the job's lock, this one skips the run; once the lock is free, it runs. Shown on
 * the audit log's nightly clean-up, which deletes what it finds when it runs.
 */
@KioskTest
class SchedulerLockTest {

    @Autowired
    StaffAuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void release() {
        jdbc.sql("DELETE FROM shedlock WHERE name = 'staff-audit-retention'").update();
        jdbc.sql("DELETE FROM staff_audit WHERE detail = 'scheduler-lock-test'").update();
    }

    @Test
    void a_job_whose_lock_another_instance_holds_is_skipped_and_runs_once_the_lock_is_free() {
        jdbc.sql("DELETE FROM shedlock WHERE name = 'staff-audit-retention'").update();
        var old = Instant.now().minus(3650, ChronoUnit.DAYS);
        jdbc.sql("""
                INSERT INTO staff_audit (at, actor, action, target, result, detail)
                VALUES (:at, 'test', 'LOGIN', '', 'DONE', 'scheduler-lock-test')""")
                .param("at", Timestamp.from(old)).update();
        jdbc.sql("""
                INSERT INTO shedlock (name, lock_until, locked_at, locked_by)
                VALUES ('staff-audit-retention', NOW(3) + INTERVAL 1 HOUR, NOW(3), 'hub-2')""").update();

        audit.deleteExpiredDaily();
        assertThat(oldRows()).as("skipped while hub-2 holds the lock").isEqualTo(1);

        jdbc.sql("UPDATE shedlock SET lock_until = NOW(3) - INTERVAL 1 SECOND WHERE name = 'staff-audit-retention'").update();
        audit.deleteExpiredDaily();
        assertThat(oldRows()).as("run once the lock is free").isZero();
        assertThat(jdbc.sql("SELECT locked_by FROM shedlock WHERE name = 'staff-audit-retention'").query(String.class)
                .single()).isNotEqualTo("hub-2");
    }

    private long oldRows() {
        return jdbc.sql("SELECT COUNT(*) FROM staff_audit WHERE detail = 'scheduler-lock-test'").query(Long.class).single();
    }
}
