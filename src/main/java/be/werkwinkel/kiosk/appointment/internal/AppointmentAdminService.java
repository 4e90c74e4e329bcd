package be.werkwinkel.kiosk.appointment.internal;

import be.werkwinkel.kiosk.appointment.Absence;
import be.werkwinkel.kiosk.appointment.AbsenceId;
import be.werkwinkel.kiosk.appointment.AbsenceKind;
import be.werkwinkel.kiosk.appointment.AgendaEntry;
import be.werkwinkel.kiosk.appointment.AppointmentAdministration;
import be.werkwinkel.kiosk.appointment.AppointmentCancelled;
import be.werkwinkel.kiosk.appointment.AppointmentId;
import be.werkwinkel.kiosk.appointment.AppointmentProblem;
import be.werkwinkel.kiosk.appointment.AppointmentProblem.Reason;
import be.werkwinkel.kiosk.appointment.AppointmentStatus;
import be.werkwinkel.kiosk.appointment.AppointmentType;
import be.werkwinkel.kiosk.appointment.AppointmentTypeId;
import be.werkwinkel.kiosk.appointment.Appointments;
import be.werkwinkel.kiosk.appointment.ClosureId;
import be.werkwinkel.kiosk.appointment.Consultant;
import be.werkwinkel.kiosk.appointment.ConsultantId;
import be.werkwinkel.kiosk.appointment.DocumentOpening;
import be.werkwinkel.kiosk.appointment.LocalizedText;
import be.werkwinkel.kiosk.appointment.PlanId;
import be.werkwinkel.kiosk.appointment.Site;
import be.werkwinkel.kiosk.appointment.SiteClosure;
import be.werkwinkel.kiosk.appointment.SiteId;
import be.werkwinkel.kiosk.appointment.WorkingPlan;
import be.werkwinkel.kiosk.storage.DocumentId;
import be.werkwinkel.kiosk.storage.PersonalStorage;
import be.werkwinkel.kiosk.storage.RequestId;
import be.werkwinkel.kiosk.storage.StorageProblem;
import be.werkwinkel.kiosk.storage.StoredDocument;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.support.TransactionTemplate;

/** What staff do with appointments, on MariaDB; every save is checked first and changes nothing when refused. */
class AppointmentAdminService implements AppointmentAdministration {

    private static final Pattern POSTCODE = Pattern.compile("\\d{4}");
    private static final Pattern TYPE_CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private final Catalogue catalogue;
    private final Bookings bookings;
    private final AppointmentService appointments;
    private final TransactionTemplate transactions;
    private final PersonalStorage storage;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    AppointmentAdminService(Catalogue catalogue, Bookings bookings, AppointmentService appointments,
            TransactionTemplate transactions, PersonalStorage storage, Clock clock, ApplicationEventPublisher events) {
        this.catalogue = catalogue;
        this.bookings = bookings;
        this.appointments = appointments;
        this.transactions = transactions;
        this.storage = storage;
        this.clock = clock;
        this.events = events;
    }

    // ---- sites ---------------------------------------------------------------------------------

    @Override
    public List<Site> allSites() {
        return catalogue.sites();
    }

    @Override
    public Site saveSite(@Nullable SiteId id, Site.SiteDetails details) {
        text(details.name(), 2, 100);
        text(details.street(), 2, 200);
        text(details.municipality(), 1, 100);
        if (!POSTCODE.matcher(details.postcode()).matches()) {
            throw new AppointmentProblem(Reason.POSTCODE_INVALID);
        }
        var place = details.coordinates();
        // Belgium and a margin: a site with swapped latitude and longitude is caught here
        if (place.latitude() < 49 || place.latitude() > 52 || place.longitude() < 2 || place.longitude() > 7) {
            throw new AppointmentProblem(Reason.COORDINATES_INVALID);
        }
        optionalText(details.routeHint(), 300);
        var siteId = id == null ? SiteId.random() : id;
        if (id != null && catalogue.site(id).isEmpty()) {
            throw new AppointmentProblem(Reason.UNKNOWN_SITE);
        }
        transactions.executeWithoutResult(status -> catalogue.saveSite(siteId, details, id == null));
        appointments.catalogueChanged();
        return catalogue.site(siteId).orElseThrow();
    }

