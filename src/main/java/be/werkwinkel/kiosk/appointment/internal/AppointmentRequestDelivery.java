package be.werkwinkel.kiosk.appointment.internal;

import be.werkwinkel.kiosk.appointment.AppointmentProblem;
import be.werkwinkel.kiosk.appointment.AppointmentProblem.Reason;
import be.werkwinkel.kiosk.appointment.Appointments;
import be.werkwinkel.kiosk.appointment.BookingCode;
import be.werkwinkel.kiosk.appointment.BookingOutcome;
import be.werkwinkel.kiosk.appointment.BookingRequest;
import be.werkwinkel.kiosk.appointment.FreeSlot;
import be.werkwinkel.kiosk.appointment.SlotQuery;
import be.werkwinkel.kiosk.storage.RequestId;
import be.werkwinkel.kiosk.terminal.DeliveryHandler;
import be.werkwinkel.kiosk.terminal.LimitedPerTerminal;
import be.werkwinkel.kiosk.terminal.TerminalId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * "Book this for a visitor", queued by a terminal that could not reach the hub (kind {@value
 * #KIND}, decision 044). The plaintext is a {@link TerminalBookingWire} with the {@code reference}
 * the visitor's ticket shows. Runs in the intake's transaction (decision 040), so the booking, its
 * confirmation e-mail and the record of the reference commit together with the delivery or not at
 * all; a replay of the same request id runs nothing.
 *
 * <p>It books the time asked for, under the reference as booking code, through {@link
 * AppointmentService#book} (its slot claims are the only guard against a double booking, decision
 * 022). When that time was taken meanwhile, or is no longer offered or already past, it books the
 * free time of the same type and site (and consultant choice) nearest to it; when there is none,
 * it books nothing, records that, and writes to the visitor when an address was given. A request
 * that can never be booked (contact details, an unknown type or site) is refused.
 */
final class AppointmentRequestDelivery implements DeliveryHandler {

    static final String KIND = "appointment.booking";
    /** A time the hub can no longer give as asked for: look for the nearest other one. */
    private static final Set<Reason> TIME_GONE = Set.of(Reason.SLOT_IN_PAST, Reason.OUTSIDE_BOOKING_WINDOW,
            Reason.SLOT_NOT_OFFERED, Reason.UNKNOWN_CONSULTANT);
    /**
     * How many other times are tried before the request counts as not bookable: every start of a
     * busy day (on the 15-minute grid, about 40), while other requests take them at the same moment,
     * and then the nearest days'.
     */
    private static final int TRIES = 100;
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final AppointmentService appointments;
    private final BookingRequests requests;
    private final AppointmentMails mails;
    private final Clock clock;

    AppointmentRequestDelivery(AppointmentService appointments, BookingRequests requests, AppointmentMails mails, Clock clock) {
        this.appointments = appointments;
        this.requests = requests;
        this.mails = mails;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public LimitedPerTerminal.Kind limitedAs() {
        return LimitedPerTerminal.Kind.BOOKINGS;
    }

    @Override
    public String handle(UUID requestId, TerminalId terminal, byte[] plaintext) {
        TerminalBookingWire wire;
        BookingRequest asked;
        BookingCode reference;
        try {
            wire = JSON.readValue(plaintext, TerminalBookingWire.class);
            asked = wire.toRequest(TerminalAppointmentsController.subject(terminal));
            reference = BookingCode.parse(wire.reference() == null ? "" : wire.reference())
                    .orElseThrow(() -> new IllegalArgumentException("reference is not a booking code"));
        } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
            throw new Refused("not booked: the entry is not an appointment.booking (" + e.getClass().getSimpleName() + ")");
        }
        var request = new RequestId(requestId);
        var code = requests.taken(reference) ? null : reference;
        var requested = asked.start().toInstant();
        try {
            var outcome = appointments.book(request, asked, code);
            if (outcome instanceof BookingOutcome.Booked booked) {
                return recorded(reference, request, requested, BookingRequests.Outcome.BOOKED, booked);
            }
            return alternative(reference, request, asked, code, ((BookingOutcome.JustTaken) outcome).alternatives());
        } catch (AppointmentProblem problem) {
            if (TIME_GONE.contains(problem.reason())) {
                return alternative(reference, request, asked, code, List.of());
            }
            throw new Refused("not booked: " + problem.reason());
        }
    }

    /** The free time nearest to the one asked for; none: recorded as not booked, and said by e-mail. */
    private String alternative(BookingCode reference, RequestId request, BookingRequest asked, @Nullable BookingCode code,
            List<FreeSlot> offered) {
        var requested = asked.start().toInstant();
        var query = new SlotQuery(asked.type(), asked.site(), asked.consultant());
        // a time tried once is not tried again: a time another request took meanwhile may still be
        // offered as free until that request's transaction commits
        var tried = new HashSet<Instant>();
        tried.add(requested);
        var candidates = new ArrayList<>(offered);
        for (var tries = 0; tries < TRIES; tries++) {
            candidates.removeIf(slot -> tried.contains(slot.start().toInstant()));
            if (candidates.isEmpty()) {
                candidates.addAll(freeNow(query, asked.start(), tried));
                if (candidates.isEmpty()) {
                    break;
                }
            }
            candidates.sort(Comparator.comparing((FreeSlot slot) -> Duration.between(requested, slot.start().toInstant()).abs())
                    .thenComparing(FreeSlot::start));
            var nearest = candidates.removeFirst();
            tried.add(nearest.start().toInstant());
            var other = new BookingRequest(asked.type(), asked.site(), nearest.start(), asked.consultant(),
                    asked.contactName(), asked.phone(), asked.email(), asked.birthYear(), asked.account(), asked.vacancy(),
                    asked.language(), asked.terminal());
            try {
                switch (appointments.book(request, other, code)) {
                    case BookingOutcome.Booked booked -> {
                        return recorded(reference, request, requested, BookingRequests.Outcome.ALTERNATIVE, booked);
                    }
                    case BookingOutcome.JustTaken taken -> candidates.addAll(taken.alternatives().stream()
                            .filter(slot -> candidates.stream().noneMatch(c -> c.start().equals(slot.start()))).toList());
                }
            } catch (AppointmentProblem problem) {
                if (!TIME_GONE.contains(problem.reason())) {
                    throw new Refused("not booked: " + problem.reason());
                }
            }
        }
        requests.record(reference, request, requested, BookingRequests.Outcome.NOT_BOOKED, null, clock.instant());
        mails.requestNotBooked(request, asked, reference,
                appointments.type(asked.type()).map(type -> type.name().in(asked.language())).orElse("-"),
                appointments.site(asked.site()).map(site -> site.name()).orElse("-"));
        return "not booked: no free time left for this type and site; reference " + reference.display();
    }

    /**
     * The times free now, not tried already, on the day asked for or else on the nearest day that
     * has some; none when the consultant asked for no longer does this type here.
     */
    private List<FreeSlot> freeNow(SlotQuery query, java.time.ZonedDateTime asked, Set<Instant> tried) {
        try {
            var day = asked.withZoneSameInstant(Appointments.ZONE).toLocalDate();
            var days = new ArrayList<LocalDate>(List.of(day));
            appointments.daysWithFreeSlots(query).stream().filter(other -> !other.equals(day))
                    .sorted(Comparator.comparing((LocalDate other) -> Math.abs(other.toEpochDay() - day.toEpochDay()))
                            .thenComparing(other -> other))
                    .forEach(days::add);
            for (var other : days) {
                var free = appointments.freeSlots(query, other).stream()
                        .filter(slot -> !tried.contains(slot.start().toInstant())).toList();
                if (!free.isEmpty()) {
                    return free;
                }
            }
        } catch (AppointmentProblem gone) {
            // nothing to offer
        }
        return List.of();
    }

    private String recorded(BookingCode reference, RequestId request, Instant requested, BookingRequests.Outcome outcome,
            BookingOutcome.Booked booked) {
        var booking = booked.booking();
        // the first attempt may have been booked online already (an answer lost on the way): that one stands
        var asRequested = booking.start().toInstant().equals(requested) ? BookingRequests.Outcome.BOOKED : outcome;
        requests.record(reference, request, requested, asRequested, booking.id(), clock.instant());
        return (asRequested == BookingRequests.Outcome.BOOKED ? "booked" : "booked at the nearest free time")
                + ": appointment " + booking.id() + " at " + booking.start().withZoneSameInstant(Appointments.ZONE)
                + ", code " + booking.code().display() + ", reference " + reference.display();
    }
}
