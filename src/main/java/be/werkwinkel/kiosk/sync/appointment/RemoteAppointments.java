package be.werkwinkel.kiosk.sync.appointment;

import be.werkwinkel.kiosk.appointment.AppointmentId;
import be.werkwinkel.kiosk.appointment.AppointmentProblem;
import be.werkwinkel.kiosk.appointment.AppointmentType;
import be.werkwinkel.kiosk.appointment.AppointmentTypeId;
import be.werkwinkel.kiosk.appointment.Appointments;
import be.werkwinkel.kiosk.appointment.AppointmentsUnreachable;
import be.werkwinkel.kiosk.appointment.Booking;
import be.werkwinkel.kiosk.appointment.BookingCode;
import be.werkwinkel.kiosk.appointment.BookingOutcome;
import be.werkwinkel.kiosk.appointment.BookingRequest;
import be.werkwinkel.kiosk.appointment.ConsultantChoice;
import be.werkwinkel.kiosk.appointment.ConsultantProfile;
import be.werkwinkel.kiosk.appointment.Coordinates;
import be.werkwinkel.kiosk.appointment.FreeSlot;
import be.werkwinkel.kiosk.appointment.NearbySite;
import be.werkwinkel.kiosk.appointment.PendingBooking;
import be.werkwinkel.kiosk.appointment.PendingBookings;
import be.werkwinkel.kiosk.appointment.SharedDocument;
import be.werkwinkel.kiosk.appointment.Site;
import be.werkwinkel.kiosk.appointment.SiteId;
import be.werkwinkel.kiosk.appointment.SlotQuery;
import be.werkwinkel.kiosk.storage.AccountId;
import be.werkwinkel.kiosk.storage.DocumentId;
import be.werkwinkel.kiosk.storage.RequestId;
import be.werkwinkel.kiosk.sync.HubLink;
import be.werkwinkel.kiosk.sync.outbox.HubKeyUnknown;
import be.werkwinkel.kiosk.sync.outbox.Outbox;
import be.werkwinkel.kiosk.sync.outbox.OutboxFull;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.client.HttpStatusCodeException;
import org.springframework.web.client.RestClientException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link Appointments} on a terminal: the hub's, through {@code /api/terminal/v1/appointments}
 * (docs/terminal-api.yaml). What the booking screens read is kept in Caffeine caches that refresh
 * after a while ({@code refreshAfterWrite}): a refresh that fails keeps the last known answer, so
 * the screens keep working while the hub is unreachable, and {@link #toBeConfirmed()} tells them to
 * mark the free times "to be confirmed". A read that was never answered, and every write but a
 * booking request, need the hub: without it they throw {@link AppointmentsUnreachable}.
 *
 * <p>A booking request made then ({@link #request}) goes into the outbox, sealed to the hub's key,
 * with a reference the visitor's ticket shows; the hub's {@code appointment.booking} handler books
 * it (decision 044). A visitor's storage account does not pass through the terminal API: the
 * account methods answer nothing here.
 */
final class RemoteAppointments implements Appointments, PendingBookings {

    static final String KIND = "appointment.booking";
    private static final Logger log = LoggerFactory.getLogger(RemoteAppointments.class);

    /** A booking as the hub's terminal API takes it (its {@code BookingBody}). */
    record BookingBody(String type, String site, String start, String consultant, String contactName,
            @Nullable String phone, @Nullable String email, @Nullable Integer birthYear, @Nullable String vacancyId,
            @Nullable String vacancyTitle, String language, @Nullable String reference) {

        static BookingBody of(BookingRequest booking, @Nullable BookingCode reference) {
            return new BookingBody(booking.type().toString(), booking.site().toString(),
                    booking.start().toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                    choice(booking.consultant()), booking.contactName(), booking.phone(), booking.email(),
                    booking.birthYear(), booking.vacancy() == null ? null : booking.vacancy().vacancyId(),
                    booking.vacancy() == null ? null : booking.vacancy().title(), booking.language().code(),
                    reference == null ? null : reference.value());
        }
    }

    record CodeBody(String code, String secondFactor, @Nullable String start, @Nullable String consultant) {
    }

    record OutcomeBody(@Nullable Booking booked, @Nullable List<FreeSlot> alternatives) {

        BookingOutcome outcome() {
            return booked != null ? new BookingOutcome.Booked(booked)
                    : new BookingOutcome.JustTaken(alternatives == null ? List.of() : alternatives);
        }
    }

    record FirstAvailable(@Nullable FreeSlot slot) {
    }

    private record Problem(@Nullable String reason, @Nullable String retryAt, @Nullable String detail) {
    }

    private record SitesKey(AppointmentTypeId type, Coordinates from) {
    }

    private record PairKey(AppointmentTypeId type, SiteId site) {
    }

    private record DayKey(SlotQuery query, LocalDate day) {
    }

    private final HubLink hub;
    private final Outbox outbox;
    private final JsonMapper json;
    private final Clock clock;
    private final LoadingCache<String, List<AppointmentType>> types;
    private final LoadingCache<AppointmentTypeId, Optional<AppointmentType>> type;
    private final LoadingCache<SitesKey, List<NearbySite>> sites;
    private final LoadingCache<SiteId, Optional<Site>> site;
    private final LoadingCache<PairKey, List<ConsultantProfile>> consultants;
    private final LoadingCache<SlotQuery, List<LocalDate>> days;
    private final LoadingCache<DayKey, List<FreeSlot>> slots;
    private final LoadingCache<SlotQuery, Optional<FreeSlot>> first;

    RemoteAppointments(HubLink hub, Outbox outbox, HubAppointmentSettings settings, JsonMapper json, Clock clock) {
        this.hub = hub;
        this.outbox = outbox;
        this.json = json.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        this.clock = clock;
        var catalogue = settings.catalogueRefresh();
        var free = settings.slotsRefresh();
        var keep = settings.keepFor();
        types = cache(catalogue, keep, 1, key -> get("/appointments/types", new TypeReference<List<AppointmentType>>() { }));
        type = cache(catalogue, keep, 1_000, id -> getOptional("/appointments/types/" + id, AppointmentType.class));
        sites = cache(catalogue, keep, 1_000, key -> get("/appointments/sites?type=" + key.type() + "&latitude="
                + key.from().latitude() + "&longitude=" + key.from().longitude(), new TypeReference<List<NearbySite>>() { }));
        site = cache(catalogue, keep, 1_000, id -> getOptional("/appointments/sites/" + id, Site.class));
        consultants = cache(catalogue, keep, 1_000, key -> get("/appointments/consultants?type=" + key.type() + "&site="
                + key.site(), new TypeReference<List<ConsultantProfile>>() { }));
        days = cache(free, keep, 1_000, query -> get("/appointments/days?" + parameters(query),
                new TypeReference<List<LocalDate>>() { }));
        slots = cache(free, keep, 10_000, key -> get("/appointments/slots?" + parameters(key.query()) + "&day=" + key.day(),
                new TypeReference<List<FreeSlot>>() { }));
        first = cache(free, keep, 1_000, query -> Optional.ofNullable(get("/appointments/first-available?"
                + parameters(query), new TypeReference<FirstAvailable>() { }).slot()));
    }

    private static <K, V> LoadingCache<K, V> cache(Duration refresh, Duration keep, long size, Function<K, V> loader) {
        return Caffeine.newBuilder().maximumSize(size).refreshAfterWrite(refresh).expireAfterWrite(keep)
                .build(loader::apply);
    }

    // ---- reads, from the caches -----------------------------------------------------------------

    @Override
    public List<AppointmentType> types() {
        return cached(types, "all");
    }

    @Override
    public List<NearbySite> sites(AppointmentTypeId type, Coordinates from) {
        return cached(sites, new SitesKey(type, from));
    }

    @Override
    public Optional<Site> site(SiteId site) {
        return cached(this.site, site);
    }

    @Override
    public Optional<AppointmentType> type(AppointmentTypeId type) {
        return cached(this.type, type);
    }

    @Override
    public List<ConsultantProfile> consultants(AppointmentTypeId type, SiteId site) {
        return cached(consultants, new PairKey(type, site));
    }

    @Override
    public List<LocalDate> daysWithFreeSlots(SlotQuery query) {
        var today = LocalDate.now(clock.withZone(ZONE));
        // a copy from yesterday still lists days that are over
        return cached(days, query).stream().filter(day -> !day.isBefore(today)).toList();
    }

    @Override
    public List<FreeSlot> freeSlots(SlotQuery query, LocalDate day) {
        var now = clock.instant();
        return cached(slots, new DayKey(query, day)).stream().filter(slot -> slot.start().toInstant().isAfter(now)).toList();
    }

    @Override
    public Optional<FreeSlot> firstAvailable(SlotQuery query) {
        var now = clock.instant();
        return cached(first, query).filter(slot -> slot.start().toInstant().isAfter(now));
    }

    private static <K, V> V cached(LoadingCache<K, V> cache, K key) {
        return cache.get(key);
    }

    /**
     * After a write the free times of this terminal's copies are stale: asked again now, in the
     * background. Refreshed, not dropped: should the line go next, the copies still serve.
     */
    private void forgetFreeTimes() {
        days.refreshAll(days.asMap().keySet());
        slots.refreshAll(slots.asMap().keySet());
        first.refreshAll(first.asMap().keySet());
    }

    @Override
    public boolean toBeConfirmed() {
        return !hub.online();
    }

    // ---- writes, at the hub ----------------------------------------------------------------------

    @Override
    public BookingOutcome book(RequestId request, BookingRequest booking) {
        var outcome = post("/appointments/bookings/" + request, BookingBody.of(booking, null), OutcomeBody.class).outcome();
        forgetFreeTimes();
        return outcome;
    }

    @Override
    public Booking find(String code, String secondFactor, String terminal) {
        return post("/appointments/find", new CodeBody(code, secondFactor, null, null), Booking.class);
    }

    @Override
    public Booking cancel(RequestId request, String code, String secondFactor, String terminal) {
        var cancelled = post("/appointments/cancellations/" + request, new CodeBody(code, secondFactor, null, null),
                Booking.class);
        forgetFreeTimes();
        return cancelled;
    }

    @Override
    public BookingOutcome move(RequestId request, String code, String secondFactor, String terminal,
            ZonedDateTime newStart, ConsultantChoice consultant) {
        var outcome = post("/appointments/moves/" + request, new CodeBody(code, secondFactor,
                newStart.toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), choice(consultant)),
                OutcomeBody.class).outcome();
        forgetFreeTimes();
        return outcome;
    }

    /** A visitor's storage account does not pass through the terminal API (decision 044). */
    @Override
    public List<Booking> upcoming(AccountId account) {
        return List.of();
    }

    @Override
    public SharedDocument shareDocument(RequestId request, AppointmentId appointment, AccountId account,
            DocumentId document, boolean consent) {
        throw new AppointmentProblem(AppointmentProblem.Reason.DOCUMENT_NOT_FOUND);
    }

    @Override
    public void revokeDocument(RequestId request, AppointmentId appointment, AccountId account, DocumentId document) {
        throw new AppointmentProblem(AppointmentProblem.Reason.DOCUMENT_NOT_FOUND);
    }

    @Override
    public List<SharedDocument> sharedDocuments(AppointmentId appointment, AccountId account) {
        return List.of();
    }

    // ---- requests to be confirmed -----------------------------------------------------------------

    @Override
    public PendingBooking request(RequestId request, BookingRequest booking) {
        checkContact(booking);
        var type = type(booking.type()).orElseThrow(() -> new AppointmentProblem(AppointmentProblem.Reason.UNKNOWN_TYPE));
        var site = site(booking.site()).orElseThrow(() -> new AppointmentProblem(AppointmentProblem.Reason.UNKNOWN_SITE));
        if (!booking.start().toInstant().isAfter(clock.instant())) {
            throw new AppointmentProblem(AppointmentProblem.Reason.SLOT_IN_PAST);
        }
        var reference = reference(request);
        byte[] plaintext;
        try {
            plaintext = json.writeValueAsBytes(BookingBody.of(booking, reference));
        } catch (JacksonException e) {
            throw new IllegalStateException("A booking request did not write as JSON", e);
        }
        try {
            outbox.enqueue(KIND, request.value(), plaintext);
        } catch (OutboxFull full) {
            throw new NotQueued(NotQueued.Reason.FULL, full);
        } catch (HubKeyUnknown unknown) {
            throw new NotQueued(NotQueued.Reason.HUB_KEY_UNKNOWN, unknown);
        } catch (UncheckedIOException disk) {
            throw new NotQueued(NotQueued.Reason.DISK, disk);
        }
        log.info("A booking request was queued for the hub");
        return new PendingBooking(reference, type, site, booking.start(), booking.language(), booking.email() != null);
    }

    /** The key references are drawn with, this process's own: never on disk, never sent. */
    private static final byte[] REFERENCE_KEY = new byte[32];

    static {
        new java.security.SecureRandom().nextBytes(REFERENCE_KEY);
    }

    /**
     * The reference of a request: an HMAC of its id under a key that only this process holds, so
     * that the same request asked again (a double tap, a retry) shows the same reference as the
     * entry the outbox kept, while the request id in the outbox's file names tells nothing of it.
     */
    static BookingCode reference(RequestId request) {
        try {
            var mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(REFERENCE_KEY, "HmacSHA256"));
            var digest = mac.doFinal(request.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            var code = new char[BookingCode.LENGTH];
            for (var i = 0; i < code.length; i++) {
                code[i] = BookingCode.ALPHABET.charAt(Byte.toUnsignedInt(digest[i]) % BookingCode.ALPHABET.length());
            }
            return new BookingCode(new String(code));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the hub would refuse for good: better said now, while the visitor is still here. */
    private static void checkContact(BookingRequest booking) {
        var name = booking.contactName();
        if (name.isEmpty() || name.length() > 100) {
            throw new AppointmentProblem(AppointmentProblem.Reason.NAME_INVALID);
        }
        if (booking.phone() == null && booking.birthYear() == null) {
            throw new AppointmentProblem(AppointmentProblem.Reason.SECOND_FACTOR_NEEDED);
        }
    }

    // ---- the line to the hub ----------------------------------------------------------------------

    static String choice(ConsultantChoice choice) {
        return switch (choice) {
            case ConsultantChoice.Anyone anyone -> "anyone";
            case ConsultantChoice.Chosen chosen -> "consultant:" + chosen.consultant();
            case ConsultantChoice.Speaking speaking -> "speaking:" + speaking.languageCode();
        };
    }

    private static String parameters(SlotQuery query) {
        return "type=" + query.type() + "&site=" + query.site() + "&consultant=" + choice(query.consultant());
    }

    private <T> T get(String uri, TypeReference<T> type) {
        return read(call(() -> hub.api().get().uri(uri).retrieve().body(String.class)), type);
    }

    private <T> Optional<T> getOptional(String uri, Class<T> type) {
        try {
            return Optional.of(read(call(() -> hub.api().get().uri(uri).retrieve().body(String.class)), type));
        } catch (AppointmentProblem unknown) {
            if (unknown.reason() == AppointmentProblem.Reason.UNKNOWN_TYPE
                    || unknown.reason() == AppointmentProblem.Reason.UNKNOWN_SITE) {
                return Optional.empty();
            }
            throw unknown;
        }
    }

    private <T> T post(String uri, Object body, Class<T> type) {
        return read(call(() -> hub.api().post().uri(uri).contentType(MediaType.APPLICATION_JSON)
                .body(json.writeValueAsString(body)).retrieve().body(String.class)), type);
    }

    private String call(java.util.function.Supplier<@Nullable String> call) {
        try {
            var body = call.get();
            if (body == null) {
                throw new AppointmentsUnreachable("The hub answered nothing", new IllegalStateException("empty body"));
            }
            return body;
        } catch (HttpStatusCodeException answer) {
            var problem = problem(answer.getResponseBodyAsString());
            if (problem != null && problem.reason() != null) {
                AppointmentProblem.Reason reason;
                try {
                    reason = AppointmentProblem.Reason.valueOf(problem.reason());
                } catch (IllegalArgumentException newer) {
                    throw new AppointmentsUnreachable("The hub refused for a reason this terminal does not know: "
                            + problem.reason(), answer);
                }
                throw new AppointmentProblem(reason, problem.retryAt() == null ? null : Instant.parse(problem.retryAt()));
            }
            throw new AppointmentsUnreachable("The hub answered " + answer.getStatusCode()
                    + (problem == null || problem.detail() == null ? "" : ": " + problem.detail()), answer);
        } catch (RestClientException | HubLink.NotEnrolledException unreachable) {
            throw new AppointmentsUnreachable("The hub cannot be reached: " + unreachable.getMessage(), unreachable);
        }
    }

    private @Nullable Problem problem(String body) {
        try {
            return json.readValue(body, Problem.class);
        } catch (JacksonException | IllegalArgumentException notOne) {
            return null;
        }
    }

    private <T> T read(String body, TypeReference<T> type) {
        try {
            return json.readValue(body, type);
        } catch (JacksonException e) {
            throw new AppointmentsUnreachable("The hub's answer did not read: " + e.getOriginalMessage(), e);
        }
    }

    private <T> T read(String body, Class<T> type) {
        try {
            return json.readValue(body, type);
        } catch (JacksonException e) {
            throw new AppointmentsUnreachable("The hub's answer did not read: " + e.getOriginalMessage(), e);
        }
    }
}
