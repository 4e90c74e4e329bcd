package be.werkwinkel.kiosk.appointment.internal;

import static be.werkwinkel.kiosk.appointment.internal.AppointmentFixture.at;
import static be.werkwinkel.kiosk.appointment.internal.AppointmentFixture.workingDay;
import static org.assertj.core.api.Assertions.assertThat;

import be.werkwinkel.kiosk.appointment.AppointmentAdministration;
import be.werkwinkel.kiosk.appointment.Appointments;
import be.werkwinkel.kiosk.appointment.BookingOutcome;
import be.werkwinkel.kiosk.appointment.BookingRequest;
import be.werkwinkel.kiosk.appointment.ConsultantChoice;
import be.werkwinkel.kiosk.storage.RequestId;
import be.werkwinkel.kiosk.support.KioskTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

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

    private List<BookingOutcome> all(Function<Integer, Callable<BookingOutcome>> call) throws Exception {
        var executor = Executors.newFixedThreadPool(THREADS);
        try {
            var ready = new CountDownLatch(THREADS);
            var go = new CountDownLatch(1);
            var futures = new ArrayList<Future<BookingOutcome>>();
            for (var i = 0; i < THREADS; i++) {
                var task = call.apply(i);
                futures.add(executor.submit(() -> {
                    ready.countDown();
                    go.await();
                    return task.call();
                }));
            }
            ready.await();
            go.countDown();
            var outcomes = new ArrayList<BookingOutcome>();
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
