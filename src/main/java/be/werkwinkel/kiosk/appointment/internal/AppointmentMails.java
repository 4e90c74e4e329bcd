package be.werkwinkel.kiosk.appointment.internal;

import be.werkwinkel.kiosk.appointment.Booking;
import be.werkwinkel.kiosk.base.KioskTranslations;
import be.werkwinkel.kiosk.mail.InvalidMailException;
import be.werkwinkel.kiosk.mail.MailOutbox;
import be.werkwinkel.kiosk.mail.OutgoingMail;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import be.werkwinkel.kiosk.appointment.Appointments;
import be.werkwinkel.kiosk.appointment.BookingCode;
import be.werkwinkel.kiosk.appointment.BookingRequest;
import be.werkwinkel.kiosk.storage.RequestId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The confirmation, reminder and cancellation e-mails of an appointment, in the visitor's
 * language, through the mail outbox (so they are kept until the mail server takes them and sent
 * once per request). The confirmation and the reminder carry the appointment as a calendar file
 * (ical4j); its UID is the appointment's, so a calendar that imports the mail of a moved
 * appointment replaces the old time. Queued in the caller's transaction: no mail for a booking
 * that did not happen.
 */
class AppointmentMails {

    private static final Logger log = LoggerFactory.getLogger(AppointmentMails.class);
    static final String CALENDAR_TYPE = "text/calendar; charset=UTF-8; method=PUBLISH";

    private final MailOutbox outbox;
    private final KioskTranslations translations;
    private final Clock clock;

    AppointmentMails(MailOutbox outbox, KioskTranslations translations, Clock clock) {
        this.outbox = outbox;
        this.translations = translations;
        this.clock = clock;
    }

    /** The confirmation of a new or moved appointment, when the visitor gave an address. */
    void confirmation(Bookings.Row row, Booking booking) {
        send(row, booking, "appointment.mail.confirmation", "confirmation:" + booking.start().toInstant(), true);
    }

    /** The reminder, once per appointment and time. */
    void reminder(Bookings.Row row, Booking booking) {
        send(row, booking, "appointment.mail.reminder", "reminder:" + booking.start().toInstant(), true);
    }

    void cancellation(Bookings.Row row, Booking booking) {
        send(row, booking, "appointment.mail.cancellation", "cancellation", false);
    }

    /**
     * A terminal's request made while the hub was unreachable could not be booked at all (decision
     * 044): said to the visitor when they gave an address, once per request.
     */
    void requestNotBooked(RequestId request, BookingRequest asked, BookingCode reference, String typeName, String siteName) {
        if (asked.email() == null) {
            return;
        }
        var locale = asked.language().locale();
        var start = asked.start().withZoneSameInstant(Appointments.ZONE);
        var date = start.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale));
        var time = start.format(DateTimeFormatter.ofPattern("HH:mm"));
        var subject = translations.getTranslation("appointment.mail.notBooked.subject", locale, typeName, date, time);
        var text = translations.getTranslation("appointment.mail.notBooked.text", locale, asked.contactName(), typeName,
                date, time, siteName, reference.display());
        var requestId = UUID.nameUUIDFromBytes(("appointment-request:" + request + ":not-booked").getBytes(StandardCharsets.UTF_8));
        try {
            outbox.queue(new OutgoingMail(requestId, asked.email(), subject, text, List.of()));
        } catch (InvalidMailException invalid) {
            log.warn("Request {}: the not-booked e-mail cannot be sent ({})", request, invalid.reason());
        }
    }

    private void send(Bookings.Row row, Booking booking, String key, String occasion, boolean withCalendar) {
        if (row.email() == null) {
            return;
        }
        var locale = booking.language().locale();
        var subject = translations.getTranslation(key + ".subject", locale, booking.type().name().in(booking.language()),
                date(booking), time(booking));
        var text = translations.getTranslation(key + ".text", locale, parameters(row, booking));
        var attachments = withCalendar
                ? List.of(new OutgoingMail.MailAttachment("afspraak-" + booking.code().value().toLowerCase() + ".ics",
                        CALENDAR_TYPE, calendar(booking, text)))
                : List.<OutgoingMail.MailAttachment>of();
        // one message per appointment and occasion: a replayed booking or a second reminder run sends nothing more
        var requestId = UUID.nameUUIDFromBytes(("appointment:" + row.id() + ":" + occasion).getBytes(StandardCharsets.UTF_8));
        try {
            outbox.queue(new OutgoingMail(requestId, row.email(), subject, text, attachments));
        } catch (InvalidMailException invalid) {
            // checked when booking; an address the mail module still refuses is logged, the booking stands
            log.warn("Appointment {}: the {} e-mail cannot be sent ({})", row.id(), key, invalid.reason());
        }
    }

    private Object[] parameters(Bookings.Row row, Booking booking) {
        var language = booking.language();
        var bring = booking.type().whatToBring().in(language);
        var hint = booking.site().details().routeHint().in(language);
        return new Object[] {row.name(), booking.type().name().in(language), date(booking), time(booking),
                booking.site().name(), booking.site().addressLine(), booking.consultant().name(),
                bring.isEmpty() ? "-" : bring, booking.code().display(), hint.isEmpty() ? "-" : hint};
    }

    private static String date(Booking booking) {
        return booking.start().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(booking.language().locale()));
    }

    private static String time(Booking booking) {
        return booking.start().format(DateTimeFormatter.ofPattern("HH:mm"));
    }

    /** The appointment as an iCalendar file: start and end in UTC, so no time-zone data is needed. */
    byte[] calendar(Booking booking, String description) {
        var event = new VEvent(booking.start().toInstant(), booking.end().toInstant(),
                booking.type().name().in(booking.language()) + " - " + booking.site().name());
        event.add(new Uid(booking.id() + "@werkwinkel-kiosk"));
        event.add(new Location(booking.site().name() + ", " + booking.site().addressLine()));
        event.add(new Description(description));
        event.add(new Sequence((int) (clock.instant().getEpochSecond() / 60 % Integer.MAX_VALUE)));
        event.add(new Status(Status.VALUE_CONFIRMED));
        var calendar = new Calendar()
                .withProdId("-//Werkwinkel Kiosk//Appointments//NL")
                .withDefaults()
                .withProperty(new Method(Method.VALUE_PUBLISH))
                .withComponent(event)
                .getFluentTarget();
        try {
            var out = new StringWriter();
            new CalendarOutputter().output(calendar, out);
            return out.toString().getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("could not write a calendar file", e);
        }
    }
}
