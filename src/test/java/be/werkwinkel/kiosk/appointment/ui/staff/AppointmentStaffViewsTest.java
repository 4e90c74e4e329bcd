package be.werkwinkel.kiosk.appointment.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import be.werkwinkel.kiosk.admin.StaffAccounts.Role;
import be.werkwinkel.kiosk.admin.audit.StaffAuditLog;
import be.werkwinkel.kiosk.appointment.AgendaEntry;
import be.werkwinkel.kiosk.appointment.AppointmentAdministration;
import be.werkwinkel.kiosk.appointment.AppointmentStatus;
import be.werkwinkel.kiosk.appointment.AppointmentType;
import be.werkwinkel.kiosk.appointment.Appointments;
import be.werkwinkel.kiosk.appointment.Booking;
import be.werkwinkel.kiosk.appointment.BookingOutcome;
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
import be.werkwinkel.kiosk.storage.DocumentContent;
import be.werkwinkel.kiosk.storage.DocumentKind;
import be.werkwinkel.kiosk.storage.PersonalStorage;
import be.werkwinkel.kiosk.storage.RequestId;
import be.werkwinkel.kiosk.support.KioskTest;
import be.werkwinkel.kiosk.support.WithStaff;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The appointment screens of the staff console, browserless, per role. */
@KioskTest
class AppointmentStaffViewsTest extends SpringBrowserlessTest {

    @Autowired
    AppointmentAdministration admin;

    @Autowired
    Appointments appointments;

    @Autowired
    PersonalStorage storage;

    @Autowired
    StaffAuditLog audit;

    record Fixture(Site site, AppointmentType type, Consultant consultant) {
    }

    /** A site, a type and a consultant linked to staff account {@code staffUsername}, working every day. */
    Fixture fixture(String staffUsername) {
        var tag = UUID.randomUUID().toString().substring(0, 8);
        var site = admin.saveSite(null, new Site.SiteDetails(SiteKind.JOB_SHOP, "Testwinkel " + tag, "Teststraat 1",
                "9000", "Gent", new Coordinates(51.05, 3.72), Map.of(DayOfWeek.MONDAY, OpeningHours.parse("09:00-12:00")),
                LocalizedText.of("tram 1"), true));
        var type = admin.saveType(null, new AppointmentType.AppointmentTypeDetails("staff-" + tag,
                new LocalizedText("Cv-hulp", "Aide CV", "CV help"), LocalizedText.empty(), Duration.ofMinutes(30),
                Duration.ZERO, LocalizedText.empty(), "vaadin:user", 1, true));
        var consultant = admin.saveConsultant(null, new Consultant.ConsultantDetails("Sofie " + tag, Set.of("nl"),
                Set.of(site.id()), Set.of(type.id()), staffUsername, true));
        for (var day : DayOfWeek.values()) {
            admin.savePlan(null, consultant.id(), site.id(), day, LocalTime.of(8, 0), LocalTime.of(18, 0), List.of(),
                    LocalDate.now(Appointments.ZONE).minusDays(1), null);
        }
        return new Fixture(site, type, consultant);
    }

    Booking book(Fixture fixture, AccountId account) {
        var day = appointments.daysWithFreeSlots(be.werkwinkel.kiosk.appointment.SlotQuery.anyone(fixture.type().id(),
                fixture.site().id())).get(2);
        var start = ZonedDateTime.of(day, LocalTime.of(10, 0), Appointments.ZONE);
        var outcome = appointments.book(RequestId.random(), new BookingRequest(fixture.type().id(), fixture.site().id(),
                start, new ConsultantChoice.Chosen(fixture.consultant().id()), "Jan Peeters", "0470 12 34 56", null, 1985,
                account, null, KioskLanguage.DUTCH, "terminal-test"));
        return ((BookingOutcome.Booked) outcome).booking();
    }

