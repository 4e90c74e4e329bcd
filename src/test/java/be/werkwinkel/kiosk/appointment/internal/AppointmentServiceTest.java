package be.werkwinkel.kiosk.appointment.internal;

import static be.werkwinkel.kiosk.appointment.internal.AppointmentFixture.at;
import static be.werkwinkel.kiosk.appointment.internal.AppointmentFixture.workingDay;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.werkwinkel.kiosk.appointment.AppointmentAdministration;
import be.werkwinkel.kiosk.appointment.AppointmentProblem;
import be.werkwinkel.kiosk.appointment.AppointmentProblem.Reason;
import be.werkwinkel.kiosk.appointment.AppointmentStatus;
import be.werkwinkel.kiosk.appointment.AppointmentTypeId;
import be.werkwinkel.kiosk.appointment.Appointments;
import be.werkwinkel.kiosk.appointment.Booking;
import be.werkwinkel.kiosk.appointment.BookingCode;
import be.werkwinkel.kiosk.appointment.BookingOutcome;
import be.werkwinkel.kiosk.appointment.BookingRequest;
import be.werkwinkel.kiosk.appointment.ConsultantChoice;
import be.werkwinkel.kiosk.appointment.FreeSlot;
import be.werkwinkel.kiosk.appointment.SiteId;
import be.werkwinkel.kiosk.appointment.SlotQuery;
import be.werkwinkel.kiosk.appointment.WorkingPlan;
import be.werkwinkel.kiosk.base.KioskLanguage;
import be.werkwinkel.kiosk.storage.DocumentContent;
import be.werkwinkel.kiosk.storage.DocumentKind;
import be.werkwinkel.kiosk.storage.PersonalStorage;
import be.werkwinkel.kiosk.storage.RequestId;
import be.werkwinkel.kiosk.support.KioskTest;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Booking, finding, cancelling and moving on the real embedded MariaDB; every refusal changes nothing. */
@KioskTest
class AppointmentServiceTest {

    @Autowired
    Appointments appointments;
    @Autowired
    AppointmentAdministration admin;
    @Autowired
    PersonalStorage storage;
    @Autowired
    JdbcClient jdbc;

    @Test
    void a_booking_gets_a_code_takes_the_slot_and_is_found_with_the_code_and_a_second_factor() {
        var fixture = AppointmentFixture.create(admin, 1, 30, 10);
        var day = workingDay(3);
        var outcome = appointments.book(RequestId.random(), fixture.request(at(day, 9, 0), ConsultantChoice.anyone()));

        var booking = ((BookingOutcome.Booked) outcome).booking();
        assertThat(booking.code().value()).hasSize(8).matches("[" + BookingCode.ALPHABET + "]+");
        assertThat(booking.start()).isEqualTo(at(day, 9, 0));
        assertThat(booking.end()).isEqualTo(at(day, 9, 30));
        assertThat(booking.consultant().id()).isEqualTo(fixture.consultants().getFirst().id());
        assertThat(booking.status()).isEqualTo(AppointmentStatus.BOOKED);
        assertThat(starts(fixture, day)).doesNotContain(LocalTime.of(9, 0), LocalTime.of(9, 30))
                .as("the 10-minute buffer keeps 09:30 free of a new start; 09:45 is free")
                .contains(LocalTime.of(8, 0), LocalTime.of(9, 45));

        assertThat(appointments.find(booking.code().display().toLowerCase(), "3456", "t1").id()).isEqualTo(booking.id());
        assertThat(appointments.find(booking.code().value(), "1985", "t1").id()).isEqualTo(booking.id());
        assertThatThrownBy(() -> appointments.find(booking.code().value(), "1986", "t1"))
                .extracting(e -> ((AppointmentProblem) e).reason()).isEqualTo(Reason.NOT_FOUND);
    }

    @Test
    void a_slot_whose_buffer_would_reach_a_booked_appointment_is_not_offered() {
        var fixture = AppointmentFixture.create(admin, 1, 30, 10);
        var day = workingDay(3);
        book(fixture, at(day, 10, 0), ConsultantChoice.anyone());
        // 09:30 + 30 min + 10 min buffer reaches 10:10
        assertThat(starts(fixture, day)).contains(LocalTime.of(9, 15)).doesNotContain(LocalTime.of(9, 30));
    }

