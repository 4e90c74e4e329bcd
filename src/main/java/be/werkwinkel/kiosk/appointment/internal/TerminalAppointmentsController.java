package be.werkwinkel.kiosk.appointment.internal;

import be.werkwinkel.kiosk.appointment.AppointmentProblem;
import be.werkwinkel.kiosk.appointment.AppointmentType;
import be.werkwinkel.kiosk.appointment.AppointmentTypeId;
import be.werkwinkel.kiosk.appointment.Appointments;
import be.werkwinkel.kiosk.appointment.Booking;
import be.werkwinkel.kiosk.appointment.BookingOutcome;
import be.werkwinkel.kiosk.appointment.ConsultantProfile;
import be.werkwinkel.kiosk.appointment.Coordinates;
import be.werkwinkel.kiosk.appointment.FreeSlot;
import be.werkwinkel.kiosk.appointment.NearbySite;
import be.werkwinkel.kiosk.appointment.Site;
import be.werkwinkel.kiosk.appointment.SiteId;
import be.werkwinkel.kiosk.appointment.SlotQuery;
import be.werkwinkel.kiosk.base.ConditionalOnRole;
import be.werkwinkel.kiosk.base.KioskRole;
import be.werkwinkel.kiosk.storage.RequestId;
import be.werkwinkel.kiosk.terminal.LimitedPerTerminal;
import be.werkwinkel.kiosk.terminal.LimitedPerTerminal.Kind;
import be.werkwinkel.kiosk.terminal.TerminalId;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The visitor-facing appointments ({@link Appointments}) for terminals, under the terminal API
 * (docs/terminal-api.yaml, decision 044): the terminal API's filter chain lets only a terminal's
 * token in. Reads answer what the port answers; writes carry the terminal's request id in the path
 * and are idempotent through the port's own request ids; slot claims (decision 022) stay the only
 * guard against a double booking. Bad input is a 400 problem and changes nothing; a refusal of the
 * port is a problem with its {@code reason}. Rate limits count per calling terminal, whatever the
 * body says. Nothing about a visitor's storage account passes here.
 */
@RestController
@RequestMapping(TerminalAppointmentsController.BASE)
@ConditionalOnRole({KioskRole.STANDALONE, KioskRole.HUB})
class TerminalAppointmentsController {

    static final String BASE = "/api/terminal/v1/appointments";

    /** What the terminal sends to find, cancel or move an appointment. */
    record CodeBody(@Nullable String code, @Nullable String secondFactor, @Nullable String start,
            @Nullable String consultant) {
    }

    /** A booking's or a move's outcome: {@code booked}, or the nearest free {@code alternatives} when it was just taken. */
    record OutcomeBody(@Nullable Booking booked, @Nullable List<FreeSlot> alternatives) {

        static OutcomeBody of(BookingOutcome outcome) {
            return switch (outcome) {
                case BookingOutcome.Booked booked -> new OutcomeBody(booked.booking(), null);
                case BookingOutcome.JustTaken taken -> new OutcomeBody(null, taken.alternatives());
            };
        }
    }

    /** The first free slot, or none. */
    record FirstAvailable(@Nullable FreeSlot slot) {
    }

    private final Appointments appointments;

    TerminalAppointmentsController(Appointments appointments) {
        this.appointments = appointments;
    }

    @GetMapping("/types")
    List<AppointmentType> types() {
        return appointments.types();
    }