    /** A visitor with a CV shared for a booked appointment with the fixture's consultant. */
    Booking bookingWithSharedDocument(Fixture fixture) {
        var account = storage.createAccount(RequestId.random(), "bezoeker" + UUID.randomUUID().toString().substring(0, 6),
                "402913", null);
        var document = storage.save(RequestId.random(), account, DocumentKind.CV, "Mijn cv",
                new DocumentContent("{\"basics\":{}}".getBytes(StandardCharsets.UTF_8), "application/json"));
        var booking = book(fixture, account);
        appointments.shareDocument(RequestId.random(), booking.id(), account, document, true);
        return booking;
    }

    @SuppressWarnings("unchecked")
    private void showDayOf(Fixture fixture, Booking booking) {
        ComboBox<Consultant> consultant = $(ComboBox.class).id("agenda-consultant");
        test(consultant).selectItem(fixture.consultant().name());
        test($(com.vaadin.flow.component.datepicker.DatePicker.class).id("agenda-day"))
                .setValue(booking.start().toLocalDate());
    }

    @SuppressWarnings("unchecked")
    private Grid<AgendaEntry> agenda() {
        return $(Grid.class).id("agenda-grid");
    }

    @Test
    @WithStaff(username = "sofie-agenda")
    void a_consultant_sees_their_own_agenda_first_and_by_week() {
        var fixture = fixture("sofie-agenda");
        var booking = book(fixture, null);
        navigate(AgendaView.class);

        @SuppressWarnings("unchecked")
        ComboBox<Consultant> consultant = $(ComboBox.class).id("agenda-consultant");
        assertThat(consultant.getValue().id()).isEqualTo(fixture.consultant().id());
        test($(com.vaadin.flow.component.datepicker.DatePicker.class).id("agenda-day"))
                .setValue(booking.start().toLocalDate());
        assertThat(test(agenda()).size()).isEqualTo(1);
        assertThat(test(agenda()).getCellText(0, 3)).startsWith("Jan Peeters, 0470 12 34 56");
        assertThat(test(agenda()).getCellText(0, 4)).isEqualTo("Geboekt");

        test($(Button.class).id("agenda-next")).click();
        assertThat(test(agenda()).size()).isZero();

        @SuppressWarnings("unchecked")
        RadioButtonGroup<AgendaView.Span> span = $(RadioButtonGroup.class).id("agenda-span");
        test(span).selectItem("Week");
        assertThat(test(agenda()).size()).isEqualTo(1);
    }

    @Test
    @WithStaff(username = "sofie-mark")
    void a_booked_appointment_is_cancelled_and_marking_attended_before_it_began_is_refused() {
        var fixture = fixture("sofie-mark");
        var booking = book(fixture, null);
        navigate(AgendaView.class);
        showDayOf(fixture, booking);
        var entry = test(agenda()).getRow(0);
        var view = (AgendaView) getCurrentView();

        view.mark(entry, AppointmentStatus.ATTENDED);

        assertThat(admin.appointment(booking.id()).orElseThrow().booking().status()).isEqualTo(AppointmentStatus.BOOKED);
        assertThat($(Notification.class).last().getElement().getProperty("text", "")
                + $(Notification.class).last().getElement().getTextRecursively()).isNotBlank();

        view.mark(test(agenda()).getRow(0), AppointmentStatus.CANCELLED);

        assertThat(admin.appointment(booking.id()).orElseThrow().booking().status())
                .isEqualTo(AppointmentStatus.CANCELLED);
        assertThat(test(agenda()).getCellText(0, 4)).isEqualTo("Geannuleerd");
        assertThat(audit.search(booking.id().value().toString(), null, null))
                .extracting(line -> line.result().name() + " " + line.detail())
                .contains("DONE CANCELLED").anyMatch(line -> line.startsWith("REFUSED ATTENDED"));
    }

