package be.werkwinkel.kiosk.appointment.internal;

import static be.werkwinkel.kiosk.appointment.internal.AppointmentFixture.at;
import static be.werkwinkel.kiosk.appointment.internal.AppointmentFixture.workingDay;
import static org.assertj.core.api.Assertions.assertThat;

import be.werkwinkel.kiosk.appointment.AppointmentAdministration;
import be.werkwinkel.kiosk.appointment.Appointments;
import be.werkwinkel.kiosk.appointment.BookingCode;
import be.werkwinkel.kiosk.appointment.BookingOutcome;
import be.werkwinkel.kiosk.appointment.BookingRequest;
import be.werkwinkel.kiosk.appointment.ConsultantChoice;
import be.werkwinkel.kiosk.storage.RequestId;
import be.werkwinkel.kiosk.support.KioskTest;
import be.werkwinkel.kiosk.terminal.DeliveryHandler;
import be.werkwinkel.kiosk.terminal.TerminalId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Many terminals at once on the real MariaDB: the claims' primary key, not a check before the
 * insert, decides who gets a consultant's time (decision 022).
 */
@KioskTest
class AppointmentConcurrencyTest {

    private static final int THREADS = 50;

    @Autowired
    Appointments appointments;
    @Autowired
    AppointmentAdministration admin;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    List<DeliveryHandler> handlers;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void fifty_terminals_booking_the_same_slot_make_exactly_one_booking_and_forty_nine_just_taken_with_alternatives()
            throws Exception {
        var fixture = AppointmentFixture.create(admin, 1, 30, 10);
        var start = at(workingDay(3), 10, 0);
        var outcomes = all(i -> () -> appointments.book(RequestId.random(),
                fixture.request(start, ConsultantChoice.anyone())));

        var booked = outcomes.stream().filter(BookingOutcome.Booked.class::isInstance).toList();
        var taken = outcomes.stream().filter(BookingOutcome.JustTaken.class::isInstance)
                .map(BookingOutcome.JustTaken.class::cast).toList();
        assertThat(booked).hasSize(1);
        assertThat(taken).hasSize(THREADS - 1).allSatisfy(justTaken -> assertThat(justTaken.alternatives()).isNotEmpty()
                .noneMatch(slot -> slot.start().equals(start)));
        assertThat(count("SELECT COUNT(*) FROM appointment WHERE site_id = ?", fixture.site().id().toString())).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM appointment_claim WHERE consultant_id = ?",
                fixture.consultants().getFirst().id().toString())).as("40 minutes in 5-minute claims").isEqualTo(8);
    }

    @Test
    void fifty_replays_of_one_request_at_once_make_exactly_one_booking() throws Exception {
        var fixture = AppointmentFixture.create(admin, 3, 30, 0);
        var request = RequestId.random();
        BookingRequest booking = fixture.request(at(workingDay(3), 11, 0), ConsultantChoice.anyone());
        var outcomes = all(i -> () -> appointments.book(request, booking));

        assertThat(outcomes).allMatch(BookingOutcome.Booked.class::isInstance);
        assertThat(outcomes.stream().map(outcome -> ((BookingOutcome.Booked) outcome).booking().code()).distinct()).hasSize(1);
        assertThat(count("SELECT COUNT(*) FROM appointment WHERE site_id = ?", fixture.site().id().toString())).isEqualTo(1);
    }

    @Test
    void fifty_terminals_on_twenty_consultants_with_anyone_fill_each_consultant_once() throws Exception {
        var fixture = AppointmentFixture.create(admin, 20, 30, 0);
        var start = at(workingDay(4), 14, 0);
        var outcomes = all(i -> () -> appointments.book(RequestId.random(), fixture.request(start, ConsultantChoice.anyone())));

        var booked = outcomes.stream().filter(BookingOutcome.Booked.class::isInstance)
                .map(outcome -> ((BookingOutcome.Booked) outcome).booking().consultant().id()).toList();
        assertThat(booked).hasSize(20).doesNotHaveDuplicates();
        assertThat(outcomes).filteredOn(BookingOutcome.JustTaken.class::isInstance).hasSize(30);
    }

    @Test
    void twenty_terminal_requests_carried_out_at_once_in_the_intakes_transactions_are_each_booked_once_without_a_double_booking()
            throws Exception {
        // two consultants for one time: two are booked as asked, the others at the nearest free time, though
        // the requests race for the same claims inside the intake's transactions (the fault harness found it)
        var fixture = AppointmentFixture.create(admin, 2, 30, 10);
        var start = at(workingDay(3), 10, 0);
        var handler = handlers.stream().filter(h -> h.kind().equals(AppointmentRequestDelivery.KIND)).findFirst().orElseThrow();
        var random = new java.util.Random(20_261_202);
        var requests = new ArrayList<UUID>();
        var references = new ArrayList<String>();
        for (var i = 0; i < 20; i++) {
            requests.add(UUID.randomUUID());
            var code = new StringBuilder();
            for (var c = 0; c < BookingCode.LENGTH; c++) {
                code.append(BookingCode.ALPHABET.charAt(random.nextInt(BookingCode.ALPHABET.length())));
            }
            references.add(code.toString());
        }
        var intake = new TransactionTemplate(java.util.Objects.requireNonNull(transactions.getTransactionManager()));
        intake.setIsolationLevel(org.springframework.transaction.TransactionDefinition.ISOLATION_READ_COMMITTED); // as DeliveryIntake
        var outcomes = all(20, i -> () -> intake.execute(status -> handler.handle(requests.get(i), new TerminalId(7),
                ("{\"type\":\"" + fixture.type().id() + "\",\"site\":\"" + fixture.site().id() + "\",\"start\":\""
                        + start.toOffsetDateTime() + "\",\"consultant\":\"anyone\",\"contactName\":\"Jan Peeters\","
                        + "\"phone\":\"0470 12 34 56\",\"language\":\"nl\",\"reference\":\"" + references.get(i) + "\"}")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8))));

        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome).startsWith("booked"));
        assertThat(outcomes).filteredOn(outcome -> outcome.startsWith("booked: ")).hasSize(2);
        assertThat(count("SELECT COUNT(*) FROM appointment WHERE site_id = ?", fixture.site().id().toString())).isEqualTo(20);
        assertThat(count("""
                SELECT COUNT(*) FROM appointment a JOIN appointment b ON a.consultant_id = b.consultant_id AND a.id < b.id
                 AND a.starts_at < b.busy_until AND b.starts_at < a.busy_until
                 WHERE a.site_id = ? AND a.status = 'BOOKED' AND b.status = 'BOOKED'""", fixture.site().id().toString()))
                .as("overlapping appointments of one consultant").isZero();
    }

    private List<BookingOutcome> all(Function<Integer, Callable<BookingOutcome>> call) throws Exception {
        return all(THREADS, call);
    }

    private static <T> List<T> all(int threads, Function<Integer, Callable<T>> call) throws Exception {
        var executor = Executors.newFixedThreadPool(threads);
        try {
            var ready = new CountDownLatch(threads);
            var go = new CountDownLatch(1);
            var futures = new ArrayList<Future<T>>();
            for (var i = 0; i < threads; i++) {
                var task = call.apply(i);
                futures.add(executor.submit(() -> {
                    ready.countDown();
                    go.await();
                    return task.call();
                }));
            }
            ready.await();
            go.countDown();
            var outcomes = new ArrayList<T>();
            for (var future : futures) {
                outcomes.add(future.get());
            }
            return outcomes;
        } finally {
            executor.shutdownNow();
        }
    }

    private int count(String sql, String id) {
        return jdbc.sql(sql).param(id).query(Integer.class).single();
    }
}
