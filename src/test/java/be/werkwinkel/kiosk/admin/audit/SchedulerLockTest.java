package be.werkwinkel.kiosk.admin.audit;

import static org.assertj.core.api.Assertions.assertThat;

import be.werkwinkel.kiosk.support.KioskTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.TimeUnit;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A scheduled job runs once across the instances on one database (decision 042): while another
 * instance holds the job's lock, this one skips the run; once the lock is free, it runs. Shown on
 * the audit log's nightly clean-up, which deletes what it finds when it runs. A lock is kept alive
 * while its job runs, so that it can be short and lapse soon after its instance died.
 */
@KioskTest
class SchedulerLockTest {

    @Autowired
    StaffAuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LockProvider locks;

    @AfterEach
    void release() {
        jdbc.sql("DELETE FROM shedlock WHERE name IN ('staff-audit-retention', 'scheduler-lock-test')").update();
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

    @Test
    void a_lock_is_kept_alive_while_its_job_runs_and_would_lapse_soon_after_its_instance_died() throws Exception {
        // 30 s, the shortest lock the keep-alive takes: extended every 15 s while held
        var lock = locks.lock(new LockConfiguration(Instant.now(), "scheduler-lock-test", Duration.ofSeconds(30),
                Duration.ZERO)).orElseThrow();
        try {
            assertThat(secondsLeft()).as("taken for 30 s, not longer").isBetween(25.0, 30.5);
            var until = lockUntil();
            var deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(25);
            while (lockUntil().equals(until) && System.nanoTime() < deadline) {
                Thread.sleep(250); // the keep-alive's own period: nothing to wait on but the row
            }
            assertThat(lockUntil()).as("extended while held").isAfter(until);
            assertThat(secondsLeft()).as("for another 30 s at most").isBetween(10.0, 30.5);
        } finally {
            lock.unlock();
        }
        assertThat(secondsLeft()).as("released").isLessThanOrEqualTo(0.0);
    }

    private Timestamp lockUntil() {
        return jdbc.sql("SELECT lock_until FROM shedlock WHERE name = 'scheduler-lock-test'").query(Timestamp.class).single();
    }

    private double secondsLeft() {
        return jdbc.sql("SELECT TIMESTAMPDIFF(MICROSECOND, NOW(3), lock_until) / 1e6 FROM shedlock WHERE name = 'scheduler-lock-test'")
                .query(Double.class).single();
    }

    private long oldRows() {
        return jdbc.sql("SELECT COUNT(*) FROM staff_audit WHERE detail = 'scheduler-lock-test'").query(Long.class).single();
    }
}