    @Test
    @WithStaff(username = "sofie-docs")
    void the_appointments_consultant_opens_a_shared_document_and_the_opening_is_audited() {
        var fixture = fixture("sofie-docs");
        var booking = bookingWithSharedDocument(fixture);
        navigate(AgendaView.class);
        showDayOf(fixture, booking);
        var entry = test(agenda()).getRow(0);

        ((AgendaView) getCurrentView()).open(entry, entry.sharedDocuments().getFirst());

        assertThat($(Dialog.class).id("agenda-document").getHeaderTitle()).isEqualTo("Mijn cv");
        assertThat(admin.documentOpenings(booking.id())).singleElement()
                .satisfies(opening -> assertThat(opening.allowed()).isTrue());
        assertThat(audit.search("SHARED_DOCUMENT_OPENED", null, null)).anySatisfy(line -> {
            assertThat(line.actor()).isEqualTo("sofie-docs");
            assertThat(line.target()).isEqualTo(booking.id().value().toString());
        });
    }

    @Test
    @WithStaff(username = "iemand-anders")
    void another_staff_member_cannot_open_the_document_and_the_attempt_is_audited() {
        var fixture = fixture("de-echte-consulent-" + UUID.randomUUID().toString().substring(0, 6));
        var booking = bookingWithSharedDocument(fixture);
        navigate(AgendaView.class);
        showDayOf(fixture, booking);
        var entry = test(agenda()).getRow(0);
        var openButton = (Button) test(agenda()).getCellComponent(0, 5).getChildren()
                .filter(child -> child.getId().orElse("").startsWith("agenda-document-")).findFirst().orElseThrow();
        assertThat(openButton.isEnabled()).as("only the consultant gets an enabled button").isFalse();

        ((AgendaView) getCurrentView()).open(entry, entry.sharedDocuments().getFirst());

        assertThat($(Dialog.class).withId("agenda-document").exists()).isFalse();
        assertThat(admin.documentOpenings(booking.id())).singleElement()
                .satisfies(opening -> assertThat(opening.allowed()).isFalse());
        assertThat(audit.search("iemand-anders", null, null)).anySatisfy(line -> {
            assertThat(line.action()).isEqualTo("SHARED_DOCUMENT_OPENED");
            assertThat(line.result().name()).isEqualTo("REFUSED");
        });
    }

    @Test
    @WithStaff(role = Role.ADMIN)
    void an_administrator_makes_an_appointment_type_and_a_bad_duration_is_refused() {
        var code = "nieuw-" + UUID.randomUUID().toString().substring(0, 6);
        navigate(AppointmentTypesView.class);

        test($(Button.class).id("types-create")).click();
        test($(TextField.class).id("type-code")).setValue(code);
        test($(TextField.class).id("type-name-nl")).setValue("Nederlands leren");
        test($(IntegerField.class).id("type-duration")).setValue(7);
        test($(Button.class).id("type-save")).click();
        assertThat(admin.allTypes()).noneMatch(type -> type.details().code().equals(code));

        test($(IntegerField.class).id("type-duration")).setValue(45);
        test($(Button.class).id("type-save")).click();

        assertThat(admin.allTypes()).filteredOn(type -> type.details().code().equals(code)).singleElement()
                .satisfies(type -> {
                    assertThat(type.duration()).isEqualTo(Duration.ofMinutes(45));
                    assertThat(type.name().in(KioskLanguage.FRENCH)).isEqualTo("Nederlands leren");
                });
    }