    @Override
    public List<SiteClosure> closures(SiteId site, LocalDate from) {
        return catalogue.closures(site, from, LocalDate.of(9999, 12, 31));
    }

    @Override
    public SiteClosure addClosure(SiteId site, LocalDate from, LocalDate until, String reason) {
        catalogue.site(site).orElseThrow(() -> new AppointmentProblem(Reason.UNKNOWN_SITE));
        if (until.isBefore(from) || until.isAfter(from.plusYears(1))) {
            throw new AppointmentProblem(Reason.PERIOD_INVALID);
        }
        if (reason.strip().length() > 200 || CONTROL.matcher(reason).find()) {
            throw new AppointmentProblem(Reason.TEXT_INVALID);
        }
        var closure = new SiteClosure(ClosureId.random(), site, from, until, reason);
        catalogue.addClosure(closure);
        return closure;
    }

    @Override
    public void removeClosure(ClosureId closure) {
        catalogue.removeClosure(closure);
    }

    // ---- consultants ---------------------------------------------------------------------------

    @Override
    public List<Consultant> allConsultants() {
        return catalogue.consultants();
    }

    @Override
    public Consultant saveConsultant(@Nullable ConsultantId id, Consultant.ConsultantDetails details) {
        text(details.name(), 1, 60);
        if (details.languages().isEmpty() || !details.languages().stream().allMatch(code -> LANGUAGE.matcher(code).matches())) {
            throw new AppointmentProblem(Reason.LANGUAGE_INVALID);
        }
        if (details.staffUsername() != null && (details.staffUsername().length() > 100
                || CONTROL.matcher(details.staffUsername()).find())) {
            throw new AppointmentProblem(Reason.TEXT_INVALID);
        }
        for (var site : details.sites()) {
            catalogue.site(site).orElseThrow(() -> new AppointmentProblem(Reason.UNKNOWN_SITE));
        }
        for (var type : details.types()) {
            catalogue.type(type).orElseThrow(() -> new AppointmentProblem(Reason.UNKNOWN_TYPE));
        }
        if (id != null && catalogue.consultant(id).isEmpty()) {
            throw new AppointmentProblem(Reason.UNKNOWN_CONSULTANT);
        }
        if (details.staffUsername() != null && catalogue.consultantOfStaff(details.staffUsername())
                .filter(other -> !other.id().equals(id)).isPresent()) {
            throw new AppointmentProblem(Reason.STAFF_USERNAME_TAKEN);
        }
        var consultantId = id == null ? ConsultantId.random() : id;
        try {
            transactions.executeWithoutResult(status -> catalogue.saveConsultant(consultantId, details, id == null));
        } catch (DuplicateKeyException raced) {
            throw new AppointmentProblem(Reason.STAFF_USERNAME_TAKEN);
        }
        appointments.catalogueChanged();
        return catalogue.consultant(consultantId).orElseThrow();
    }

    @Override
    public Optional<Consultant> consultantOfStaff(String staffUsername) {
        return catalogue.consultantOfStaff(staffUsername.strip());
    }

    // ---- types ---------------------------------------------------------------------------------

    @Override
    public List<AppointmentType> allTypes() {
        return catalogue.types();
    }

