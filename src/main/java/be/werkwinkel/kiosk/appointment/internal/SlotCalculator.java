package be.werkwinkel.kiosk.appointment.internal;

import be.werkwinkel.kiosk.appointment.Appointments;
import be.werkwinkel.kiosk.appointment.ConsultantProfile;
import be.werkwinkel.kiosk.appointment.FreeSlot;
import be.werkwinkel.kiosk.appointment.SiteClosure;
import be.werkwinkel.kiosk.appointment.WorkingPlan;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.TreeMap;

/**
 * Free slots of one site on one day, from plain data: no database, no clock, so that every rule
 * is unit-tested (breaks, absences, closures, public holidays, buffers, the booking window, DST).
 *
 * <p>Slots start on a grid of local times ({@code step} from midnight, Europe/Brussels) within a
 * plan line's working time, minus its breaks. A slot fits when the appointment itself lies within
 * one working stretch, does not touch an absence, and the appointment plus the type's buffer
 * overlaps nothing the consultant already has (their existing appointments, each with its own
 * buffer: exactly what the claims in the database hold). Lengths are real durations: on the night
 * of a DST change a 30-minute slot lasts 30 minutes; local times that do not exist that night are
 * never offered, and of the hour that happens twice only the first is (no site works at 2 a.m.).
 */
final class SlotCalculator {

    /** One consultant's day as far as slots care. */
    record ConsultantDay(ConsultantProfile consultant, List<WorkingPlan> plans, List<Interval> absences,
            List<Interval> busy) {
    }

    /**
     * @param duration of the appointment type
     * @param buffer of the appointment type
     * @param notBefore no slot starts before it (now plus the earliest booking time)
     * @param notAfter no slot starts after it (the end of the booking window)
     */
    record Request(LocalDate day, Duration duration, Duration buffer, Instant notBefore, Instant notAfter,
            boolean publicHoliday, List<SiteClosure> closures) {
    }

    private final Duration step;

    SlotCalculator(Duration step) {
        this.step = step;
    }

    /** The free slots of that day, earliest first, each with its free consultants (least busy that day first). */
    List<FreeSlot> freeSlots(Request request, List<ConsultantDay> consultants) {
        if (request.publicHoliday() || closed(request.day(), request.closures())) {
            return List.of();
        }
        var grid = grid(request.day());
        var byStart = new TreeMap<Instant, List<ConsultantDay>>();
        var busyMinutes = new IdentityHashMap<ConsultantDay, Long>();
        for (var consultant : consultants) {
            var starts = starts(request, consultant, grid);
            if (!starts.isEmpty()) {
                busyMinutes.put(consultant, busyMinutes(consultant, request.day()));
            }
            for (var start : starts) {
                byStart.computeIfAbsent(start, key -> new ArrayList<>()).add(consultant);
            }
        }
        var order = Comparator.<ConsultantDay>comparingLong(busyMinutes::get)
                .thenComparing(day -> day.consultant().name())
                .thenComparing(day -> day.consultant().id().toString());
        var slots = new ArrayList<FreeSlot>(byStart.size());
        byStart.forEach((start, free) -> {
            free.sort(order);
            slots.add(new FreeSlot(start.atZone(Appointments.ZONE), start.plus(request.duration()).atZone(Appointments.ZONE),
                    free.stream().map(ConsultantDay::consultant).toList()));
        });
        return slots;
    }

    /** Every start instant at which this consultant could take the appointment. */
    List<Instant> starts(Request request, ConsultantDay consultant) {
        return starts(request, consultant, grid(request.day()));
    }

    /**
     * The instants of the day's grid times, by minute of the day; null for a local time that does
     * not exist that day (spring forward). Computed once per day for all consultants.
     */
    private Instant[] grid(LocalDate day) {
        var stepMinutes = (int) step.toMinutes();
        var grid = new Instant[24 * 60 / stepMinutes + 1];
        for (var i = 0; i * stepMinutes < 24 * 60; i++) {
            var local = LocalDateTime.of(day, LocalTime.ofSecondOfDay(i * stepMinutes * 60L));
            var zoned = ZonedDateTime.ofLocal(local, Appointments.ZONE, null);
            grid[i] = zoned.toLocalDateTime().equals(local) ? zoned.toInstant() : null;
        }
        return grid;
    }

    private List<Instant> starts(Request request, ConsultantDay consultant, Instant[] grid) {
        var result = new ArrayList<Instant>();
        var stepMinutes = (int) step.toMinutes();
        for (var plan : consultant.plans()) {
            if (!plan.appliesOn(request.day())) {
                continue;
            }
            var stretches = stretches(request.day(), plan);
            var endMinute = plan.until().toSecondOfDay() / 60;
            for (var minute = firstOnGrid(plan.from()).toSecondOfDay() / 60; minute < endMinute && minute < 24 * 60;
                    minute += stepMinutes) {
                var start = grid[minute / stepMinutes];
                if (start == null) {
                    continue; // a local time that does not exist (spring forward)
                }
                if (start.isBefore(request.notBefore()) || start.isAfter(request.notAfter())) {
                    continue;
                }
                var appointment = new Interval(start, start.plus(request.duration()));
                if (stretches.stream().noneMatch(stretch -> stretch.contains(appointment))) {
                    continue;
                }
                var claimed = new Interval(start, appointment.until().plus(request.buffer()));
                if (consultant.absences().stream().anyMatch(appointment::overlaps)
                        || consultant.busy().stream().anyMatch(claimed::overlaps)) {
                    continue;
                }
                result.add(start);
            }
        }
        if (consultant.plans().size() > 1) {
            return result.stream().distinct().sorted().toList();
        }
        return result;
    }

    private LocalTime firstOnGrid(LocalTime from) {
        var minutes = from.toSecondOfDay() / 60;
        var stepMinutes = step.toMinutes();
        var aligned = (minutes + stepMinutes - 1) / stepMinutes * stepMinutes;
        return aligned >= 24 * 60 ? LocalTime.MAX : LocalTime.ofSecondOfDay(aligned * 60);
    }

    /** The plan's working time on that day minus its breaks, as instants. */
    static List<Interval> stretches(LocalDate day, WorkingPlan plan) {
        var result = new ArrayList<Interval>();
        var from = plan.from();
        for (var pause : plan.breaks()) {
            if (pause.from().isAfter(from)) {
                result.add(new Interval(instant(day, from), instant(day, pause.from())));
            }
            if (pause.until().isAfter(from)) {
                from = pause.until();
            }
        }
        if (plan.until().isAfter(from)) {
            result.add(new Interval(instant(day, from), instant(day, plan.until())));
        }
        return result;
    }

    static Instant instant(LocalDate day, LocalTime time) {
        return ZonedDateTime.of(day, time, Appointments.ZONE).toInstant();
    }

    static boolean closed(LocalDate day, List<SiteClosure> closures) {
        return closures.stream().anyMatch(closure -> !day.isBefore(closure.from()) && !day.isAfter(closure.until()));
    }

    private static long busyMinutes(ConsultantDay consultant, LocalDate day) {
        var dayInterval = new Interval(instant(day, LocalTime.MIDNIGHT), instant(day.plusDays(1), LocalTime.MIDNIGHT));
        return consultant.busy().stream().filter(dayInterval::overlaps)
                .mapToLong(busy -> Duration.between(busy.from(), busy.until()).toMinutes()).sum();
    }
}
