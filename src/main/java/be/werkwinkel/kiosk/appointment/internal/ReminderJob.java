package be.werkwinkel.kiosk.appointment.internal;

import be.werkwinkel.kiosk.appointment.AppointmentSettings;
import java.time.Clock;
import java.util.HashMap;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Queues the reminder e-mail of each booked appointment that starts within the reminder lead
 * ({@code kiosk.appointments.reminder-lead}, 24 h by default) and had none; runs on
 * {@code kiosk.appointments.reminder-schedule}. Each reminder is queued with a request id of its
 * own appointment and time, and marked in the same transaction, so a run that crashes halfway
 * sends none twice. An appointment booked within the lead gets no reminder: its confirmation is
 * recent enough.
 */
class ReminderJob {

    private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);

    private final AppointmentService appointments;
    private final Bookings bookings;
    private final AppointmentMails mails;
    private final AppointmentSettings settings;
    private final Clock clock;
    private final TransactionTemplate transactions;

    ReminderJob(AppointmentService appointments, Bookings bookings, AppointmentMails mails,
            AppointmentSettings settings, Clock clock, TransactionTemplate transactions) {
        this.appointments = appointments;
        this.bookings = bookings;
        this.mails = mails;
        this.settings = settings;
        this.clock = clock;
        this.transactions = transactions;
    }

    @Scheduled(cron = "${kiosk.appointments.reminder-schedule:0 */10 * * * *}", zone = "Europe/Brussels")
    @SchedulerLock(name = "appointment-reminders", lockAtLeastFor = "PT1M")
    void run() {
        try {
            var sent = remind();
            if (sent > 0) {
                log.info("Appointment reminders queued: {}", sent);
            }
        } catch (RuntimeException e) {
            log.warn("The reminder job failed; it runs again at its next time: {}", e.toString());
        }
    }

    /** Queues the reminders due now; answers how many. */
    int remind() {
        var now = clock.instant();
        var cache = new HashMap<Object, Object>();
        var count = 0;
        for (var row : bookings.toRemind(now, now.plus(settings.reminderLead()))) {
            var lead = java.time.Duration.between(row.bookedAt(), row.start());
            var booking = appointments.toBooking(row, cache);
            transactions.executeWithoutResult(status -> {
                if (lead.compareTo(settings.reminderLead()) > 0) {
                    mails.reminder(row, booking);
                }
                bookings.markReminded(row.id(), now);
            });
            if (lead.compareTo(settings.reminderLead()) > 0 && row.email() != null) {
                count++;
            }
        }
        return count;
    }
}
