package be.werkwinkel.kiosk.terminal.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings under {@code kiosk.terminal.enrollment-throttle.*}: failed enrollments per client
 * address (decision 038). A refused caller gets 429 with {@code Retry-After}.
 *
 * @param maxFailures enrollments with an unknown, used or expired code from one address (an IPv6
 *     /64) before it is refused
 * @param period the time in which that many come free again, evenly
 */
@Validated
@ConfigurationProperties("kiosk.terminal.enrollment-throttle")
public record EnrollmentThrottleSettings(
        @DefaultValue("10") @Min(1) @Max(10_000) int maxFailures,
        @DefaultValue("15m") Duration period) {

    public EnrollmentThrottleSettings {
        if (period.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("kiosk.terminal.enrollment-throttle.period must be at least 1s");
        }
    }
}
