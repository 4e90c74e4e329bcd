package be.werkwinkel.kiosk.appointment.internal;

import be.werkwinkel.kiosk.appointment.AppointmentType;
import be.werkwinkel.kiosk.appointment.AppointmentTypeId;
import be.werkwinkel.kiosk.appointment.Consultant;
import be.werkwinkel.kiosk.appointment.Coordinates;
import be.werkwinkel.kiosk.appointment.LocalizedText;
import be.werkwinkel.kiosk.appointment.Site;
import be.werkwinkel.kiosk.appointment.SiteId;
import be.werkwinkel.kiosk.appointment.SiteKind;
import be.werkwinkel.kiosk.appointment.WorkingPlan;
import be.werkwinkel.kiosk.base.OpeningHours;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/**
 * Demo data for a standalone kiosk ({@code kiosk.appointments.demo-data}, on by default): the Ghent
 * job shops and neighbourhood points named in "Werkantennes" (Stad Gent, OCMW Gent, VDAB, 2014:
 * shared/context), with their streets as that text gives them and approximate coordinates, the
 * appointment types of issue 10, eight consultants with plain first names, and weekly plans from
 * this week on. Only loaded when there is no site yet, so staff changes are never overwritten;
 * every site name ends in "(demo)" so nobody mistakes it for the real agenda. All of it goes
 * through {@link AppointmentAdminService}, so it passes the same checks as staff input.
 */
class DemoAppointments {

    private static final Logger log = LoggerFactory.getLogger(DemoAppointments.class);

    private final AppointmentAdminService administration;
    private final Clock clock;

    DemoAppointments(AppointmentAdminService administration, Clock clock) {
        this.administration = administration;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadWhenEmpty() {
        if (!administration.allSites().isEmpty()) {
            return;
        }
        load();
    }

    void load() {
        var week = LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));

        var jobShopHours = hours("09:00-12:00, 13:00-16:30", "09:00-12:00, 13:00-16:30", "09:00-12:00",
                "09:00-12:00, 13:00-19:00", "09:00-12:00");
        var pointHours = hours("closed", "09:00-12:00", "closed", "13:00-16:00", "closed");
        var vac = site(SiteKind.JOB_SHOP, "Werkwinkel Gent V.A.C. (demo)", "Koningin Maria Hendrikaplein", "9000",
                51.0357, 3.7105, jobShopHours, new LocalizedText(
                        "Aan het Sint-Pietersstation, tram 1 of 2. Onthaal op het gelijkvloers.",
                        "À la gare de Gand-Saint-Pierre, tram 1 ou 2. Accueil au rez-de-chaussée.",
                        "At Gent-Sint-Pieters station, tram 1 or 2. Reception on the ground floor."));
        var kongo = site(SiteKind.JOB_SHOP, "Werkwinkel Gent Kongostraat (demo)", "Kongostraat", "9000", 51.0632, 3.7390,
                jobShopHours, new LocalizedText(
                        "Bij Dampoort, bus 3 of 38. Vraag naar de werkwinkel aan het onthaal.",
                        "Près de Dampoort, bus 3 ou 38. Demandez le magasin de l’emploi à l’accueil.",
                        "Near Dampoort, bus 3 or 38. Ask for the job shop at reception."));
        var rabot = site(SiteKind.NEIGHBOURHOOD_POINT, "Werkantenne Rabot (demo)", "Jozef II-straat (Buurtcentrum Rabot)",
                "9000", 51.0610, 3.7087, pointHours, new LocalizedText(
                        "In het buurtcentrum, tram 4, halte Rabot.",
                        "Dans la maison de quartier, tram 4, arrêt Rabot.",
                        "In the community centre, tram 4, stop Rabot."));
        var ledeberg = site(SiteKind.NEIGHBOURHOOD_POINT, "Werkantenne Ledeberg (demo)",
                "Hundelgemsesteenweg (De Welzijnsknoop)", "9050", 51.0380, 3.7440, pointHours, new LocalizedText(
                        "In De Welzijnsknoop, tram 2, halte Ledeberg.",
                        "À De Welzijnsknoop, tram 2, arrêt Ledeberg.",
                        "In De Welzijnsknoop, tram 2, stop Ledeberg."));

