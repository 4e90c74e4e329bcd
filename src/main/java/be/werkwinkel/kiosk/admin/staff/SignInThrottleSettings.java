package be.werkwinkel.kiosk.admin.staff;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings under {@code kiosk.staff.address-throttle.*}: wrong sign-ins per client address, on top
 * of the pause per account (decision 038).
 *
 * @param maxFailures refused sign-ins from one address (an IPv6 /64) before it is slowed down
 * @param period the time in which that many come free again, evenly: after the burst, one more
 *     attempt every {@code period / maxFailures}
 */
@Validated
@ConfigurationProperties("kiosk.staff.address-throttle")
public record SignInThrottleSettings(
        @DefaultValue("20") @Min(1) @Max(10_000) int maxFailures,
        @DefaultValue("15m") Duration period) {

    public SignInThrottleSettings {
        if (period.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("kiosk.staff.address-throttle.period must be at least 1s");
        }
    }
}