    @Override
    public AppointmentType saveType(@Nullable AppointmentTypeId id, AppointmentType.AppointmentTypeDetails details) {
        if (!TYPE_CODE.matcher(details.code()).matches()) {
            throw new AppointmentProblem(Reason.CODE_INVALID);
        }
        text(details.name().nl(), 2, 100);
        if (details.name().fr().length() > 100 || details.name().en().length() > 100) {
            throw new AppointmentProblem(Reason.TEXT_INVALID);
        }
        optionalText(details.description(), 300);
        optionalText(details.whatToBring(), 300);
        if (details.icon().length() > 60) {
            throw new AppointmentProblem(Reason.TEXT_INVALID);
        }
        var duration = details.duration();
        var buffer = details.buffer();
        if (duration.compareTo(Duration.ofMinutes(5)) < 0 || duration.compareTo(Duration.ofHours(4)) > 0
                || !onQuantum(duration) || buffer.isNegative() || buffer.compareTo(Duration.ofHours(1)) > 0
                || !onQuantum(buffer)) {
            throw new AppointmentProblem(Reason.DURATION_INVALID);
        }
        if (id != null && catalogue.type(id).isEmpty()) {
            throw new AppointmentProblem(Reason.UNKNOWN_TYPE);
        }
        if (catalogue.typeWithCode(details.code()).filter(other -> !other.equals(id)).isPresent()) {
            throw new AppointmentProblem(Reason.CODE_INVALID);
        }
        var typeId = id == null ? AppointmentTypeId.random() : id;
        try {
            transactions.executeWithoutResult(status -> catalogue.saveType(typeId, details, id == null));
        } catch (DuplicateKeyException raced) {
            throw new AppointmentProblem(Reason.CODE_INVALID);
        }
        appointments.catalogueChanged();
        return catalogue.type(typeId).orElseThrow();
    }

    private static boolean onQuantum(Duration duration) {
        return duration.toSeconds() % Bookings.QUANTUM.toSeconds() == 0;
    }

    // ---- plans ---------------------------------------------------------------------------------

    @Override
    public List<WorkingPlan> plans(ConsultantId consultant) {
        return catalogue.plans(consultant);
    }

    @Override
    public WorkingPlan savePlan(@Nullable PlanId id, ConsultantId consultantId, SiteId site, DayOfWeek day,
            LocalTime from, LocalTime until, List<WorkingPlan.Break> breaks, LocalDate validFrom,
            @Nullable LocalDate validUntil) {
        var consultant = catalogue.consultant(consultantId)
                .orElseThrow(() -> new AppointmentProblem(Reason.UNKNOWN_CONSULTANT));
        catalogue.site(site).orElseThrow(() -> new AppointmentProblem(Reason.UNKNOWN_SITE));
        if (!consultant.details().sites().contains(site)) {
            throw new AppointmentProblem(Reason.PLAN_SITE_NOT_LINKED);
        }
        var plan = new WorkingPlan(id == null ? PlanId.random() : id, consultantId, site, day, from, until, breaks,
                validFrom, validUntil);
        checkTimes(plan);
        if (validUntil != null && validUntil.isBefore(validFrom)) {
            throw new AppointmentProblem(Reason.PERIOD_INVALID);
        }
        if (id != null && catalogue.plan(id).isEmpty()) {
            throw new AppointmentProblem(Reason.PLAN_TIMES_INVALID);
        }
        transactions.executeWithoutResult(status -> {
            // plan saves for one consultant queue up here, so two overlapping lines saved at once cannot both pass
            catalogue.lockConsultant(consultantId);
            if (catalogue.plans(consultantId).stream().anyMatch(other -> overlaps(plan, other))) {
                throw new AppointmentProblem(Reason.PLAN_OVERLAPS);
            }
            catalogue.savePlan(plan, id == null);
        });
        appointments.catalogueChanged();
        return plan;
    }

    static void checkTimes(WorkingPlan plan) {
        if (!plan.from().isBefore(plan.until()) || !onGrid(plan.from()) || !onGrid(plan.until())) {
            throw new AppointmentProblem(Reason.PLAN_TIMES_INVALID);
        }
        var previousEnd = plan.from();
        for (var pause : plan.breaks()) {
            // within the plan, after the previous break (breaks come sorted by start)
            if (!pause.from().isBefore(pause.until()) || !onGrid(pause.from()) || !onGrid(pause.until())
                    || pause.from().isBefore(previousEnd) || pause.until().isAfter(plan.until())) {
                throw new AppointmentProblem(Reason.PLAN_TIMES_INVALID);
            }
            previousEnd = pause.until();
        }
    }

