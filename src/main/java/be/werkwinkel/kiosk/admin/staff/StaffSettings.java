package be.werkwinkel.kiosk.admin.staff;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings under {@code kiosk.staff.*}.
 *
 * @param maxFailedAttempts wrong passwords in a row before an account is paused
 * @param firstPause the first pause; every further wrong password doubles it
 * @param maxPause the longest pause
 * @param sessionTimeout a signed-in staff member who does nothing for this long is signed out
 * @param minPasswordLength the shortest password an account may have
 * @param auditRetention how long the audit log keeps an entry
 * @param auditRetentionSchedule when old entries are deleted (cron, Europe/Brussels)
 */
@Validated
@ConfigurationProperties("kiosk.staff")
public record StaffSettings(
        @DefaultValue("5") @Min(1) @Max(100) int maxFailedAttempts,
        @DefaultValue("1m") Duration firstPause,
        @DefaultValue("1h") Duration maxPause,
        @DefaultValue("30m") Duration sessionTimeout,
        @DefaultValue("12") @Min(8) @Max(64) int minPasswordLength,
        @DefaultValue("400d") Period auditRetention,
        @DefaultValue("0 45 3 * * *") String auditRetentionSchedule) {

    public StaffSettings {
        if (firstPause.isNegative() || firstPause.isZero() || maxPause.compareTo(firstPause) < 0) {
            throw new IllegalArgumentException("kiosk.staff.first-pause must be positive and at most kiosk.staff.max-pause");
        }
        if (sessionTimeout.toMinutes() < 1) {
            throw new IllegalArgumentException("kiosk.staff.session-timeout must be at least one minute");
        }
        if (auditRetention.isNegative() || auditRetention.isZero()) {
            throw new IllegalArgumentException("kiosk.staff.audit-retention must be positive");
        }
    }

    /** The pause after this many wrong passwords in a row, or zero while there is none. */
    public Duration pauseAfter(int failures) {
        if (failures < maxFailedAttempts) {
            return Duration.ZERO;
        }
        var doublings = Math.min(failures - maxFailedAttempts, 20);
        var pause = firstPause.multipliedBy(1L << doublings);
        return pause.compareTo(maxPause) > 0 ? maxPause : pause;
    }
}
