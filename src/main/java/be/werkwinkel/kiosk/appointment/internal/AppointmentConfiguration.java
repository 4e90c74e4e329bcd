package be.werkwinkel.kiosk.appointment.internal;

import be.werkwinkel.kiosk.appointment.AppointmentSettings;
import be.werkwinkel.kiosk.base.ConditionalOnRole;
import be.werkwinkel.kiosk.base.KioskRole;
import be.werkwinkel.kiosk.base.KioskTranslations;
import be.werkwinkel.kiosk.base.Sealing;
import be.werkwinkel.kiosk.mail.MailOutbox;
import be.werkwinkel.kiosk.storage.PersonalStorage;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appointments where the database is: a standalone kiosk and the hub. A terminal will get remote
 * implementations of the same ports (the sync module).
 */
@ConditionalOnRole({KioskRole.STANDALONE, KioskRole.HUB})
@Configuration(proxyBeanMethods = false)
class AppointmentConfiguration {

    @Bean
    Catalogue appointmentCatalogue(JdbcClient jdbc) {
        return new Catalogue(jdbc);
    }

    @Bean
    Bookings appointmentBookings(JdbcClient jdbc, Sealing sealing) {
        return new Bookings(jdbc, sealing);
    }

    @Bean
    BookingRequests appointmentBookingRequests(JdbcClient jdbc) {
        return new BookingRequests(jdbc);
    }

    @Bean
    AppointmentMails appointmentMails(MailOutbox outbox, KioskTranslations translations, Clock clock) {
        return new AppointmentMails(outbox, translations, clock);
    }

    @Bean
    AppointmentService appointmentService(Catalogue catalogue, Bookings bookings, TransactionTemplate transactions,
            AppointmentSettings settings, Clock clock, ApplicationEventPublisher events, PersonalStorage storage,
            AppointmentMails mails, BookingRequests requests) {
        return new AppointmentService(catalogue, bookings, transactions, settings, clock, events, storage, mails,
                new PublicHolidays(), requests);
    }

    @Bean
    AppointmentAdminService appointmentAdminService(Catalogue catalogue, Bookings bookings,
            AppointmentService appointments, TransactionTemplate transactions, PersonalStorage storage, Clock clock,
            ApplicationEventPublisher events) {
        return new AppointmentAdminService(catalogue, bookings, appointments, transactions, storage, clock, events);
    }

    /** Terminals' booking requests made while the hub was unreachable (decision 044). */
    @Bean
    AppointmentRequestDelivery appointmentRequestDelivery(AppointmentService appointments, BookingRequests requests,
            AppointmentMails mails, Clock clock) {
        return new AppointmentRequestDelivery(appointments, requests, mails, clock);
    }

    /** Not in the staff command line: it runs one command and stops. */
    @Bean
    @ConditionalOnProperty(name = "kiosk.command-line", havingValue = "false", matchIfMissing = true)
    ReminderJob appointmentReminderJob(AppointmentService appointments, Bookings bookings, AppointmentMails mails,
            AppointmentSettings settings, Clock clock, TransactionTemplate transactions) {
        return new ReminderJob(appointments, bookings, mails, settings, clock, transactions);
    }

    /** Demo sites, consultants, types and plans on a standalone kiosk whose catalogue is empty. */
    @Bean
    @ConditionalOnRole(KioskRole.STANDALONE)
    @ConditionalOnProperty(name = "kiosk.appointments.demo-data", havingValue = "true", matchIfMissing = true)
    DemoAppointments demoAppointments(AppointmentAdminService administration, Clock clock) {
        return new DemoAppointments(administration, clock);
    }
}