    private static boolean onGrid(LocalTime time) {
        return time.getSecond() == 0 && time.getNano() == 0 && time.getMinute() % 5 == 0;
    }

    static boolean overlaps(WorkingPlan plan, WorkingPlan other) {
        if (other.id().equals(plan.id()) || other.day() != plan.day()) {
            return false;
        }
        var periodsOverlap = (other.validUntil() == null || !other.validUntil().isBefore(plan.validFrom()))
                && (plan.validUntil() == null || !plan.validUntil().isBefore(other.validFrom()));
        return periodsOverlap && plan.from().isBefore(other.until()) && other.from().isBefore(plan.until());
    }

    @Override
    public void removePlan(PlanId plan) {
        catalogue.removePlan(plan);
        appointments.catalogueChanged();
    }

    // ---- absences ------------------------------------------------------------------------------

    @Override
    public List<Absence> absences(ConsultantId consultant, LocalDate from) {
        return catalogue.absences(List.of(consultant), from.atStartOfDay(), LocalDateTime.of(9999, 12, 31, 0, 0));
    }

    @Override
    public Absence addAbsence(ConsultantId consultant, AbsenceKind kind, LocalDateTime from, LocalDateTime until,
            String note) {
        catalogue.consultant(consultant).orElseThrow(() -> new AppointmentProblem(Reason.UNKNOWN_CONSULTANT));
        if (!from.isBefore(until) || until.isAfter(from.plusYears(1))) {
            throw new AppointmentProblem(Reason.PERIOD_INVALID);
        }
        if (note.strip().length() > 500) {
            throw new AppointmentProblem(Reason.TEXT_INVALID);
        }
        var absence = new Absence(AbsenceId.random(), consultant, kind, from, until, note);
        catalogue.addAbsence(absence);
        return absence;
    }

    @Override
    public void removeAbsence(AbsenceId absence) {
        catalogue.removeAbsence(absence);
    }

    // ---- agendas -------------------------------------------------------------------------------

    @Override
    public List<AgendaEntry> agendaOfConsultant(ConsultantId consultant, LocalDate from, LocalDate until) {
        return entries(bookings.ofConsultant(consultant, SlotCalculator.instant(from, LocalTime.MIDNIGHT),
                SlotCalculator.instant(until.plusDays(1), LocalTime.MIDNIGHT)));
    }

    @Override
    public List<AgendaEntry> agendaOfSite(SiteId site, LocalDate from, LocalDate until) {
        return entries(bookings.ofSite(site, SlotCalculator.instant(from, LocalTime.MIDNIGHT),
                SlotCalculator.instant(until.plusDays(1), LocalTime.MIDNIGHT)));
    }

    @Override
    public Optional<AgendaEntry> appointment(AppointmentId appointment) {
        return bookings.find(appointment).map(row -> entries(List.of(row)).getFirst());
    }

    private List<AgendaEntry> entries(List<Bookings.Row> rows) {
        var cache = new HashMap<Object, Object>();
        return rows.stream().map(row -> entry(row, cache)).toList();
    }

    private AgendaEntry entry(Bookings.Row row, Map<Object, Object> cache) {
        var booking = appointments.toBooking(row, cache);
        var day = row.start().atZone(Appointments.ZONE).toLocalDate();
        var conflict = row.status() == AppointmentStatus.BOOKED && (SlotCalculator.closed(day,
                catalogue.closures(row.site(), day, day))
                || catalogue.absences(List.of(row.consultant()), LocalDateTime.ofInstant(row.start(), Appointments.ZONE),
                        LocalDateTime.ofInstant(row.end(), Appointments.ZONE)).stream().findAny().isPresent());
        return new AgendaEntry(booking, row.name(), row.phone(), row.email(), bookings.shared(row.id()), conflict,
                row.bookedAt(), row.statusChangedBy());
    }

