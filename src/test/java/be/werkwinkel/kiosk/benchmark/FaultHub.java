package be.werkwinkel.kiosk.benchmark;

import be.werkwinkel.kiosk.KioskApplication;
import be.werkwinkel.kiosk.appointment.AppointmentAdministration;
import be.werkwinkel.kiosk.appointment.AppointmentType;
import be.werkwinkel.kiosk.appointment.Appointments;
import be.werkwinkel.kiosk.appointment.Consultant;
import be.werkwinkel.kiosk.appointment.Coordinates;
import be.werkwinkel.kiosk.appointment.LocalizedText;
import be.werkwinkel.kiosk.appointment.Site;
import be.werkwinkel.kiosk.appointment.SiteKind;
import be.werkwinkel.kiosk.appointment.SlotQuery;
import be.werkwinkel.kiosk.appointment.WorkingPlan;
import be.werkwinkel.kiosk.storage.PersonalStorage;
import be.werkwinkel.kiosk.storage.RequestId;
import be.werkwinkel.kiosk.storage.SignIn;
import be.werkwinkel.kiosk.terminal.CommandKind;
import be.werkwinkel.kiosk.terminal.TerminalId;
import be.werkwinkel.kiosk.terminal.Terminals;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real hub for the fault harness: the application with {@code kiosk.role=hub} on the database the
 * harness names, started as is, plus the harness's control line ({@link FaultChannel}) for what
 * staff do in the console: create visitor accounts and terminals, send commands (through the
 * {@link Terminals} and {@link PersonalStorage} ports, as the console's buttons and the kiosk's
 * sign-up screen do), set up a site with consultants for booking requests, and list a visitor's
 * documents by name at the end. Vacancies come in by the hub's own local-admin import endpoint,
 * which the harness calls over HTTP.
 */
public final class FaultHub {

    private FaultHub() {
    }

    public static void main(String[] args) {
        var context = new SpringApplicationBuilder(KioskApplication.class).logStartupInfo(false).run(args);
        FaultChannel.event("READY");
        FaultChannel.serve((verb, arguments) -> handle(context, verb, arguments));
    }

    /**
     * A site with two consultants working weekdays 08:30-17:00 for one type of 30 minutes (10 of
     * buffer), made as staff make them in the console; answers the type, the site and the first
     * {@code count} free times of the first working day after today (not today: none of them may
     * pass during the run). Two consultants behind each time: the harness's requests collide.
     */
    private static List<String> appointments(ConfigurableApplicationContext context, int count) {
        var admin = context.getBean(AppointmentAdministration.class);
        var appointments = context.getBean(Appointments.class);
        var site = admin.saveSite(null, new Site.SiteDetails(SiteKind.JOB_SHOP, "Werkwinkel Fouten", "Foutstraat 1", "9000",
                "Gent", new Coordinates(51.05, 3.72), Map.of(), LocalizedText.of("tram 1"), true));
        var type = admin.saveType(null, new AppointmentType.AppointmentTypeDetails("faults",
                LocalizedText.of("Hulp bij mijn sollicitatie"), LocalizedText.empty(), Duration.ofMinutes(30),
                Duration.ofMinutes(10), LocalizedText.empty(), "vaadin:file-text-o", 1, true));
        var lunch = List.of(new WorkingPlan.Break(LocalTime.of(12, 0), LocalTime.of(13, 0)));
        for (var i = 0; i < 2; i++) {
            var consultant = admin.saveConsultant(null, new Consultant.ConsultantDetails("Consulent " + i, Set.of("nl"),
                    Set.of(site.id()), Set.of(type.id()), null, true));
            for (var day : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) {
                admin.savePlan(null, consultant.id(), site.id(), day, LocalTime.of(8, 30), LocalTime.of(17, 0), lunch,
                        LocalDate.now(Appointments.ZONE).minusDays(1), null);
            }
        }
        var query = SlotQuery.anyone(type.id(), site.id());
        var today = LocalDate.now(Appointments.ZONE);
        var day = appointments.daysWithFreeSlots(query).stream().filter(d -> d.isAfter(today)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no free day after today"));
        var starts = appointments.freeSlots(query, day).stream().map(slot -> slot.start().toOffsetDateTime().toString())
                .distinct().limit(count).toList();
        return List.of("APPOINTMENTS " + type.id() + " " + site.id() + " " + String.join(" ", starts));
    }

    private static List<String> handle(ConfigurableApplicationContext context, String verb, List<String> arguments) {
        var terminals = context.getBean(Terminals.class);
        var storage = context.getBean(PersonalStorage.class);
        return switch (verb) {
            case "account" -> {
                if (storage.isUsernameFree(arguments.get(0))) {
                    storage.createAccount(RequestId.random(), arguments.get(0), arguments.get(1), null);
                }
                yield List.of("ACCOUNT " + arguments.get(0));
            }
            case "terminal" -> {
                var enrollment = terminals.create(arguments.get(0), "Faults", "fault harness");
                yield List.of("TERMINAL " + enrollment.terminal().value() + " " + enrollment.code());
            }
            case "send" -> {
                var seq = terminals.send(new TerminalId(Long.parseLong(arguments.get(0))),
                        CommandKind.valueOf(arguments.get(1)), arguments.get(2), "fault-harness");
                yield List.of("SENT " + seq);
            }
            case "documents" -> {
                var answer = new ArrayList<String>();
                switch (storage.signIn(arguments.get(0), arguments.get(1), "fault-harness")) {
                    case SignIn.SignedIn signedIn -> storage.documents(signedIn.visitor().id())
                            .forEach(document -> answer.add("DOC " + document.name()));
                    case SignIn.Refused refused -> throw new IllegalStateException("sign-in refused");
                    case SignIn.Paused paused -> throw new IllegalStateException("sign-in paused");
                }
                answer.add("END " + (answer.size()));
                yield answer;
            }
            case "appointments" -> appointments(context, Integer.parseInt(arguments.get(0)));
            default -> throw new IllegalArgumentException("unknown request " + verb);
        };
    }
}
