package be.werkwinkel.kiosk.appointment.internal;

import be.werkwinkel.kiosk.appointment.AppointmentBooked;
import be.werkwinkel.kiosk.appointment.AppointmentCancelled;
import be.werkwinkel.kiosk.appointment.AppointmentId;
import be.werkwinkel.kiosk.appointment.AppointmentMoved;
import be.werkwinkel.kiosk.appointment.AppointmentProblem;
import be.werkwinkel.kiosk.appointment.AppointmentProblem.Reason;
import be.werkwinkel.kiosk.appointment.AppointmentSettings;
import be.werkwinkel.kiosk.appointment.AppointmentStatus;
import be.werkwinkel.kiosk.appointment.AppointmentType;
import be.werkwinkel.kiosk.appointment.AppointmentTypeId;
import be.werkwinkel.kiosk.appointment.Appointments;
import be.werkwinkel.kiosk.appointment.Booking;
import be.werkwinkel.kiosk.appointment.BookingCode;
import be.werkwinkel.kiosk.appointment.BookingOutcome;
import be.werkwinkel.kiosk.appointment.BookingRequest;
import be.werkwinkel.kiosk.appointment.Consultant;
import be.werkwinkel.kiosk.appointment.ConsultantChoice;
import be.werkwinkel.kiosk.appointment.ConsultantId;
import be.werkwinkel.kiosk.appointment.ConsultantProfile;
import be.werkwinkel.kiosk.appointment.Coordinates;
import be.werkwinkel.kiosk.appointment.FreeSlot;
import be.werkwinkel.kiosk.appointment.NearbySite;
import be.werkwinkel.kiosk.appointment.SharedDocument;
import be.werkwinkel.kiosk.appointment.Site;
import be.werkwinkel.kiosk.appointment.SiteId;
import be.werkwinkel.kiosk.appointment.SlotQuery;
import be.werkwinkel.kiosk.storage.AccountId;
import be.werkwinkel.kiosk.storage.DocumentId;
import be.werkwinkel.kiosk.storage.PersonalStorage;
import be.werkwinkel.kiosk.storage.RequestId;
import be.werkwinkel.kiosk.storage.StorageLimits;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import be.werkwinkel.kiosk.appointment.WorkingPlan;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The visitor's side of appointments on MariaDB: slots computed from the catalogue and what is
 * booked, booking by claiming the consultant's time (decision 022), finding, cancelling and moving
 * with a booking code and a second factor under attempt limits, and documents shared with the
 * consultant.
 */
class AppointmentService implements Appointments {

