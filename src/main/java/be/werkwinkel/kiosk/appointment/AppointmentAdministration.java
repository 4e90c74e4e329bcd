package be.werkwinkel.kiosk.appointment;

import be.werkwinkel.kiosk.storage.DocumentId;
import be.werkwinkel.kiosk.storage.RequestId;
import be.werkwinkel.kiosk.storage.StoredDocument;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What staff do with appointments, for the staff console under {@code /admin}: manage sites,
 * consultants, appointment types, working plans, absences and closures (each checked on save),
 * see agendas, mark appointments, and open documents shared with them.
 *
 * <p>A save that is refused throws {@link AppointmentProblem} and changes nothing. Nothing here
 * checks the staff member's role: the console's security does; the staff username passed in is
 * recorded (and, for shared documents, decides). Nothing is deleted that an appointment refers
 * to: sites, consultants and types are deactivated instead.
 */
public interface AppointmentAdministration {

    // --- sites ---

    /** Every site, active or not, by name. */
    List<Site> allSites();

    /**
     * Creates a site ({@code id} null) or changes one.
     *
     * @throws AppointmentProblem TEXT_INVALID, POSTCODE_INVALID, COORDINATES_INVALID, UNKNOWN_SITE
     */
    Site saveSite(@Nullable SiteId id, Site.SiteDetails details);

    /** The closures of a site from {@code from} on, earliest first. */
    List<SiteClosure> closures(SiteId site, LocalDate from);

    /**
     * Closes a site on these days (first and last included).
     *
     * @throws AppointmentProblem UNKNOWN_SITE, PERIOD_INVALID (until before from, or longer than a year)
     */
    SiteClosure addClosure(SiteId site, LocalDate from, LocalDate until, String reason);

    /** Removes a closure; removing one that is not there changes nothing. */
    void removeClosure(ClosureId closure);

    // --- consultants ---

    /** Every consultant, active or not, by name. */
    List<Consultant> allConsultants();

    /**
     * Creates a consultant ({@code id} null) or changes one.
     *
     * @throws AppointmentProblem TEXT_INVALID, LANGUAGE_INVALID, UNKNOWN_SITE, UNKNOWN_TYPE,
     *     STAFF_USERNAME_TAKEN, UNKNOWN_CONSULTANT
     */
    Consultant saveConsultant(@Nullable ConsultantId id, Consultant.ConsultantDetails details);

    /** The consultant linked to this staff account, if any (the staff member's own agenda). */
    Optional<Consultant> consultantOfStaff(String staffUsername);

    // --- appointment types ---

    /** Every appointment type, active or not, in the order staff set. */
    List<AppointmentType> allTypes();

    /**
     * Creates a type ({@code id} null) or changes one. A new duration applies to new bookings only.
     *
     * @throws AppointmentProblem TEXT_INVALID (Dutch name empty), CODE_INVALID, DURATION_INVALID, UNKNOWN_TYPE
     */
    AppointmentType saveType(@Nullable AppointmentTypeId id, AppointmentType.AppointmentTypeDetails details);

    // --- weekly working plans ---

    /** The consultant's plan lines, by weekday and time. */
    List<WorkingPlan> plans(ConsultantId consultant);

    /**
     * Creates a plan line ({@code id} null) or changes one.
     *
     * @throws AppointmentProblem UNKNOWN_CONSULTANT, UNKNOWN_SITE, PLAN_SITE_NOT_LINKED,
     *     PLAN_TIMES_INVALID, PERIOD_INVALID, PLAN_OVERLAPS
     */
    WorkingPlan savePlan(@Nullable PlanId id, ConsultantId consultant, SiteId site, DayOfWeek day, LocalTime from,
            LocalTime until, List<WorkingPlan.Break> breaks, LocalDate validFrom, @Nullable LocalDate validUntil);

    /** Removes a plan line (booked appointments stay); removing one that is not there changes nothing. */
    void removePlan(PlanId plan);

    // --- absences (leave, sickness, training) ---

    /** The consultant's absences that end after {@code from}, earliest first. */
    List<Absence> absences(ConsultantId consultant, LocalDate from);

    /**
     * Records an absence.
     *
     * @throws AppointmentProblem UNKNOWN_CONSULTANT, PERIOD_INVALID
     */
    Absence addAbsence(ConsultantId consultant, AbsenceKind kind, LocalDateTime from, LocalDateTime until, String note);

    /** Removes an absence; removing one that is not there changes nothing. */
    void removeAbsence(AbsenceId absence);

    // --- agendas ---

    /** The consultant's appointments (every status) from {@code from} up to and including {@code until}, by start. */
    List<AgendaEntry> agendaOfConsultant(ConsultantId consultant, LocalDate from, LocalDate until);

    /** The site's appointments (every status) from {@code from} up to and including {@code until}, by start. */
    List<AgendaEntry> agendaOfSite(SiteId site, LocalDate from, LocalDate until);

    /** One day of a consultant's agenda. */
    default List<AgendaEntry> dayOfConsultant(ConsultantId consultant, LocalDate day) {
        return agendaOfConsultant(consultant, day, day);
    }

    /** The week (Monday to Sunday) that holds {@code day}, of a consultant's agenda. */
    default List<AgendaEntry> weekOfConsultant(ConsultantId consultant, LocalDate day) {
        var monday = day.with(java.time.temporal.TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return agendaOfConsultant(consultant, monday, monday.plusDays(6));
    }

    /** One appointment, for its details screen. */
    Optional<AgendaEntry> appointment(AppointmentId appointment);

    /**
     * Marks a booked appointment as attended, no-show or cancelled (attended and no-show only once
     * it has begun). Marking it again with the same status changes nothing.
     *
     * @throws AppointmentProblem NOT_FOUND, STATUS_CHANGE_INVALID
     */
    AgendaEntry mark(RequestId request, AppointmentId appointment, AppointmentStatus status, String staffUsername);

    // --- shared documents ---

    /**
     * Opens a document the visitor shared for this appointment. Allowed only when
     * {@code staffUsername} is the {@link Consultant.ConsultantDetails#staffUsername()} of the
     * appointment's consultant and the sharing has not been revoked. Every attempt, allowed or
     * not, is recorded ({@link #documentOpenings}).
     *
     * @throws AppointmentProblem NOT_THE_CONSULTANT, DOCUMENT_NOT_FOUND (not shared, revoked, or deleted by the visitor)
     */
    StoredDocument openSharedDocument(AppointmentId appointment, DocumentId document, String staffUsername);

    /** The record of openings of documents shared for this appointment, newest first. */
    List<DocumentOpening> documentOpenings(AppointmentId appointment);

    /** The newest openings of shared documents across all appointments, newest first, at most {@code limit}. */
    List<DocumentOpening> recentDocumentOpenings(int limit);
}