        var register = type("register", 1, 30, 10, "vaadin:user-check",
                new LocalizedText("Inschrijven als werkzoekende", "M’inscrire comme demandeur d’emploi", "Register as a jobseeker"),
                new LocalizedText("We schrijven u samen in en bekijken wat u zoekt.",
                        "Nous vous inscrivons ensemble et regardons ce que vous cherchez.",
                        "We register you together and look at what you are looking for."),
                new LocalizedText("Uw identiteitskaart of verblijfskaart", "Votre carte d’identité ou titre de séjour",
                        "Your identity card or residence card"));
        var cv = type("cv", 2, 45, 15, "vaadin:file-text-o",
                new LocalizedText("Hulp bij mijn cv", "Aide pour mon CV", "Help with my CV"),
                new LocalizedText("We maken of verbeteren uw cv samen.", "Nous faisons ou améliorons votre CV ensemble.",
                        "We make or improve your CV together."),
                new LocalizedText("Uw cv (op papier, op een USB-stick of in Mijn documenten) en uw diploma’s",
                        "Votre CV (sur papier, sur une clé USB ou dans Mes documents) et vos diplômes",
                        "Your CV (on paper, on a USB stick or in My documents) and your diplomas"));
        var coaching = type("coaching", 3, 45, 15, "vaadin:handshake",
                new LocalizedText("Begeleiding bij solliciteren", "Accompagnement pour postuler", "Job application coaching"),
                new LocalizedText("We bereiden samen een sollicitatie of een gesprek voor.",
                        "Nous préparons ensemble une candidature ou un entretien.",
                        "We prepare an application or an interview together."),
                new LocalizedText("De vacature en uw cv", "L’offre d’emploi et votre CV", "The vacancy and your CV"));
        var ocmw = type("ocmw-screening", 4, 60, 15, "vaadin:family",
                new LocalizedText("Screening met het OCMW", "Bilan avec le CPAS", "Screening with the social-welfare centre (OCMW)"),
                new LocalizedText("Met een maatschappelijk werker van het OCMW bekijken we wat u nodig hebt om te werken.",
                        "Avec un assistant social du CPAS, nous voyons ce dont vous avez besoin pour travailler.",
                        "With a social worker of the OCMW we look at what you need to be able to work."),
                new LocalizedText("Uw identiteitskaart, bewijzen van uw inkomen en de brieven die u kreeg",
                        "Votre carte d’identité, des preuves de vos revenus et les lettres reçues",
                        "Your identity card, proof of your income and the letters you received"));
        var dutch = type("dutch", 5, 30, 5, "vaadin:comments-o",
                new LocalizedText("Nederlands leren", "Apprendre le néerlandais", "Learning Dutch"),
                new LocalizedText("We zoeken samen een cursus Nederlands die bij u past.",
                        "Nous cherchons ensemble un cours de néerlandais qui vous convient.",
                        "We look for a Dutch course that suits you."),
                new LocalizedText("Uw identiteitskaart", "Votre carte d’identité", "Your identity card"));
        var welfare = type("welfare", 6, 30, 10, "vaadin:info-circle-o",
                new LocalizedText("Doorverwijzing naar welzijnsdiensten", "Orientation vers les services sociaux",
                        "Referral to welfare services"),
                new LocalizedText("Voor hulp bij wonen, schulden, kinderopvang of gezondheid.",
                        "Pour de l’aide pour le logement, les dettes, la garde d’enfants ou la santé.",
                        "For help with housing, debts, childcare or health."),
                new LocalizedText("De brieven die u kreeg", "Les lettres que vous avez reçues", "The letters you received"));

        var all = Set.of(register, cv, coaching, ocmw, dutch, welfare);
        var counselling = Set.of(register, cv, coaching, dutch);
        var sofie = consultant("Sofie", Set.of("nl", "en"), Set.of(vac), all);
        var karim = consultant("Karim", Set.of("nl", "fr", "ar"), Set.of(vac, rabot), counselling);
        var els = consultant("Els", Set.of("nl", "fr"), Set.of(vac), Set.of(register, ocmw, welfare));
        var tom = consultant("Tom", Set.of("nl", "en"), Set.of(kongo), all);
        var fatima = consultant("Fatima", Set.of("nl", "fr", "ar"), Set.of(kongo, ledeberg), counselling);
        var pieter = consultant("Pieter", Set.of("nl"), Set.of(kongo), Set.of(register, cv, coaching));
        var nadia = consultant("Nadia", Set.of("nl", "tr", "en"), Set.of(ledeberg, vac), Set.of(cv, coaching, welfare));
        var jonas = consultant("Jonas", Set.of("nl", "fr", "en"), Set.of(rabot), Set.of(register, cv, dutch, welfare));

