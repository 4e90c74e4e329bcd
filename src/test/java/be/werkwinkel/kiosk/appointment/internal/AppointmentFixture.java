package be.werkwinkel.kiosk.appointment.internal;

import be.werkwinkel.kiosk.appointment.AppointmentAdministration;
import be.werkwinkel.kiosk.appointment.AppointmentType;
import be.werkwinkel.kiosk.appointment.Appointments;
import be.werkwinkel.kiosk.appointment.BookingRequest;
import be.werkwinkel.kiosk.appointment.Consultant;
import be.werkwinkel.kiosk.appointment.ConsultantChoice;
import be.werkwinkel.kiosk.appointment.Coordinates;
import be.werkwinkel.kiosk.appointment.LocalizedText;
import be.werkwinkel.kiosk.appointment.Site;
import be.werkwinkel.kiosk.appointment.SiteKind;
import be.werkwinkel.kiosk.appointment.WorkingPlan;
import be.werkwinkel.kiosk.base.KioskLanguage;
import be.werkwinkel.kiosk.base.OpeningHours;
import be.werkwinkel.kiosk.storage.AccountId;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A site of its own for one test, with one appointment type and consultants who work there every
 * day of the week, 08:00-18:00 with lunch 12:00-13:00, from today on: tests that share one
 * database never see each other's slots.
 */
record AppointmentFixture(Site site, AppointmentType type, List<Consultant> consultants) {

    static final PublicHolidays HOLIDAYS = new PublicHolidays();

    static AppointmentFixture create(AppointmentAdministration admin, int consultants, int minutes, int buffer) {
        var tag = UUID.randomUUID().toString().substring(0, 8);
        var site = admin.saveSite(null, new Site.SiteDetails(SiteKind.JOB_SHOP, "Testwinkel " + tag, "Teststraat 1",
                "9000", "Gent", new Coordinates(51.05, 3.72), Map.of(DayOfWeek.MONDAY, OpeningHours.parse("09:00-12:00")),
                LocalizedText.of("tram 1"), true));
        var type = admin.saveType(null, new AppointmentType.AppointmentTypeDetails("test-" + tag,
                new LocalizedText("Testafspraak", "Rendez-vous test", "Test appointment"), LocalizedText.empty(),
                Duration.ofMinutes(minutes), Duration.ofMinutes(buffer),
                new LocalizedText("Uw identiteitskaart", "Votre carte d’identité", "Your identity card"), "vaadin:user", 1, true));
        var people = new ArrayList<Consultant>();
        for (var i = 0; i < consultants; i++) {
            var consultant = admin.saveConsultant(null, new Consultant.ConsultantDetails("Consulent " + i + " " + tag,
                    i % 2 == 0 ? Set.of("nl", "en") : Set.of("nl", "fr"), Set.of(site.id()), Set.of(type.id()),
                    "staff-" + i + "-" + tag, true));
            for (var day : DayOfWeek.values()) {
                admin.savePlan(null, consultant.id(), site.id(), day, LocalTime.of(8, 0), LocalTime.of(18, 0),
                        List.of(new WorkingPlan.Break(LocalTime.of(12, 0), LocalTime.of(13, 0))),
                        LocalDate.now(Appointments.ZONE).minusDays(1), null);
            }
            people.add(consultant);
        }
        return new AppointmentFixture(site, type, List.copyOf(people));
    }

    /** A day a few days ahead that is no public holiday (plans cover every weekday). */
    static LocalDate workingDay(int daysAhead) {
        var day = LocalDate.now(Appointments.ZONE).plusDays(daysAhead);
        while (HOLIDAYS.isHoliday(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    static ZonedDateTime at(LocalDate day, int hour, int minute) {
        return ZonedDateTime.of(day, LocalTime.of(hour, minute), Appointments.ZONE);
    }

    BookingRequest request(ZonedDateTime start, ConsultantChoice consultant) {
        return request(start, consultant, "0470 12 34 56", null, null);
    }

    BookingRequest request(ZonedDateTime start, ConsultantChoice consultant, @Nullable String phone,
            @Nullable String email, @Nullable AccountId account) {
        return new BookingRequest(type.id(), site.id(), start, consultant, "Jan Peeters", phone, email, 1985, account,
                null, KioskLanguage.DUTCH, "terminal-test");
    }
}
