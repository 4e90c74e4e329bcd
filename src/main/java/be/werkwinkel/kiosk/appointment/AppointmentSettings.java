package be.werkwinkel.kiosk.appointment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings under {@code kiosk.appointments.*}.
 *
 * @param earliest the soonest a slot can be booked from now (e.g. 2h: no slot that starts within two hours)
 * @param latestDays how many days ahead the booking window reaches (today counts as day 0)
 * @param slotStep the grid slots start on (every 15 minutes by default); a multiple of 5 minutes
 * @param minimumNotice cancelling or moving at a terminal needs at least this much time before the start
 * @param reminderLead how long before the start the reminder e-mail goes out
 * @param reminderSchedule how often the reminder job looks for appointments to remind of (cron, Europe/Brussels)
 * @param maxAttemptsPerTerminal wrong code + second factor attempts on one terminal before a pause
 * @param maxAttemptsPerCode wrong second factors for one code (from any terminal) before a pause
 * @param attemptPause how long a terminal or code is paused after that many wrong attempts
 * @param alternatives how many nearest free slots a "just taken" answer offers
 */
@Validated
@ConfigurationProperties("kiosk.appointments")
public record AppointmentSettings(
        @DefaultValue("2h") Duration earliest,
        @DefaultValue("60") @Min(1) @Max(366) int latestDays,
        @DefaultValue("15m") Duration slotStep,
        @DefaultValue("12h") Duration minimumNotice,
        @DefaultValue("24h") Duration reminderLead,
        @DefaultValue("0 */10 * * * *") String reminderSchedule,
        @DefaultValue("10") @Min(1) @Max(1000) int maxAttemptsPerTerminal,
        @DefaultValue("5") @Min(1) @Max(1000) int maxAttemptsPerCode,
        @DefaultValue("15m") Duration attemptPause,
        @DefaultValue("4") @Min(0) @Max(20) int alternatives) {

    public AppointmentSettings {
        if (earliest.isNegative()) {
            throw new IllegalArgumentException("kiosk.appointments.earliest must not be negative");
        }
        if (slotStep.toMinutes() < 5 || slotStep.toMinutes() > 240 || slotStep.toMinutes() % 5 != 0
                || slotStep.toSeconds() % 60 != 0) {
            throw new IllegalArgumentException("kiosk.appointments.slot-step must be 5 minutes to 4 hours, a multiple of 5 minutes");
        }
        if (minimumNotice.isNegative()) {
            throw new IllegalArgumentException("kiosk.appointments.minimum-notice must not be negative");
        }
        if (reminderLead.isNegative() || reminderLead.isZero()) {
            throw new IllegalArgumentException("kiosk.appointments.reminder-lead must be positive");
        }
        if (attemptPause.isNegative() || attemptPause.isZero()) {
            throw new IllegalArgumentException("kiosk.appointments.attempt-pause must be positive");
        }
    }

    /** The defaults, for tests and tools. */
    public static AppointmentSettings defaults() {
        return new AppointmentSettings(Duration.ofHours(2), 60, Duration.ofMinutes(15), Duration.ofHours(12),
                Duration.ofHours(24), "0 */10 * * * *", 10, 5, Duration.ofMinutes(15), 4);
    }
}