    @Test
    @WithStaff(role = Role.ADMIN)
    void an_administrator_makes_a_site_with_opening_hours_and_closes_it_a_day() {
        var name = "Werkantenne " + UUID.randomUUID().toString().substring(0, 6);
        navigate(SitesView.class);

        test($(Button.class).id("sites-create")).click();
        test($(TextField.class).id("site-name")).setValue(name);
        test($(TextField.class).id("site-street")).setValue("Dorpsstraat 3");
        test($(TextField.class).id("site-postcode")).setValue("9050");
        test($(TextField.class).id("site-municipality")).setValue("Gentbrugge");
        test($(TextField.class).id("site-latitude")).setValue("51,04");
        test($(TextField.class).id("site-longitude")).setValue("3.76");
        test($(TextField.class).id("site-hours-tuesday")).setValue("9u tot 12u");
        test($(Button.class).id("site-save")).click();
        assertThat($(TextField.class).id("site-hours-tuesday").isInvalid()).isTrue();
        assertThat(admin.allSites()).noneMatch(site -> site.name().equals(name));

        test($(TextField.class).id("site-hours-tuesday")).setValue("09:00-12:00");
        test($(Button.class).id("site-save")).click();

        var site = admin.allSites().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
        assertThat(site.details().hoursOn(DayOfWeek.TUESDAY).closed()).isFalse();
        assertThat(site.details().hoursOn(DayOfWeek.MONDAY).closed()).isTrue();

        ((SitesView) getCurrentView()).closures(site);
        var day = LocalDate.now(Appointments.ZONE).plusDays(10);
        test($(com.vaadin.flow.component.datepicker.DatePicker.class).id("closure-from")).setValue(day);
        test($(com.vaadin.flow.component.datepicker.DatePicker.class).id("closure-until")).setValue(day);
        test($(TextField.class).id("closure-reason")).setValue("Verbouwing");
        test($(Button.class).id("closure-add")).click();

        assertThat(admin.closures(site.id(), LocalDate.now(Appointments.ZONE))).singleElement()
                .satisfies(closure -> assertThat(closure.reason()).isEqualTo("Verbouwing"));
    }

    @Test
    @WithStaff(role = Role.ADMIN)
    void an_administrator_plans_a_consultant_and_an_overlapping_plan_is_refused() {
        var fixture = fixture(null);
        navigate(ConsultantsView.class);
        var view = (ConsultantsView) getCurrentView();

        view.plans(fixture.consultant());
        var before = admin.plans(fixture.consultant().id()).size();
        @SuppressWarnings("unchecked")
        ComboBox<DayOfWeek> day = $(ComboBox.class).id("plan-day");
        day.setValue(DayOfWeek.MONDAY);
        @SuppressWarnings("unchecked")
        ComboBox<Site> site = $(ComboBox.class).id("plan-site");
        site.setValue(fixture.site());
        test($(TimePicker.class).id("plan-from")).setValue(LocalTime.of(9, 0));
        test($(TimePicker.class).id("plan-until")).setValue(LocalTime.of(12, 0));
        test($(Button.class).id("plan-add")).click();

        assertThat(admin.plans(fixture.consultant().id())).hasSize(before);
        assertThat($(Notification.class).last().getId()).hasValue("staff-problem");
    }

    @Test
    @WithStaff(role = Role.ADMIN)
    void an_administrator_links_a_consultant_to_a_staff_account() {
        var fixture = fixture(null);
        navigate(ConsultantsView.class);

        ((ConsultantsView) getCurrentView()).edit(fixture.consultant());
        test($(TextField.class).id("consultant-staff-username")).setValue("nieuwe-collega");
        test($(Checkbox.class).id("consultant-active")).click();
        test($(Button.class).id("consultant-save")).click();

        var saved = admin.allConsultants().stream().filter(c -> c.id().equals(fixture.consultant().id())).findFirst()
                .orElseThrow();
        assertThat(saved.details().staffUsername()).isEqualTo("nieuwe-collega");
        assertThat(saved.details().active()).isFalse();
    }

    @Test
    @WithStaff
    void a_staff_member_gets_the_agenda_but_not_the_catalogue() {
        navigate(AgendaView.class);
        assertThat(getCurrentView()).isInstanceOf(AgendaView.class);

        for (var path : List.of("admin/appointment-types", "admin/sites", "admin/consultants")) {
            navigate(path, Component.class);
            assertThat(getCurrentView()).as(path).isNotInstanceOfAny(AppointmentTypesView.class, SitesView.class,
                    ConsultantsView.class);
        }
    }

    @Test
    void nobody_signed_in_gets_none_of_the_appointment_screens() {
        for (var path : List.of("admin/agenda", "admin/appointment-types", "admin/sites", "admin/consultants")) {
            navigate(path, Component.class);
            assertThat(getCurrentView()).as(path).isNotInstanceOfAny(AgendaView.class, AppointmentTypesView.class,
                    SitesView.class, ConsultantsView.class);
        }
    }
}