        var lunch = List.of(new WorkingPlan.Break(LocalTime.of(12, 0), LocalTime.of(13, 0)));
        for (var consultant : List.of(sofie, els, tom, pieter)) {
            var site = consultant == sofie || consultant == els ? vac : kongo;
            for (var day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY)) {
                plan(consultant, site, day, "09:00", "16:30", lunch, week);
            }
            plan(consultant, site, DayOfWeek.WEDNESDAY, "09:00", "12:00", List.of(), week);
            plan(consultant, site, DayOfWeek.FRIDAY, "09:00", "12:00", List.of(), week);
        }
        // the neighbourhood points are open two half days; their consultants spend the rest at a job shop
        plan(karim, rabot, DayOfWeek.TUESDAY, "09:00", "12:00", List.of(), week);
        plan(karim, vac, DayOfWeek.MONDAY, "09:00", "16:30", lunch, week);
        plan(karim, vac, DayOfWeek.THURSDAY, "09:00", "16:30", lunch, week);
        plan(jonas, rabot, DayOfWeek.THURSDAY, "13:00", "16:00", List.of(), week);
        plan(jonas, rabot, DayOfWeek.TUESDAY, "09:00", "12:00", List.of(), week);
        plan(fatima, ledeberg, DayOfWeek.TUESDAY, "09:00", "12:00", List.of(), week);
        plan(fatima, kongo, DayOfWeek.MONDAY, "09:00", "16:30", lunch, week);
        plan(fatima, kongo, DayOfWeek.WEDNESDAY, "09:00", "12:00", List.of(), week);
        plan(nadia, ledeberg, DayOfWeek.THURSDAY, "13:00", "16:00", List.of(), week);
        plan(nadia, vac, DayOfWeek.TUESDAY, "09:00", "16:30", lunch, week);
        plan(nadia, vac, DayOfWeek.FRIDAY, "09:00", "12:00", List.of(), week);
        log.info("Demo appointments: 4 sites in Ghent, 6 appointment types, 8 consultants with weekly plans");
    }

    private static Map<DayOfWeek, OpeningHours> hours(String... weekdays) {
        var hours = new EnumMap<DayOfWeek, OpeningHours>(DayOfWeek.class);
        for (var i = 0; i < weekdays.length; i++) {
            hours.put(DayOfWeek.of(i + 1), OpeningHours.parse(weekdays[i]));
        }
        return hours;
    }

    private SiteId site(SiteKind kind, String name, String street, String postcode, double latitude, double longitude,
            Map<DayOfWeek, OpeningHours> hours, LocalizedText routeHint) {
        return administration.saveSite(null, new Site.SiteDetails(kind, name, street, postcode, "Gent",
                new Coordinates(latitude, longitude), hours, routeHint, true)).id();
    }

    private AppointmentTypeId type(String code, int order, int minutes, int buffer, String icon, LocalizedText name,
            LocalizedText description, LocalizedText bring) {
        return administration.saveType(null, new AppointmentType.AppointmentTypeDetails(code, name, description,
                Duration.ofMinutes(minutes), Duration.ofMinutes(buffer), bring, icon, order, true)).id();
    }

    private Consultant consultant(String name, Set<String> languages, Set<SiteId> sites, Set<AppointmentTypeId> types) {
        return administration.saveConsultant(null, new Consultant.ConsultantDetails(name, languages, sites, types, null, true));
    }

    private void plan(Consultant consultant, SiteId site, DayOfWeek day, String from, String until,
            List<WorkingPlan.Break> breaks, LocalDate validFrom) {
        administration.savePlan(null, consultant.id(), site, day, LocalTime.parse(from), LocalTime.parse(until), breaks,
                validFrom, null);
    }
}