    @Override
    public AgendaEntry mark(RequestId request, AppointmentId appointment, AppointmentStatus status, String staffUsername) {
        var row = bookings.find(appointment).orElseThrow(() -> new AppointmentProblem(Reason.NOT_FOUND));
        if (row.status() == status) {
            return appointment(appointment).orElseThrow();
        }
        var now = clock.instant();
        var allowed = switch (status) {
            case BOOKED -> false;
            case CANCELLED -> row.status() == AppointmentStatus.BOOKED;
            case ATTENDED, NO_SHOW -> !row.start().isAfter(now) && row.status() != AppointmentStatus.CANCELLED;
        };
        if (!allowed) {
            throw new AppointmentProblem(Reason.STATUS_CHANGE_INVALID);
        }
        var fingerprint = AppointmentService.fingerprint("MARK", appointment, status);
        var done = bookings.write(request);
        if (done.isPresent()) {
            if (!done.get().fingerprint().equals(fingerprint)) {
                throw new AppointmentProblem(Reason.REQUEST_ID_REUSED);
            }
            return appointment(appointment).orElseThrow();
        }
        try {
            transactions.executeWithoutResult(tx -> {
                bookings.recordWrite(request, "MARK", appointment, fingerprint, now);
                if (!bookings.changeStatus(appointment, row.status(), status, staffUsername, now)) {
                    throw new AppointmentProblem(Reason.STATUS_CHANGE_INVALID);
                }
                if (status == AppointmentStatus.CANCELLED) {
                    bookings.releaseClaims(appointment);
                }
            });
        } catch (DuplicateKeyException replay) {
            return appointment(appointment).orElseThrow();
        }
        if (status == AppointmentStatus.CANCELLED) {
            events.publishEvent(new AppointmentCancelled(appointment, row.consultant(), row.start(), now));
        }
        return appointment(appointment).orElseThrow();
    }

    // ---- shared documents ----------------------------------------------------------------------

    @Override
    public StoredDocument openSharedDocument(AppointmentId appointment, DocumentId document, String staffUsername) {
        var staff = staffUsername.strip();
        var row = bookings.find(appointment);
        var consultant = row.flatMap(found -> catalogue.consultant(found.consultant()));
        var isTheConsultant = consultant.map(found -> found.details().staffUsername())
                .filter(username -> username.toLowerCase(Locale.ROOT).equals(staff.toLowerCase(Locale.ROOT)))
                .isPresent();
        var shared = row.isPresent() && bookings.shared(appointment).stream().anyMatch(entry -> entry.document().equals(document));
        bookings.recordOpening(appointment, document, staff, isTheConsultant && shared, clock.instant());
        if (!isTheConsultant) {
            throw new AppointmentProblem(Reason.NOT_THE_CONSULTANT);
        }
        if (!shared || row.get().account() == null) {
            throw new AppointmentProblem(Reason.DOCUMENT_NOT_FOUND);
        }
        try {
            return storage.open(row.get().account(), document);
        } catch (StorageProblem gone) {
            throw new AppointmentProblem(Reason.DOCUMENT_NOT_FOUND);
        }
    }

    @Override
    public List<DocumentOpening> documentOpenings(AppointmentId appointment) {
        return bookings.openings(appointment, 1000);
    }

    @Override
    public List<DocumentOpening> recentDocumentOpenings(int limit) {
        return bookings.openings(null, Math.max(1, Math.min(limit, 10_000)));
    }

    // ---- checks --------------------------------------------------------------------------------

    private static void text(String text, int min, int max) {
        if (text.length() < min || text.length() > max || CONTROL.matcher(text).find()) {
            throw new AppointmentProblem(Reason.TEXT_INVALID);
        }
    }

    private static void optionalText(LocalizedText text, int max) {
        for (var value : List.of(text.nl(), text.fr(), text.en())) {
            if (value.length() > max || CONTROL.matcher(value).find()) {
                throw new AppointmentProblem(Reason.TEXT_INVALID);
            }
        }
    }
}