    @Test
    void replaying_a_request_books_once_and_answers_the_first_booking() {
        var fixture = AppointmentFixture.create(admin, 2, 30, 0);
        var request = RequestId.random();
        var booking = fixture.request(at(workingDay(3), 10, 0), ConsultantChoice.anyone());
        var first = ((BookingOutcome.Booked) appointments.book(request, booking)).booking();
        var again = ((BookingOutcome.Booked) appointments.book(request, booking)).booking();

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.code()).isEqualTo(first.code());
        assertThat(appointmentsAt(fixture.site().id())).isEqualTo(1);
        assertThatThrownBy(() -> appointments.book(request, fixture.request(at(workingDay(3), 11, 0), ConsultantChoice.anyone())))
                .extracting(e -> ((AppointmentProblem) e).reason()).isEqualTo(Reason.REQUEST_ID_REUSED);
    }

    @Test
    void a_stale_screen_booking_a_taken_slot_gets_just_taken_with_the_nearest_alternatives() {
        var fixture = AppointmentFixture.create(admin, 1, 30, 0);
        var day = workingDay(4);
        var chosen = new ConsultantChoice.Chosen(fixture.consultants().getFirst().id());
        book(fixture, at(day, 10, 0), chosen);

        var outcome = appointments.book(RequestId.random(), fixture.request(at(day, 10, 0), chosen));

        var alternatives = ((BookingOutcome.JustTaken) outcome).alternatives();
        assertThat(alternatives).extracting(slot -> slot.start().toLocalTime())
                .containsExactly(LocalTime.of(9, 15), LocalTime.of(9, 30), LocalTime.of(10, 30), LocalTime.of(10, 45));
        assertThat(appointmentsAt(fixture.site().id())).isEqualTo(1);
    }

    @Test
    void anyone_gives_the_second_consultant_when_the_first_is_taken_and_a_language_picks_who_speaks_it() {
        var fixture = AppointmentFixture.create(admin, 2, 30, 0);
        var day = workingDay(3);
        var first = book(fixture, at(day, 14, 0), ConsultantChoice.anyone());
        var second = book(fixture, at(day, 14, 0), ConsultantChoice.anyone());
        assertThat(second.consultant().id()).isNotEqualTo(first.consultant().id());
        assertThat(appointments.freeSlots(SlotQuery.anyone(fixture.type().id(), fixture.site().id()), day))
                .extracting(slot -> slot.start().toLocalTime()).doesNotContain(LocalTime.of(14, 0));

        var french = book(fixture, at(day, 15, 0), new ConsultantChoice.Speaking("fr"));
        assertThat(french.consultant().languages()).contains("fr");
    }

    @Test
    void days_with_free_slots_leave_out_public_holidays_and_closures() {
        var fixture = AppointmentFixture.create(admin, 1, 30, 0);
        var closed = workingDay(5);
        admin.addClosure(fixture.site().id(), closed, closed, "verbouwing");
        var days = appointments.daysWithFreeSlots(SlotQuery.anyone(fixture.type().id(), fixture.site().id()));

        assertThat(days).doesNotContain(closed).contains(workingDay(3));
        assertThat(days).noneMatch(AppointmentFixture.HOLIDAYS::isHoliday);
        assertThat(days.getLast()).isBeforeOrEqualTo(LocalDate.now(Appointments.ZONE).plusDays(60));
        assertThat(appointments.firstAvailable(SlotQuery.anyone(fixture.type().id(), fixture.site().id())))
                .map(FreeSlot::start).get().matches(start -> start.isAfter(ZonedDateTime.now(Appointments.ZONE).plusHours(2)));
    }

    @Test
    void bad_requests_are_refused_with_their_reason_and_change_nothing() {
        var fixture = AppointmentFixture.create(admin, 1, 30, 0);
        var day = workingDay(3);
        var anyone = ConsultantChoice.anyone();

        refused(Reason.SLOT_IN_PAST, () -> appointments.book(RequestId.random(),
                fixture.request(ZonedDateTime.now(Appointments.ZONE).minusDays(1).withHour(10).withMinute(0), anyone)));
        refused(Reason.OUTSIDE_BOOKING_WINDOW, () -> appointments.book(RequestId.random(),
                fixture.request(at(LocalDate.now(Appointments.ZONE).plusDays(90), 10, 0), anyone)));
        refused(Reason.SLOT_NOT_OFFERED, () -> appointments.book(RequestId.random(), fixture.request(at(day, 12, 15), anyone)));
        refused(Reason.SLOT_NOT_OFFERED, () -> appointments.book(RequestId.random(), fixture.request(at(day, 19, 0), anyone)));
        refused(Reason.SLOT_NOT_OFFERED, () -> appointments.book(RequestId.random(), fixture.request(at(day, 17, 45), anyone)));
        refused(Reason.INVALID_TIME, () -> appointments.book(RequestId.random(), fixture.request(at(day, 10, 7), anyone)));
        refused(Reason.UNKNOWN_TYPE, () -> appointments.book(RequestId.random(), new BookingRequest(AppointmentTypeId.random(),
                fixture.site().id(), at(day, 10, 0), anyone, "Jan", "0470123456", null, null, null, null, KioskLanguage.DUTCH, "t")));
        refused(Reason.UNKNOWN_SITE, () -> appointments.book(RequestId.random(), new BookingRequest(fixture.type().id(),
                SiteId.random(), at(day, 10, 0), anyone, "Jan", "0470123456", null, null, null, null, KioskLanguage.DUTCH, "t")));
        refused(Reason.UNKNOWN_CONSULTANT, () -> appointments.book(RequestId.random(),
                fixture.request(at(day, 10, 0), new ConsultantChoice.Chosen(be.werkwinkel.kiosk.appointment.ConsultantId.random()))));
        refused(Reason.NAME_INVALID, () -> appointments.book(RequestId.random(), new BookingRequest(fixture.type().id(),
                fixture.site().id(), at(day, 10, 0), anyone, " ", "0470123456", null, null, null, null, KioskLanguage.DUTCH, "t")));
        refused(Reason.PHONE_INVALID, () -> appointments.book(RequestId.random(), fixture.request(at(day, 10, 0), anyone,
                "bel me", null, null)));
        refused(Reason.EMAIL_INVALID, () -> appointments.book(RequestId.random(), fixture.request(at(day, 10, 0), anyone,
                "0470123456", "geen-adres", null)));
        refused(Reason.SECOND_FACTOR_NEEDED, () -> appointments.book(RequestId.random(), new BookingRequest(fixture.type().id(),
                fixture.site().id(), at(day, 10, 0), anyone, "Jan", null, "jan@voorbeeld.be", null, null, null,
                KioskLanguage.DUTCH, "t")));

        assertThat(appointmentsAt(fixture.site().id())).isZero();
        assertThat(starts(fixture, day)).contains(LocalTime.of(10, 0));
    }

    @Test
    void tampered_codes_are_not_found_and_guessing_is_paused_per_terminal_and_per_code() {
        var fixture = AppointmentFixture.create(admin, 1, 30, 0);
        var booking = book(fixture, at(workingDay(3), 9, 0), ConsultantChoice.anyone());
        var code = booking.code().value();
        var tampered = (code.charAt(0) == 'A' ? "C" : "A") + code.substring(1);
        refused(Reason.NOT_FOUND, () -> appointments.find(tampered, "3456", "guesser-" + UUID.randomUUID()));
        refused(Reason.NOT_FOUND, () -> appointments.find("0OIL-1825", "3456", "guesser-" + UUID.randomUUID()));
        refused(Reason.NOT_FOUND, () -> appointments.find("'; DROP TABLE appointment; --", "3456", "guesser-" + UUID.randomUUID()));

        // per terminal: ten wrong codes, then even the right one waits
        var terminal = "guesser-" + UUID.randomUUID();
        for (var i = 0; i < 10; i++) {
            var guess = new BookingCodes().next().value();
            refused(Reason.NOT_FOUND, () -> appointments.find(guess, "1234", terminal));
        }
        refused(Reason.TOO_MANY_ATTEMPTS, () -> appointments.find(code, "3456", terminal));

        // per code: five wrong second factors from five terminals, then the code waits everywhere
        for (var i = 0; i < 5; i++) {
            var factor = String.valueOf(1000 + i);
            refused(Reason.NOT_FOUND, () -> appointments.find(code, factor, "terminal-" + UUID.randomUUID()));
        }
        refused(Reason.TOO_MANY_ATTEMPTS, () -> appointments.find(code, "3456", "terminal-" + UUID.randomUUID()));
    }

    @Test
    void cancelling_frees_the_slot_and_moving_keeps_the_code() {
        var fixture = AppointmentFixture.create(admin, 1, 30, 0);
        var day = workingDay(3);
        var booking = book(fixture, at(day, 9, 0), ConsultantChoice.anyone());

        var moved = ((BookingOutcome.Booked) appointments.move(RequestId.random(), booking.code().value(), "1985", "t",
                at(day, 9, 15), ConsultantChoice.anyone())).booking();
        assertThat(moved.code()).isEqualTo(booking.code());
        assertThat(moved.start()).isEqualTo(at(day, 9, 15));
        assertThat(starts(fixture, day)).contains(LocalTime.of(8, 30)).doesNotContain(LocalTime.of(9, 0), LocalTime.of(9, 15));

        var request = RequestId.random();
        var cancelled = appointments.cancel(request, booking.code().value(), "3456", "t");
        assertThat(cancelled.status()).isEqualTo(AppointmentStatus.CANCELLED);
        assertThat(appointments.cancel(request, booking.code().value(), "3456", "t").status())
                .as("replayed").isEqualTo(AppointmentStatus.CANCELLED);
        assertThat(starts(fixture, day)).contains(LocalTime.of(9, 0), LocalTime.of(9, 15));
        refused(Reason.NOT_CHANGEABLE, () -> appointments.cancel(RequestId.random(), booking.code().value(), "3456", "t"));
    }

    @Test
    void a_plan_that_overlaps_another_of_the_same_consultant_is_refused() {
        var fixture = AppointmentFixture.create(admin, 1, 30, 0);
        var consultant = fixture.consultants().getFirst();
        var before = admin.plans(consultant.id());
        refused(Reason.PLAN_OVERLAPS, () -> admin.savePlan(null, consultant.id(), fixture.site().id(), DayOfWeek.MONDAY,
                LocalTime.of(17, 0), LocalTime.of(19, 0), List.of(), LocalDate.now().plusMonths(2), null));
        refused(Reason.PLAN_TIMES_INVALID, () -> admin.savePlan(null, consultant.id(), fixture.site().id(), DayOfWeek.MONDAY,
                LocalTime.of(19, 0), LocalTime.of(21, 0),
                List.of(new WorkingPlan.Break(LocalTime.of(18, 0), LocalTime.of(19, 30))), LocalDate.now(), null));
        refused(Reason.PLAN_TIMES_INVALID, () -> admin.savePlan(null, consultant.id(), fixture.site().id(), DayOfWeek.MONDAY,
                LocalTime.of(20, 0), LocalTime.of(19, 0), List.of(), LocalDate.now(), null));
        assertThat(admin.plans(consultant.id())).isEqualTo(before);
        // right after the existing line is fine
        var evening = admin.savePlan(null, consultant.id(), fixture.site().id(), DayOfWeek.MONDAY, LocalTime.of(18, 0),
                LocalTime.of(20, 0), List.of(), LocalDate.now(), null);
        assertThat(admin.plans(consultant.id())).contains(evening);
    }

    @Test
    void a_shared_document_opens_only_for_the_consultant_of_the_appointment_and_every_opening_is_recorded() {
        var fixture = AppointmentFixture.create(admin, 2, 30, 0);
        var account = storage.createAccount(RequestId.random(), "afspraak" + UUID.randomUUID().toString().substring(0, 8),
                "482915", null);
        var document = storage.save(RequestId.random(), account, DocumentKind.CV, "Mijn cv",
                new DocumentContent("mijn cv".getBytes(StandardCharsets.UTF_8), "text/plain"));
        var booking = ((BookingOutcome.Booked) appointments.book(RequestId.random(), fixture.request(at(workingDay(3), 9, 0),
                new ConsultantChoice.Chosen(fixture.consultants().getFirst().id()), "0470123456", null, account))).booking();

        refused(Reason.CONSENT_NEEDED, () -> appointments.shareDocument(RequestId.random(), booking.id(), account, document, false));
        appointments.shareDocument(RequestId.random(), booking.id(), account, document, true);
        assertThat(appointments.sharedDocuments(booking.id(), account)).hasSize(1);

        var theConsultant = fixture.consultants().getFirst().details().staffUsername();
        var another = fixture.consultants().get(1).details().staffUsername();
        refused(Reason.NOT_THE_CONSULTANT, () -> admin.openSharedDocument(booking.id(), document, another));
        assertThat(new String(admin.openSharedDocument(booking.id(), document, theConsultant).content().bytes(),
                StandardCharsets.UTF_8)).isEqualTo("mijn cv");

        appointments.revokeDocument(RequestId.random(), booking.id(), account, document);
        refused(Reason.DOCUMENT_NOT_FOUND, () -> admin.openSharedDocument(booking.id(), document, theConsultant));
        assertThat(admin.documentOpenings(booking.id())).extracting(opening -> opening.staffUsername() + ":" + opening.allowed())
                .containsExactly(theConsultant + ":false", theConsultant + ":true", another + ":false");
    }

    // ---- helpers -------------------------------------------------------------------------------

    private Booking book(AppointmentFixture fixture, ZonedDateTime start, ConsultantChoice consultant) {
        return ((BookingOutcome.Booked) appointments.book(RequestId.random(), fixture.request(start, consultant))).booking();
    }

    private List<LocalTime> starts(AppointmentFixture fixture, LocalDate day) {
        return appointments.freeSlots(SlotQuery.anyone(fixture.type().id(), fixture.site().id()), day).stream()
                .map(slot -> slot.start().toLocalTime()).toList();
    }

    private int appointmentsAt(SiteId site) {
        return jdbc.sql("SELECT COUNT(*) FROM appointment WHERE site_id = ?").param(site.toString()).query(Integer.class).single();
    }

    private static void refused(Reason reason, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(AppointmentProblem.class)
                .extracting(e -> ((AppointmentProblem) e).reason()).isEqualTo(reason);
    }
}
