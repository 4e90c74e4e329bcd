package be.werkwinkel.kiosk.appointment;

import be.werkwinkel.kiosk.storage.AccountId;
import be.werkwinkel.kiosk.storage.DocumentId;
import be.werkwinkel.kiosk.storage.RequestId;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Appointments as a visitor sees them, for the kiosk's booking screens: what for, where, when, with
 * whom, book, and later find, cancel or move with the booking code.
 *
 * <p>Every write carries a client-generated {@link RequestId}: the same id again has no second
 * effect and returns the first outcome, so a terminal can replay its outbox. A refused request
 * throws {@link AppointmentProblem} and changes nothing. Times are in Europe/Brussels
 * ({@link #ZONE}); the booking window and the minimum notice come from {@link AppointmentSettings}.
 */
public interface Appointments {

    /** The time zone of every site, every slot and every date in this API. */
    ZoneId ZONE = ZoneId.of("Europe/Brussels");

    /** The active appointment types, in the order staff set. */
    List<AppointmentType> types();

    /**
     * The active sites where at least one active consultant does this type, nearest first from
     * {@code from} (the terminal's place); equal distances by name.
     */
    List<NearbySite> sites(AppointmentTypeId type, Coordinates from);

    /** One site (also an inactive one, for an old ticket). */
    Optional<Site> site(SiteId site);

    /** One appointment type (also an inactive one). */
    Optional<AppointmentType> type(AppointmentTypeId type);

    /** The active consultants who do this type at this site, by name. */
    List<ConsultantProfile> consultants(AppointmentTypeId type, SiteId site);

    /**
     * The days within the booking window that have at least one free slot for the query, earliest
     * first.
     *
     * @throws AppointmentProblem UNKNOWN_TYPE, UNKNOWN_SITE, UNKNOWN_CONSULTANT
     */
    List<LocalDate> daysWithFreeSlots(SlotQuery query);

    /**
     * The free slots of one day for the query, earliest first; empty for a day outside the window.
     * Each slot lists the consultants free for all of it.
     *
     * @throws AppointmentProblem UNKNOWN_TYPE, UNKNOWN_SITE, UNKNOWN_CONSULTANT
     */
    List<FreeSlot> freeSlots(SlotQuery query, LocalDate day);

    /** The earliest free slot for the query within the booking window: the big "first available" button. */
    Optional<FreeSlot> firstAvailable(SlotQuery query);

    /**
     * Books the slot starting at {@code request.start()}. With {@link ConsultantChoice.Anyone} or
     * {@link ConsultantChoice.Speaking}, the first free consultant (in the order of
     * {@link FreeSlot#consultants()}) gets it. The database guarantees that a consultant is never
     * booked twice for the same time: of many simultaneous requests for one consultant's time,
     * exactly one is {@link BookingOutcome.Booked}, the others {@link BookingOutcome.JustTaken}.
     * Confirmation (and later a reminder) goes by e-mail when an address is given.
     *
     * @throws AppointmentProblem when the request can never be booked (unknown type, site or
     *     consultant; past; outside the window; not a slot anybody offers; invalid contact details;
     *     no second factor; a reused request id with another request)
     */
    BookingOutcome book(RequestId request, BookingRequest booking);

    /**
     * The appointment with this code, if the second factor matches: the birth year given at
     * booking, or the last four digits of the phone number. Wrong attempts are counted per
     * terminal and per code; past the limit every attempt (right or wrong) is refused until the
     * pause ends.
     *
     * @throws AppointmentProblem NOT_FOUND (also for a code that is not one), TOO_MANY_ATTEMPTS
     */
    Booking find(String code, String secondFactor, String terminal);

    /**
     * Cancels the appointment; its time is free again.
     *
     * @throws AppointmentProblem NOT_FOUND, TOO_MANY_ATTEMPTS, TOO_LATE_TO_CHANGE (sooner than the
     *     minimum notice), NOT_CHANGEABLE
     */
    Booking cancel(RequestId request, String code, String secondFactor, String terminal);

    /**
     * Moves the appointment to another free slot (same type and site; the code stays). The old
     * time is freed only when the new one is booked: a {@link BookingOutcome.JustTaken} keeps the
     * old appointment as it was.
     *
     * @throws AppointmentProblem as {@link #cancel} and as {@link #book}
     */
    BookingOutcome move(RequestId request, String code, String secondFactor, String terminal,
            ZonedDateTime newStart, ConsultantChoice consultant);

    /** The signed-in visitor's appointments that are booked and not over, soonest first. */
    List<Booking> upcoming(AccountId account);

    /**
     * Shares a document from the visitor's personal storage with the consultant of the
     * appointment: only that consultant can open it (from the staff console), and every opening is
     * recorded. Sharing again changes nothing.
     *
     * @param consent the visitor ticked "the consultant may see this document"; without it nothing is shared
     * @throws AppointmentProblem CONSENT_NEEDED; DOCUMENT_NOT_FOUND when the appointment was not
     *     booked with this account or the document is not the account's; NOT_CHANGEABLE when the
     *     appointment is no longer booked
     */
    SharedDocument shareDocument(RequestId request, AppointmentId appointment, AccountId account,
            DocumentId document, boolean consent);

    /**
     * Takes back a shared document: the consultant can no longer open it. Revoking what is not
     * shared changes nothing.
     *
     * @throws AppointmentProblem DOCUMENT_NOT_FOUND when the appointment was not booked with this account
     */
    void revokeDocument(RequestId request, AppointmentId appointment, AccountId account, DocumentId document);

    /** The documents the visitor shares for this appointment (empty when it is not theirs). */
    List<SharedDocument> sharedDocuments(AppointmentId appointment, AccountId account);
}
