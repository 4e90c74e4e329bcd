package be.werkwinkel.kiosk.appointment.internal;

import static be.werkwinkel.kiosk.appointment.internal.AppointmentFixture.at;
import static be.werkwinkel.kiosk.appointment.internal.AppointmentFixture.workingDay;
import static org.assertj.core.api.Assertions.assertThat;

import be.werkwinkel.kiosk.appointment.AppointmentAdministration;
import be.werkwinkel.kiosk.appointment.AppointmentBooked;
import be.werkwinkel.kiosk.appointment.Appointments;
import be.werkwinkel.kiosk.appointment.BookingOutcome;
import be.werkwinkel.kiosk.appointment.ConsultantChoice;
import be.werkwinkel.kiosk.appointment.SlotQuery;
import be.werkwinkel.kiosk.mail.internal.OutboxRuns;
import be.werkwinkel.kiosk.storage.RequestId;
import be.werkwinkel.kiosk.support.KioskTest;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Confirmation and reminder e-mails with a calendar file, over a real SMTP conversation (GreenMail). */
@KioskTest
@RecordApplicationEvents
class AppointmentMailTest {

    @Autowired
    Appointments appointments;
    @Autowired
    AppointmentAdministration admin;
    @Autowired
    ReminderJob reminders;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;

    private GreenMail greenMail;
    private JavaMailSenderImpl server;

    @BeforeEach
    void startMailServer() throws Exception {
        int port;
        try (var socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        server = new JavaMailSenderImpl();
        server.setHost("127.0.0.1");
        server.setPort(port);
    }

    @AfterEach
    void stopMailServer() {
        greenMail.stop();
    }

    @Test
    void a_booking_with_an_address_gets_a_confirmation_in_the_visitors_language_with_the_appointment_as_a_calendar_file()
            throws Exception {
        var fixture = AppointmentFixture.create(admin, 1, 45, 15);
        var address = "fatima." + UUID.randomUUID().toString().substring(0, 6) + "@voorbeeld.be";
        var start = at(workingDay(3), 10, 0);
        var request = new be.werkwinkel.kiosk.appointment.BookingRequest(fixture.type().id(), fixture.site().id(), start,
                ConsultantChoice.anyone(), "Fatima El Idrissi", null, address, 1990, null, null,
                be.werkwinkel.kiosk.base.KioskLanguage.FRENCH, "t");
        var requestId = RequestId.random();
        var booking = ((BookingOutcome.Booked) appointments.book(requestId, request)).booking();
        appointments.book(requestId, request); // a replay queues nothing more

        OutboxRuns.sendDue(context, Instant.now().plusSeconds(5), server);

        var received = to(address);
        assertThat(received).hasSize(1);
        var mail = received.getFirst();
        assertThat(mail.getSubject()).startsWith("Votre rendez-vous : Rendez-vous test le ").endsWith("à 10:00");
        var parts = parts(mail);
        assertThat(parts.getFirst()).contains("Bonjour Fatima El Idrissi", booking.code().display(),
                "Votre carte d’identité", fixture.site().name());
        var calendar = parts.get(1);
        assertThat(calendar).contains("BEGIN:VCALENDAR", "METHOD:PUBLISH", "BEGIN:VEVENT",
                "UID:" + booking.id() + "@werkwinkel-kiosk",
                "DTSTART:" + utc(start), "DTEND:" + utc(start.plusMinutes(45)), "END:VCALENDAR");
        assertThat(events.stream(AppointmentBooked.class).filter(event -> event.appointment().equals(booking.id())))
                .as("one event, not one per replay").hasSize(1);
    }

    @Test
    void the_reminder_goes_once_within_the_lead_time_with_the_calendar_file() throws Exception {
        var fixture = AppointmentFixture.create(admin, 1, 30, 0);
        var first = appointments.firstAvailable(SlotQuery.anyone(fixture.type().id(), fixture.site().id())).orElseThrow();
        Assumptions.assumeTrue(Duration.between(ZonedDateTime.now(), first.start()).toHours() < 23,
                "a public holiday tomorrow: no slot within the reminder lead");
        var address = "jan." + UUID.randomUUID().toString().substring(0, 6) + "@voorbeeld.be";
        var booking = ((BookingOutcome.Booked) appointments.book(RequestId.random(), fixture.request(first.start(),
                ConsultantChoice.anyone(), "0470 12 34 56", address, null))).booking();
        // booked a week ago: a booking made within the lead time gets no reminder
        jdbc.sql("UPDATE appointment SET booked_at = booked_at - INTERVAL 7 DAY WHERE id = ?").param(booking.id().toString()).update();

        reminders.remind();
        reminders.remind();
        OutboxRuns.sendDue(context, Instant.now().plusSeconds(5), server);

        var received = to(address);
        assertThat(received).extracting(this::safeSubject).as("the confirmation, then one reminder however often the job runs")
                .hasSize(2).anyMatch(subject -> subject.startsWith("Uw afspraak"))
                .filteredOn(subject -> subject.startsWith("Herinnering")).hasSize(1);
        var reminder = received.stream().filter(message -> safeSubject(message).startsWith("Herinnering")).findFirst().orElseThrow();
        assertThat(parts(reminder).get(1)).contains("UID:" + booking.id() + "@werkwinkel-kiosk");
    }

    private List<MimeMessage> to(String address) throws Exception {
        var result = new ArrayList<MimeMessage>();
        for (var message : greenMail.getReceivedMessages()) {
            if (message.getAllRecipients()[0].toString().equals(address)) {
                result.add(message);
            }
        }
        return result;
    }

    private String safeSubject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text parts and attachments of a message, as text, depth first. */
    private static List<String> parts(Part part) throws Exception {
        var result = new ArrayList<String>();
        if (part.getContent() instanceof Multipart multipart) {
            for (var i = 0; i < multipart.getCount(); i++) {
                result.addAll(parts(multipart.getBodyPart(i)));
            }
        } else {
            var out = new ByteArrayOutputStream();
            part.getDataHandler().writeTo(out);
            result.add(out.toString(StandardCharsets.UTF_8));
        }
        return result;
    }

    private static String utc(ZonedDateTime time) {
        return time.toInstant().toString().replace("-", "").replace(":", "").replace(".000", "");
    }
}