    @GetMapping("/types/{type}")
    ResponseEntity<?> type(@PathVariable String type) {
        return appointments.type(typeId(type)).<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> problem(HttpStatus.NOT_FOUND, "No appointment type " + type, AppointmentProblem.Reason.UNKNOWN_TYPE));
    }

    @GetMapping("/sites")
    List<NearbySite> sites(@RequestParam String type, @RequestParam double latitude, @RequestParam double longitude) {
        return appointments.sites(typeId(type), new Coordinates(latitude, longitude));
    }

    @GetMapping("/sites/{site}")
    ResponseEntity<?> site(@PathVariable String site) {
        return appointments.site(siteId(site)).<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> problem(HttpStatus.NOT_FOUND, "No site " + site, AppointmentProblem.Reason.UNKNOWN_SITE));
    }

    @GetMapping("/consultants")
    List<ConsultantProfile> consultants(@RequestParam String type, @RequestParam String site) {
        return appointments.consultants(typeId(type), siteId(site));
    }

    @GetMapping("/days")
    List<LocalDate> days(@RequestParam String type, @RequestParam String site,
            @RequestParam(required = false) @Nullable String consultant) {
        return appointments.daysWithFreeSlots(query(type, site, consultant));
    }

    @GetMapping("/slots")
    List<FreeSlot> slots(@RequestParam String type, @RequestParam String site,
            @RequestParam(required = false) @Nullable String consultant, @RequestParam String day) {
        LocalDate date;
        try {
            date = LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("day is not a date (yyyy-mm-dd)");
        }
        return appointments.freeSlots(query(type, site, consultant), date);
    }

    @GetMapping("/first-available")
    FirstAvailable firstAvailable(@RequestParam String type, @RequestParam String site,
            @RequestParam(required = false) @Nullable String consultant) {
        return new FirstAvailable(appointments.firstAvailable(query(type, site, consultant)).orElse(null));
    }

    @LimitedPerTerminal(Kind.BOOKINGS)
    @PostMapping("/bookings/{requestId}")
    OutcomeBody book(@AuthenticationPrincipal TerminalId terminal, @PathVariable UUID requestId,
            @RequestBody TerminalBookingWire body) {
        return OutcomeBody.of(appointments.book(new RequestId(requestId), body.toRequest(subject(terminal))));
    }

    @PostMapping("/find")
    Booking find(@AuthenticationPrincipal TerminalId terminal, @RequestBody CodeBody body) {
        return appointments.find(text(body.code(), "code", 40), text(body.secondFactor(), "secondFactor", 10), subject(terminal));
    }

    @LimitedPerTerminal(Kind.BOOKINGS)
    @PostMapping("/cancellations/{requestId}")
    Booking cancel(@AuthenticationPrincipal TerminalId terminal, @PathVariable UUID requestId, @RequestBody CodeBody body) {
        return appointments.cancel(new RequestId(requestId), text(body.code(), "code", 40),
                text(body.secondFactor(), "secondFactor", 10), subject(terminal));
    }

    @LimitedPerTerminal(Kind.BOOKINGS)
    @PostMapping("/moves/{requestId}")
    OutcomeBody move(@AuthenticationPrincipal TerminalId terminal, @PathVariable UUID requestId, @RequestBody CodeBody body) {
        return OutcomeBody.of(appointments.move(new RequestId(requestId), text(body.code(), "code", 40),
                text(body.secondFactor(), "secondFactor", 10), subject(terminal),
                TerminalBookingWire.startTime(body.start()), TerminalBookingWire.choice(body.consultant())));
    }

    /** The throttle subject of a terminal's calls: the terminal itself, as the hub knows it. */
    static String subject(TerminalId terminal) {
        return "terminal-" + terminal.value();
    }

    private static SlotQuery query(String type, String site, @Nullable String consultant) {
        return new SlotQuery(typeId(type), siteId(site), TerminalBookingWire.choice(consultant));
    }

    private static AppointmentTypeId typeId(String text) {
        return AppointmentTypeId.parse(text).orElseThrow(() -> new IllegalArgumentException("type is not an id"));
    }

    private static SiteId siteId(String text) {
        return SiteId.parse(text).orElseThrow(() -> new IllegalArgumentException("site is not an id"));
    }

    private static String text(@Nullable String value, String field, int max) {
        if (value == null || value.length() > max) {
            throw new IllegalArgumentException(field + " is missing or longer than " + max + " characters");
        }
        return value;
    }

    @ExceptionHandler(AppointmentProblem.class)
    ResponseEntity<ProblemDetail> refused(AppointmentProblem refusal) {
        var status = switch (refusal.reason()) {
            case NOT_FOUND, REQUEST_NOT_BOOKED -> HttpStatus.NOT_FOUND;
            case TOO_MANY_ATTEMPTS -> HttpStatus.TOO_MANY_REQUESTS;
            case REQUEST_ID_REUSED, NOT_CHANGEABLE, TOO_LATE_TO_CHANGE -> HttpStatus.CONFLICT;
            default -> HttpStatus.BAD_REQUEST;
        };
        var problem = problem(status, "Refused: " + refusal.reason(), refusal.reason());
        if (refusal.retryAt() != null) {
            problem.getBody().setProperty("retryAt", refusal.retryAt().toString());
        }
        return problem;
    }

    /** Input that does not parse: a 400 that names the field, nothing changed. */
    @ExceptionHandler({IllegalArgumentException.class, MissingServletRequestParameterException.class,
            MethodArgumentTypeMismatchException.class, HttpMessageNotReadableException.class})
    ResponseEntity<ProblemDetail> badInput(Exception e) {
        var detail = e instanceof HttpMessageNotReadableException ? "The body is not valid JSON of the expected shape"
                : e instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName() + " is not valid"
                : e.getMessage();
        return problem(HttpStatus.BAD_REQUEST, detail == null ? "Bad request" : detail, null);
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail,
            AppointmentProblem.@Nullable Reason reason) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        if (reason != null) {
            problem.setProperty("reason", reason.name());
        }
        return ResponseEntity.status(status).body(problem);
    }
}