    private static final Logger log = LoggerFactory.getLogger(AppointmentService.class);
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ./()\\-]{8,25}");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    private static final int NAME_MAX = 100;
    /** How often a booking is tried again when the database picked it as a deadlock victim. */
    private static final int LOCK_RETRIES = 5;

    private final Catalogue catalogue;
    private final Bookings bookings;
    private final TransactionTemplate transactions;
    private final AppointmentSettings settings;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final PersonalStorage storage;
    private final AppointmentMails mails;
    private final BookingCodes codes = new BookingCodes();
    private final AttemptLimiter limiter;
    private final PublicHolidays holidays;
    private final BookingRequests requests;
    private final SlotCalculator calculator;
    /**
     * What slots of a type at a site are computed from and staff rarely change: the type, the site,
     * its consultants for the type and their plans there. Kept for a few seconds, dropped at every
     * change made through this process's administration (decision 022: the claims decide a
     * booking, so a plan a few seconds stale on another hub instance can at worst show a slot that
     * is then refused as not offered).
     */
    private final Cache<List<Object>, SiteCatalogue> siteCatalogues = Caffeine.newBuilder()
            .maximumSize(1_000).expireAfterWrite(Duration.ofSeconds(10)).build();

    AppointmentService(Catalogue catalogue, Bookings bookings, TransactionTemplate transactions,
            AppointmentSettings settings, Clock clock, ApplicationEventPublisher events, PersonalStorage storage,
            AppointmentMails mails, PublicHolidays holidays, BookingRequests requests) {
        this.requests = requests;
        this.catalogue = catalogue;
        this.bookings = bookings;
        this.transactions = transactions;
        this.settings = settings;
        this.clock = clock;
        this.events = events;
        this.storage = storage;
        this.mails = mails;
        this.holidays = holidays;
        this.limiter = new AttemptLimiter(settings, clock);
        this.calculator = new SlotCalculator(settings.slotStep());
    }

    // ---- catalogue -----------------------------------------------------------------------------

    @Override
    public List<AppointmentType> types() {
        return catalogue.types().stream().filter(AppointmentType::active).toList();
    }

    @Override
    public List<NearbySite> sites(AppointmentTypeId type, Coordinates from) {
        var offering = new java.util.HashSet<SiteId>();
        catalogue.consultants().stream()
                .filter(consultant -> consultant.details().active() && consultant.details().types().contains(type))
                .forEach(consultant -> offering.addAll(consultant.details().sites()));
        return catalogue.sites().stream()
                .filter(site -> site.active() && offering.contains(site.id()))
                .map(site -> new NearbySite(site, site.coordinates().distanceKm(from)))
                .sorted(Comparator.comparingDouble(NearbySite::distanceKm).thenComparing(nearby -> nearby.site().name()))
                .toList();
    }

    @Override
    public Optional<Site> site(SiteId site) {
        return catalogue.site(site);
    }

    @Override
    public Optional<AppointmentType> type(AppointmentTypeId type) {
        return catalogue.type(type);
    }

    @Override
    public List<ConsultantProfile> consultants(AppointmentTypeId type, SiteId site) {
        return catalogue.consultantsAt(site).stream()
                .filter(consultant -> consultant.details().active() && consultant.details().types().contains(type))
                .map(Consultant::profile)
                .toList();
    }

    // ---- slots ---------------------------------------------------------------------------------

    /** What a slot query resolved to: the type, the site, the consultants it may give and their plans at the site. */
    record Eligible(AppointmentType type, Site site, List<Consultant> consultants,
            Map<ConsultantId, List<WorkingPlan>> plans) {
    }

    private record SiteCatalogue(AppointmentType type, Site site, List<Consultant> consultants,
            Map<ConsultantId, List<WorkingPlan>> plans) {
    }

    /** Drops what was read of the catalogue: staff changed a site, type, consultant or plan. */
    void catalogueChanged() {
        siteCatalogues.invalidateAll();
    }

    private SiteCatalogue siteCatalogue(AppointmentTypeId typeId, SiteId siteId) {
        return siteCatalogues.get(List.of(typeId, siteId), key -> {
            var type = catalogue.type(typeId).filter(AppointmentType::active)
                    .orElseThrow(() -> new AppointmentProblem(Reason.UNKNOWN_TYPE));
            var site = catalogue.site(siteId).filter(Site::active)
                    .orElseThrow(() -> new AppointmentProblem(Reason.UNKNOWN_SITE));
            var consultants = catalogue.consultantsAt(site.id()).stream()
                    .filter(consultant -> consultant.details().active() && consultant.details().types().contains(type.id()))
                    .toList();
            var plans = Catalogue.group(catalogue.plansAt(site.id(), consultants.stream().map(Consultant::id).toList()),
                    WorkingPlan::consultant);
            return new SiteCatalogue(type, site, consultants, plans);
        });
    }

    Eligible eligible(SlotQuery query) {
        var known = siteCatalogue(query.type(), query.site());
        var consultants = known.consultants().stream()
                .filter(consultant -> switch (query.consultant()) {
                    case ConsultantChoice.Anyone anyone -> true;
                    case ConsultantChoice.Chosen chosen -> consultant.id().equals(chosen.consultant());
                    case ConsultantChoice.Speaking speaking -> consultant.details().languages().contains(speaking.languageCode());
                })
                .toList();
        if (consultants.isEmpty() && query.consultant() instanceof ConsultantChoice.Chosen) {
            throw new AppointmentProblem(Reason.UNKNOWN_CONSULTANT);
        }
        return new Eligible(known.type(), known.site(), consultants, known.plans());
    }

    @Override
    public List<LocalDate> daysWithFreeSlots(SlotQuery query) {
        var eligible = eligible(query);
        var today = today();
        return slots(eligible, today, today.plusDays(settings.latestDays()), null, false).entrySet().stream()
                .filter(day -> !day.getValue().isEmpty()).map(Map.Entry::getKey).toList();
    }

    @Override
    public List<FreeSlot> freeSlots(SlotQuery query, LocalDate day) {
        var eligible = eligible(query);
        return slots(eligible, day, day, null, false).getOrDefault(day, List.of());
    }

    @Override
    public Optional<FreeSlot> firstAvailable(SlotQuery query) {
        var eligible = eligible(query);
        var last = today().plusDays(settings.latestDays());
        for (var from = today(); !from.isAfter(last); from = from.plusDays(7)) {
            var until = from.plusDays(6).isAfter(last) ? last : from.plusDays(6);
            var found = slots(eligible, from, until, null, false).values().stream().flatMap(List::stream).findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /**
     * The slots of each day from..until (clipped to the booking window), in day order.
     *
     * @param ignoring an appointment whose own time counts as free (the one being moved)
     * @param offeredOnly true: what the plans offer, whatever is booked (to tell "not offered" from "taken")
     */
    Map<LocalDate, List<FreeSlot>> slots(Eligible eligible, LocalDate from, LocalDate until,
            @Nullable AppointmentId ignoring, boolean offeredOnly) {
        var now = clock.instant();
        var today = today();
        var first = from.isBefore(today) ? today : from;
        var lastDay = today.plusDays(settings.latestDays());
        var last = until.isAfter(lastDay) ? lastDay : until;
        var result = new LinkedHashMap<LocalDate, List<FreeSlot>>();
        if (first.isAfter(last) || eligible.consultants().isEmpty()) {
            return result;
        }
        var ids = eligible.consultants().stream().map(Consultant::id).toList();
        var rangeFrom = SlotCalculator.instant(first, LocalTime.MIDNIGHT);
        var rangeUntil = SlotCalculator.instant(last.plusDays(1), LocalTime.MIDNIGHT);
        var plans = eligible.plans();
        var absences = Catalogue.group(catalogue.absences(ids, first.atStartOfDay(), last.plusDays(1).atStartOfDay()),
                absence -> absence.consultant());
        var closures = catalogue.closures(eligible.site().id(), first, last);
        var busy = offeredOnly ? Map.<ConsultantId, List<Bookings.Busy>>of()
                : Catalogue.group(bookings.busy(ids, rangeFrom, rangeUntil.plus(Duration.ofHours(4))).stream()
                        .filter(entry -> !entry.appointment().equals(ignoring)).toList(), Bookings.Busy::consultant);
        var duration = eligible.type().duration();
        var buffer = eligible.type().details().buffer();
        var notBefore = now.plus(settings.earliest());
        var notAfter = SlotCalculator.instant(lastDay.plusDays(1), LocalTime.MIDNIGHT).minusNanos(1);
        for (var day = first; !day.isAfter(last); day = day.plusDays(1)) {
            var dayFrom = SlotCalculator.instant(day, LocalTime.MIDNIGHT);
            var dayInterval = new Interval(dayFrom.minus(Duration.ofHours(4)),
                    SlotCalculator.instant(day.plusDays(1), LocalTime.MIDNIGHT).plus(Duration.ofHours(4)));
            var consultantDays = new ArrayList<SlotCalculator.ConsultantDay>(ids.size());
            for (var consultant : eligible.consultants()) {
                var consultantPlans = plans.getOrDefault(consultant.id(), List.of());
                if (consultantPlans.isEmpty()) {
                    continue;
                }
                consultantDays.add(new SlotCalculator.ConsultantDay(consultant.profile(), consultantPlans,
                        absences.getOrDefault(consultant.id(), List.of()).stream()
                                .map(absence -> new Interval(absence.from().atZone(ZONE).toInstant(),
                                        absence.until().atZone(ZONE).toInstant()))
                                .filter(dayInterval::overlaps).toList(),
                        busy.getOrDefault(consultant.id(), List.of()).stream()
                                .map(entry -> new Interval(entry.from(), entry.until()))
                                .filter(dayInterval::overlaps).toList()));
            }
            result.put(day, calculator.freeSlots(new SlotCalculator.Request(day, duration, buffer, notBefore, notAfter,
                    holidays.isHoliday(day), closures), consultantDays));
        }
        return result;
    }

    private LocalDate today() {
        return clock.instant().atZone(ZONE).toLocalDate();
    }

    // ---- booking -------------------------------------------------------------------------------

    @Override
    public BookingOutcome book(RequestId request, BookingRequest booking) {
        return book(request, booking, null);
    }

    /**
     * {@link #book(RequestId, BookingRequest)} under the code the visitor was given already (a
     * terminal's request made while the hub was unreachable, decision 044); a fresh code when that
     * one is taken.
     */
    BookingOutcome book(RequestId request, BookingRequest booking, @Nullable BookingCode wanted) {
        var contact = checkContact(booking.contactName(), booking.phone(), booking.email(), booking.birthYear());
        var fingerprint = fingerprint("BOOK", booking.type(), booking.site(), booking.start().toInstant(),
                booking.consultant(), contact, booking.account(), booking.vacancy(), booking.language());
        var replayed = replayed(request, fingerprint);
        if (replayed.isPresent()) {
            return new BookingOutcome.Booked(replayed.get());
        }
        var query = new SlotQuery(booking.type(), booking.site(), booking.consultant());
        var eligible = eligible(query);
        var start = booking.start().toInstant();
        var day = checkTime(booking.start());
        var candidates = candidates(eligible, day, start, null);
        var type = eligible.type();
        for (var consultant : candidates) {
            var outcome = attempt(request, () -> inOneTry(() -> {
                var id = AppointmentId.random();
                logWrite(request, "BOOK", id, fingerprint);
                var now = clock.instant();
                var end = start.plus(type.duration());
                var busyUntil = end.plus(type.details().buffer());
                var row = insertWithFreshCode(new Bookings.Row(id, wanted == null ? codes.next() : wanted, type.id(), eligible.site().id(),
                        consultant.id(), start, end, busyUntil, AppointmentStatus.BOOKED, booking.language(),
                        contact.name(), contact.phone(), contact.email(), contact.birthYear(), booking.account(),
                        booking.vacancy() == null ? null : booking.vacancy().vacancyId(),
                        booking.vacancy() == null ? null : booking.vacancy().title(), booking.terminal(), now, null, null,
                        null));
                claim(row.id(), consultant.id(), start, busyUntil);
                var result = toBooking(row);
                mails.confirmation(row, result);
                return result;
            }));
            if (outcome instanceof Attempt.Done(var result)) {
                events.publishEvent(new AppointmentBooked(result.id(), result.type().id(), result.site().id(),
                        result.consultant().id(), result.start().toInstant(), result.end().toInstant(), clock.instant()));
                return new BookingOutcome.Booked(result);
            }
            if (outcome instanceof Attempt.Replayed) {
                return new BookingOutcome.Booked(replayed(request, fingerprint).orElseThrow());
            }
        }
        return new BookingOutcome.JustTaken(alternatives(eligible, start, null));
    }

    /** The consultants free at that start, in the order "anyone" gives them; refuses a start no plan offers. */
    private List<ConsultantProfile> candidates(Eligible eligible, LocalDate day, Instant start, @Nullable AppointmentId ignoring) {
        var offered = slots(eligible, day, day, ignoring, true).getOrDefault(day, List.of()).stream()
                .anyMatch(slot -> slot.start().toInstant().equals(start));
        if (!offered) {
            throw new AppointmentProblem(Reason.SLOT_NOT_OFFERED);
        }
        return slots(eligible, day, day, ignoring, false).getOrDefault(day, List.of()).stream()
                .filter(slot -> slot.start().toInstant().equals(start))
                .findFirst().map(FreeSlot::consultants).orElse(List.of());
    }

    /** The free slots nearest in time to {@code start}, a few days either side. */
    private List<FreeSlot> alternatives(Eligible eligible, Instant start, @Nullable AppointmentId ignoring) {
        if (settings.alternatives() == 0) {
            return List.of();
        }
        var day = start.atZone(ZONE).toLocalDate();
        return slots(eligible, day.minusDays(3), day.plusDays(7), ignoring, false).values().stream()
                .flatMap(List::stream)
                .sorted(Comparator.comparing((FreeSlot slot) -> Duration.between(start, slot.start().toInstant()).abs())
                        .thenComparing(FreeSlot::start))
                .limit(settings.alternatives())
                .sorted(Comparator.comparing(FreeSlot::start))
                .toList();
    }

    /** Checks a start against the clock, the grid and the window; answers its local day. */
    private LocalDate checkTime(ZonedDateTime requested) {
        var local = requested.withZoneSameInstant(ZONE);
        var start = local.toInstant();
        var now = clock.instant();
        if (!start.isAfter(now)) {
            throw new AppointmentProblem(Reason.SLOT_IN_PAST);
        }
        var minutes = local.getHour() * 60 + local.getMinute();
        if (local.getSecond() != 0 || local.getNano() != 0 || minutes % settings.slotStep().toMinutes() != 0) {
            throw new AppointmentProblem(Reason.INVALID_TIME);
        }
        var lastDay = today().plusDays(settings.latestDays());
        if (start.isBefore(now.plus(settings.earliest())) || local.toLocalDate().isAfter(lastDay)) {
            throw new AppointmentProblem(Reason.OUTSIDE_BOOKING_WINDOW);
        }
        return local.toLocalDate();
    }

    private Bookings.Row insertWithFreshCode(Bookings.Row row) {
        for (var attempt = 0; ; attempt++) {
            try {
                bookings.insert(row);
                return row;
            } catch (DuplicateKeyException codeTaken) {
                if (attempt >= 5) {
                    throw codeTaken;
                }
                row = new Bookings.Row(row.id(), codes.next(), row.type(), row.site(), row.consultant(), row.start(),
                        row.end(), row.busyUntil(), row.status(), row.language(), row.name(), row.phone(), row.email(),
                        row.birthYear(), row.account(), row.vacancyId(), row.vacancyTitle(), row.terminal(),
                        row.bookedAt(), row.statusChangedAt(), row.statusChangedBy(), row.remindedAt());
            }
        }
    }

    // ---- the write log and attempts ------------------------------------------------------------

    /** How one transactional attempt ended. */
    sealed interface Attempt {
        record Done(Booking booking) implements Attempt {
        }

        record Taken() implements Attempt {
        }

        record Replayed() implements Attempt {
        }
    }

    private static final class TakenException extends RuntimeException {
        TakenException() {
            super(null, null, false, false);
        }
    }

    private static final class ReplayException extends RuntimeException {
        ReplayException() {
            super(null, null, false, false);
        }
    }

    private Attempt attempt(RequestId request, Supplier<@Nullable Booking> transaction) {
        // a deadlock rolls back the whole transaction: only one of our own may be tried again
        var withinCallers = TransactionSynchronizationManager.isActualTransactionActive();
        for (var attempt = 1; ; attempt++) {
            try {
                return new Attempt.Done(Objects.requireNonNull(transaction.get()));
            } catch (TakenException taken) {
                return new Attempt.Taken();
            } catch (ReplayException replay) {
                return new Attempt.Replayed();
            } catch (PessimisticLockingFailureException deadlock) {
                if (withinCallers || attempt >= LOCK_RETRIES) {
                    throw deadlock;
                }
                log.debug("Request {} chosen as a deadlock victim; trying again", request);
            }
        }
    }

    /**
     * One try at a consultant's time: a transaction of its own, or, inside a caller's transaction
     * (a terminal's request carried out in the hub's intake, decision 044), behind a savepoint. A
     * try that fails (the time taken, the request done already) then undoes its own writes and
     * nothing else, and leaves the caller's transaction able to commit. Without the savepoint, the
     * write-log row of the time asked for stayed in the caller's transaction, and the nearest other
     * time was refused as a reuse of the request id (or the whole delivery rolled back).
     */
    private @Nullable Booking inOneTry(Supplier<Booking> body) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            return transactions.execute(status -> body.get());
        }
        bookings.savepoint();
        try {
            var result = body.get();
            bookings.releaseSavepoint();
            return result;
        } catch (RuntimeException failed) {
            try {
                bookings.rollbackToSavepoint();
            } catch (RuntimeException gone) {
                // a deadlock rolled back the whole transaction, savepoint and all
                failed.addSuppressed(gone);
            }
            throw failed;
        }
    }

    private void logWrite(RequestId request, String operation, AppointmentId appointment, String fingerprint) {
        try {
            bookings.recordWrite(request, operation, appointment, fingerprint, clock.instant());
        } catch (DuplicateKeyException alreadyDone) {
            throw new ReplayException();
        }
    }

    private void claim(AppointmentId appointment, ConsultantId consultant, Instant start, Instant busyUntil) {
        try {
            bookings.claim(appointment, consultant, start, busyUntil);
        } catch (DuplicateKeyException taken) {
            throw new TakenException();
        }
    }

    /** The outcome of an earlier write with this request id, if there was one. */
    private Optional<Booking> replayed(RequestId request, String fingerprint) {
        return bookings.write(request).map(write -> {
            if (!write.fingerprint().equals(fingerprint)) {
                throw new AppointmentProblem(Reason.REQUEST_ID_REUSED);
            }
            return toBooking(bookings.find(write.appointment()).orElseThrow());
        });
    }

    static String fingerprint(Object... parts) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            for (var part : parts) {
                digest.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- contact details -----------------------------------------------------------------------

    record Contact(String name, @Nullable String phone, @Nullable String email, @Nullable Integer birthYear) {
    }

    private Contact checkContact(String name, @Nullable String phone, @Nullable String email, @Nullable Integer birthYear) {
        if (name.isEmpty() || name.length() > NAME_MAX || CONTROL.matcher(name).find()) {
            throw new AppointmentProblem(Reason.NAME_INVALID);
        }
        if (phone != null) {
            var digits = phone.replaceAll("\\D", "").length();
            if (!PHONE.matcher(phone).matches() || digits < 8 || digits > 15) {
                throw new AppointmentProblem(Reason.PHONE_INVALID);
            }
        }
        if (email != null && !StorageLimits.validEmail(email)) {
            throw new AppointmentProblem(Reason.EMAIL_INVALID);
        }
        var year = clock.instant().atZone(ZONE).getYear();
        if (birthYear != null && (birthYear > year - 10 || birthYear < year - 120)) {
            throw new AppointmentProblem(Reason.BIRTH_YEAR_INVALID);
        }
        if (phone == null && birthYear == null) {
            throw new AppointmentProblem(Reason.SECOND_FACTOR_NEEDED);
        }
        return new Contact(name, phone, email, birthYear);
    }

    // ---- find, cancel, move --------------------------------------------------------------------

    @Override
    public Booking find(String code, String secondFactor, String terminal) {
        return toBooking(findRow(code, secondFactor, terminal));
    }

    Bookings.Row findRow(String code, String secondFactor, String terminal) {
        var typed = code.toUpperCase(Locale.ROOT).replaceAll("[\\s\\-_.]", "");
        if (typed.length() > 40) {
            typed = typed.substring(0, 40);
        }
        limiter.check(terminal, typed);
        var parsed = BookingCode.parse(typed);
        var row = parsed.flatMap(bookings::find)
                .or(() -> parsed.flatMap(requests::appointment).flatMap(bookings::find))
                .filter(found -> secondFactorMatches(found, secondFactor));
        if (row.isEmpty() && parsed.flatMap(bookings::find).isEmpty() && parsed.map(requests::notBooked).orElse(false)) {
            // a terminal's request that the hub could not book: nothing personal is kept to check a second factor against
            throw new AppointmentProblem(Reason.REQUEST_NOT_BOOKED);
        }
        if (row.isEmpty()) {
            limiter.failed(terminal, typed);
            throw new AppointmentProblem(Reason.NOT_FOUND);
        }
        return row.get();
    }

    private static boolean secondFactorMatches(Bookings.Row row, String typed) {
        var digits = typed.replaceAll("\\D", "");
        if (digits.length() != 4) {
            return false;
        }
        var phone = row.phone() == null ? "" : row.phone().replaceAll("\\D", "");
        var phoneMatches = phone.length() >= 4 && MessageDigest.isEqual(
                phone.substring(phone.length() - 4).getBytes(StandardCharsets.US_ASCII), digits.getBytes(StandardCharsets.US_ASCII));
        var yearMatches = row.birthYear() != null && MessageDigest.isEqual(
                row.birthYear().toString().getBytes(StandardCharsets.US_ASCII), digits.getBytes(StandardCharsets.US_ASCII));
        return phoneMatches | yearMatches;
    }

    private void checkChangeable(Bookings.Row row) {
        var now = clock.instant();
        if (row.status() != AppointmentStatus.BOOKED || !row.start().isAfter(now)) {
            throw new AppointmentProblem(Reason.NOT_CHANGEABLE);
        }
        if (Duration.between(now, row.start()).compareTo(settings.minimumNotice()) < 0) {
            throw new AppointmentProblem(Reason.TOO_LATE_TO_CHANGE);
        }
    }

    @Override
    public Booking cancel(RequestId request, String code, String secondFactor, String terminal) {
        var row = findRow(code, secondFactor, terminal);
        var fingerprint = fingerprint("CANCEL", row.id());
        var replayed = replayed(request, fingerprint);
        if (replayed.isPresent()) {
            return replayed.get();
        }
        checkChangeable(row);
        var outcome = attempt(request, () -> inOneTry(() -> {
            logWrite(request, "CANCEL", row.id(), fingerprint);
            if (!bookings.changeStatus(row.id(), AppointmentStatus.BOOKED, AppointmentStatus.CANCELLED, "visitor",
                    clock.instant())) {
                throw new AppointmentProblem(Reason.NOT_CHANGEABLE);
            }
            bookings.releaseClaims(row.id());
            var cancelled = toBooking(bookings.find(row.id()).orElseThrow());
            mails.cancellation(row, cancelled);
            return cancelled;
        }));
        if (outcome instanceof Attempt.Done(var cancelled)) {
            events.publishEvent(new AppointmentCancelled(row.id(), row.consultant(), row.start(), clock.instant()));
            return cancelled;
        }
        return replayed(request, fingerprint).orElseThrow();
    }

    @Override
    public BookingOutcome move(RequestId request, String code, String secondFactor, String terminal,
            ZonedDateTime newStart, ConsultantChoice consultant) {
        var row = findRow(code, secondFactor, terminal);
        var start = newStart.toInstant();
        var fingerprint = fingerprint("MOVE", row.id(), start, consultant);
        var replayed = replayed(request, fingerprint);
        if (replayed.isPresent()) {
            return new BookingOutcome.Booked(replayed.get());
        }
        checkChangeable(row);
        var eligible = eligible(new SlotQuery(row.type(), row.site(), consultant));
        var day = checkTime(newStart);
        var type = eligible.type();
        for (var candidate : candidates(eligible, day, start, row.id())) {
            var end = start.plus(type.duration());
            var busyUntil = end.plus(type.details().buffer());
            var outcome = attempt(request, () -> inOneTry(() -> {
                logWrite(request, "MOVE", row.id(), fingerprint);
                bookings.releaseClaims(row.id());
                claim(row.id(), candidate.id(), start, busyUntil);
                bookings.moveTo(row.id(), candidate.id(), start, end, busyUntil);
                var current = bookings.find(row.id()).orElseThrow();
                if (current.status() != AppointmentStatus.BOOKED) {
                    throw new AppointmentProblem(Reason.NOT_CHANGEABLE);
                }
                var moved = toBooking(current);
                mails.confirmation(current, moved);
                return moved;
            }));
            if (outcome instanceof Attempt.Done(var moved)) {
                events.publishEvent(new AppointmentMoved(row.id(), candidate.id(), start, end, row.start(), clock.instant()));
                return new BookingOutcome.Booked(moved);
            }
            if (outcome instanceof Attempt.Replayed) {
                return new BookingOutcome.Booked(replayed(request, fingerprint).orElseThrow());
            }
        }
        return new BookingOutcome.JustTaken(alternatives(eligible, start, row.id()));
    }

    @Override
    public List<Booking> upcoming(AccountId account) {
        return bookings.upcoming(account, clock.instant()).stream().map(this::toBooking).toList();
    }

    // ---- shared documents ----------------------------------------------------------------------

    @Override
    public SharedDocument shareDocument(RequestId request, AppointmentId appointment, AccountId account,
            DocumentId document, boolean consent) {
        if (!consent) {
            throw new AppointmentProblem(Reason.CONSENT_NEEDED);
        }
        var row = ownRow(appointment, account);
        var fingerprint = fingerprint("SHARE", appointment, account, document);
        var done = bookings.write(request);
        if (done.isEmpty()) {
            if (row.status() != AppointmentStatus.BOOKED || !row.end().isAfter(clock.instant())) {
                throw new AppointmentProblem(Reason.NOT_CHANGEABLE);
            }
            if (storage.documents(account).stream().noneMatch(summary -> summary.id().equals(document))) {
                throw new AppointmentProblem(Reason.DOCUMENT_NOT_FOUND);
            }
            try {
                transactions.executeWithoutResult(status -> {
                    bookings.recordWrite(request, "SHARE", appointment, fingerprint, clock.instant());
                    bookings.share(appointment, document, account, clock.instant());
                });
            } catch (DuplicateKeyException replay) {
                // the same request, just done by another thread
            }
        } else if (!done.get().fingerprint().equals(fingerprint)) {
            throw new AppointmentProblem(Reason.REQUEST_ID_REUSED);
        }
        return bookings.shared(appointment).stream().filter(shared -> shared.document().equals(document)).findFirst()
                .orElseThrow(() -> new AppointmentProblem(Reason.DOCUMENT_NOT_FOUND));
    }

    @Override
    public void revokeDocument(RequestId request, AppointmentId appointment, AccountId account, DocumentId document) {
        ownRow(appointment, account);
        var fingerprint = fingerprint("REVOKE", appointment, account, document);
        var done = bookings.write(request);
        if (done.isPresent()) {
            if (!done.get().fingerprint().equals(fingerprint)) {
                throw new AppointmentProblem(Reason.REQUEST_ID_REUSED);
            }
            return;
        }
        try {
            transactions.executeWithoutResult(status -> {
                bookings.recordWrite(request, "REVOKE", appointment, fingerprint, clock.instant());
                bookings.revoke(appointment, document, clock.instant());
            });
        } catch (DuplicateKeyException replay) {
            // the same request, just done by another thread
        }
    }

    @Override
    public List<SharedDocument> sharedDocuments(AppointmentId appointment, AccountId account) {
        return bookings.find(appointment).filter(row -> account.equals(row.account()))
                .map(row -> bookings.shared(appointment)).orElse(List.of());
    }

    private Bookings.Row ownRow(AppointmentId appointment, AccountId account) {
        return bookings.find(appointment).filter(row -> account.equals(row.account()))
                .orElseThrow(() -> new AppointmentProblem(Reason.DOCUMENT_NOT_FOUND));
    }

    // ---- mapping -------------------------------------------------------------------------------

    Booking toBooking(Bookings.Row row) {
        return toBooking(row, new HashMap<>());
    }

    /** @param cache types, sites and consultants already read, for a list of many appointments */
    Booking toBooking(Bookings.Row row, Map<Object, Object> cache) {
        var type = (AppointmentType) cache.computeIfAbsent(row.type(), key -> catalogue.type(row.type()).orElseThrow());
        var site = (Site) cache.computeIfAbsent(row.site(), key -> catalogue.site(row.site()).orElseThrow());
        var consultant = (Consultant) cache.computeIfAbsent(row.consultant(),
                key -> catalogue.consultant(row.consultant()).orElseThrow());
        return new Booking(row.id(), row.code(), type, site, consultant.profile(), row.start().atZone(ZONE),
                row.end().atZone(ZONE), row.status(), row.language(),
                row.vacancyId() == null ? null
                        : new be.werkwinkel.kiosk.appointment.AttachedVacancy(row.vacancyId(),
                                Objects.requireNonNullElse(row.vacancyTitle(), "")));
    }
}
