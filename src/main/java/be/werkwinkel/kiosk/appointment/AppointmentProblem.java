package be.werkwinkel.kiosk.appointment;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A request that was refused because of what was asked; nothing was changed. Each reason has a
 * plain explanation in the bundles under {@code appointment.problem.<name>} (e.g.
 * {@code appointment.problem.SLOT_IN_PAST}), for visitors and staff alike.
 */
public final class AppointmentProblem extends RuntimeException {

    /** Why the request was refused. */
    public enum Reason {
        // --- what the visitor asks ---
        /** No (active) appointment type with that id. */
        UNKNOWN_TYPE,
        /** No (active) site with that id. */
        UNKNOWN_SITE,
        /** No (active) consultant with that id, or they do not do this type at this site. */
        UNKNOWN_CONSULTANT,
        /** The date or time cannot be a slot (not on the slot grid, or not a real time that day). */
        INVALID_TIME,
        /** The slot has already begun or is over. */
        SLOT_IN_PAST,
        /** The slot is sooner than the earliest or later than the latest booking time. */
        OUTSIDE_BOOKING_WINDOW,
        /** Nobody works then: outside every plan, a break, an absence, a closure or a public holiday. */
        SLOT_NOT_OFFERED,
        /** The name is empty or longer than 100 characters. */
        NAME_INVALID,
        /** The phone number is not one. */
        PHONE_INVALID,
        /** The e-mail address is not one. */
        EMAIL_INVALID,
        /** The birth year is not a plausible one (more than 120 or less than 10 years ago). */
        BIRTH_YEAR_INVALID,
        /** Neither a phone number nor a birth year was given, so the appointment could never be found again. */
        SECOND_FACTOR_NEEDED,
        /** The same request id came with a different request. */
        REQUEST_ID_REUSED,
        // --- finding, cancelling, moving with a code ---
        /**
         * No appointment with this code and second factor: a mistyped code, a tampered one, a wrong
         * second factor; deliberately one reason for all of them.
         */
        NOT_FOUND,
        /**
         * The code is the reference of a request made at a terminal while the hub was unreachable,
         * and the hub could not book it: every time of that type at that site was taken.
         */
        REQUEST_NOT_BOOKED,
        /** Too many wrong codes on this terminal, or for this code: wait until {@link #retryAt()}. */
        TOO_MANY_ATTEMPTS,
        /** The appointment starts sooner than the minimum notice for cancelling or moving. */
        TOO_LATE_TO_CHANGE,
        /** The appointment is cancelled, attended, marked as no-show, or over. */
        NOT_CHANGEABLE,
        // --- sharing a document ---
        /** The visitor did not tick the consent. */
        CONSENT_NEEDED,
        /** The document is not the visitor's (or no longer there), or the appointment is not theirs. */
        DOCUMENT_NOT_FOUND,
        /** The staff member is not the consultant of this appointment. */
        NOT_THE_CONSULTANT,
        // --- what staff enter ---
        /** A required text is empty or too long. */
        TEXT_INVALID,
        /** A postcode is not four digits. */
        POSTCODE_INVALID,
        /** Latitude or longitude out of range (or not in or near Belgium). */
        COORDINATES_INVALID,
        /** A language code is not a two-letter ISO 639-1 code, or none is given. */
        LANGUAGE_INVALID,
        /** A duration or buffer is out of range or not a multiple of 5 minutes. */
        DURATION_INVALID,
        /** An appointment type's code is not lower-case letters, digits and dashes, or is taken. */
        CODE_INVALID,
        /** The staff username is already another consultant's. */
        STAFF_USERNAME_TAKEN,
        /** Times of a plan do not make sense: end before start, not on the 5-minute grid, a break outside the plan or overlapping another break. */
        PLAN_TIMES_INVALID,
        /** The plan overlaps another plan of the same consultant (at any site) on the same day and period. */
        PLAN_OVERLAPS,
        /** The consultant is not linked to the plan's site. */
        PLAN_SITE_NOT_LINKED,
        /** The end date is before the start date (or the period is longer than allowed). */
        PERIOD_INVALID,
        /** The status change is not allowed (e.g. marking a cancelled appointment as attended, or attended before it began). */
        STATUS_CHANGE_INVALID
    }

    private final Reason reason;
    private final @Nullable Instant retryAt;

    public AppointmentProblem(Reason reason) {
        this(reason, null);
    }

    public AppointmentProblem(Reason reason, @Nullable Instant retryAt) {
        super(reason.name());
        this.reason = reason;
        this.retryAt = retryAt;
    }

    public Reason reason() {
        return reason;
    }

    /** For {@link Reason#TOO_MANY_ATTEMPTS}: when trying again is allowed; null otherwise. */
    public @Nullable Instant retryAt() {
        return retryAt;
    }

    /** The bundle key of the explanation, e.g. {@code appointment.problem.SLOT_IN_PAST}. */
    public String messageKey() {
        return "appointment.problem." + reason.name();
    }
}
