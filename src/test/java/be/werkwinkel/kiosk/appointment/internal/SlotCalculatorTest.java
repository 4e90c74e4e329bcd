package be.werkwinkel.kiosk.appointment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import be.werkwinkel.kiosk.appointment.Appointments;
import be.werkwinkel.kiosk.appointment.ClosureId;
import be.werkwinkel.kiosk.appointment.ConsultantId;
import be.werkwinkel.kiosk.appointment.ConsultantProfile;
import be.werkwinkel.kiosk.appointment.FreeSlot;
import be.werkwinkel.kiosk.appointment.PlanId;
import be.werkwinkel.kiosk.appointment.SiteClosure;
import be.werkwinkel.kiosk.appointment.SiteId;
import be.werkwinkel.kiosk.appointment.WorkingPlan;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Slot computation from plain data: no database, no clock. */
class SlotCalculatorTest {

    private static final SiteId SITE = SiteId.random();
    /** A Wednesday without holiday. */
    private static final LocalDate DAY = LocalDate.of(2026, 12, 9);
    private static final ConsultantProfile ANN = new ConsultantProfile(ConsultantId.random(), "Ann", Set.of("nl"));
    private static final ConsultantProfile BRAM = new ConsultantProfile(ConsultantId.random(), "Bram", Set.of("nl", "fr"));

    private final SlotCalculator calculator = new SlotCalculator(Duration.ofMinutes(15));
    private final PublicHolidays holidays = new PublicHolidays();

    @Test
    void slots_fit_between_the_breaks_of_the_plan() {
        var plan = plan(ANN, DAY, "09:00", "12:00", new WorkingPlan.Break(LocalTime.of(10, 0), LocalTime.of(10, 30)));
        assertThat(starts(request(DAY, 30, 0), day(ANN, List.of(plan), List.of(), List.of())))
                .containsExactly("09:00", "09:15", "09:30", "10:30", "10:45", "11:00", "11:15", "11:30");
    }

    @Test
    void an_absence_takes_its_time_out_of_the_plan() {
        var plan = plan(ANN, DAY, "09:00", "12:00");
        var training = new Interval(at(DAY, "09:00"), at(DAY, "10:20"));
        assertThat(starts(request(DAY, 30, 0), day(ANN, List.of(plan), List.of(training), List.of())))
                .containsExactly("10:30", "10:45", "11:00", "11:15", "11:30");
    }

    @Test
    void a_closure_or_a_public_holiday_has_no_slots() {
        var plan = plan(ANN, DAY, "09:00", "12:00");
        var closure = new SiteClosure(ClosureId.random(), SITE, DAY.minusDays(1), DAY, "werken");
        assertThat(calculator.freeSlots(new SlotCalculator.Request(DAY, Duration.ofMinutes(30), Duration.ZERO,
                Instant.EPOCH, Instant.MAX, false, List.of(closure)), List.of(day(ANN, List.of(plan), List.of(), List.of()))))
                .isEmpty();

        var christmas = LocalDate.of(2026, 12, 25);
        var whitMonday = LocalDate.of(2027, 5, 17);
        assertThat(holidays.isHoliday(christmas)).isTrue();
        assertThat(holidays.isHoliday(whitMonday)).as("moves with Easter (28 March 2027)").isTrue();
        assertThat(holidays.isHoliday(LocalDate.of(2026, 11, 2))).as("All Souls is a working day").isFalse();
        assertThat(holidays.isHoliday(LocalDate.of(2026, 7, 11))).as("Flemish holiday: a closure, not national").isFalse();
        assertThat(holidays.of(2027)).hasSize(10 + 2); // the ten legal days plus Easter and Whit Sunday
        var friday = plan(ANN, christmas, "09:00", "12:00");
        assertThat(calculator.freeSlots(new SlotCalculator.Request(christmas, Duration.ofMinutes(30), Duration.ZERO,
                Instant.EPOCH, Instant.MAX, holidays.isHoliday(christmas), List.of()),
                List.of(day(ANN, List.of(friday), List.of(), List.of())))).isEmpty();
    }

    @Test
    void buffers_keep_time_free_after_each_appointment_both_the_booked_one_and_the_new_one() {
        var plan = plan(ANN, DAY, "09:00", "12:00");
        // booked 10:00-10:30 with a 10-minute buffer: claims until 10:40
        var booked = new Interval(at(DAY, "10:00"), at(DAY, "10:40"));
        assertThat(starts(request(DAY, 30, 10), day(ANN, List.of(plan), List.of(), List.of(booked))))
                .containsExactly("09:00", "09:15", "10:45", "11:00", "11:15", "11:30");
    }

    @Test
    void the_booking_window_cuts_slots_before_the_earliest_and_after_the_latest() {
        var plan = plan(ANN, DAY, "09:00", "12:00");
        var request = new SlotCalculator.Request(DAY, Duration.ofMinutes(30), Duration.ZERO, at(DAY, "10:10"),
                at(DAY, "11:00"), false, List.of());
        assertThat(starts(request, day(ANN, List.of(plan), List.of(), List.of()))).containsExactly("10:15", "10:30", "10:45", "11:00");
    }

    @Test
    void a_plan_applies_only_on_its_weekday_within_its_period() {
        var ended = new WorkingPlan(PlanId.random(), ANN.id(), SITE, DAY.getDayOfWeek(), LocalTime.of(9, 0),
                LocalTime.of(12, 0), List.of(), DAY.minusMonths(2), DAY.minusDays(1));
        var otherDay = plan(ANN, DAY.plusDays(1), "09:00", "12:00");
        assertThat(starts(request(DAY, 30, 0), day(ANN, List.of(ended, otherDay), List.of(), List.of()))).isEmpty();
    }

    @Test
    void anyone_lists_the_least_busy_consultant_first() {
        var busyAnn = day(ANN, List.of(plan(ANN, DAY, "09:00", "12:00")), List.of(),
                List.of(new Interval(at(DAY, "11:00"), at(DAY, "11:30"))));
        var freeBram = day(BRAM, List.of(plan(BRAM, DAY, "09:00", "12:00")), List.of(), List.of());
        var slots = calculator.freeSlots(request(DAY, 30, 0), List.of(busyAnn, freeBram));
        assertThat(slots.getFirst().consultants()).containsExactly(BRAM, ANN);
        assertThat(slots).filteredOn(slot -> slot.start().toLocalTime().equals(LocalTime.of(11, 0)))
                .singleElement().extracting(FreeSlot::consultants).isEqualTo(List.of(BRAM));
    }

    @Test
    void on_the_night_clocks_go_forward_times_that_do_not_exist_are_not_offered_and_slots_last_their_real_length() {
        var springForward = LocalDate.of(2026, 3, 29);
        var plan = plan(ANN, springForward, "00:00", "06:00");
        var slots = calculator.freeSlots(request(springForward, 30, 0), List.of(day(ANN, List.of(plan), List.of(), List.of())));
        assertThat(slots).extracting(slot -> slot.start().toLocalTime().toString())
                .doesNotContain("02:00", "02:15", "02:30", "02:45").contains("01:30", "01:45", "03:00").hasSize(19);
        assertThat(slots).allSatisfy(slot -> assertThat(Duration.between(slot.start(), slot.end())).isEqualTo(Duration.ofMinutes(30)));
        var beforeTheJump = slots.stream().filter(slot -> slot.start().toLocalTime().equals(LocalTime.of(1, 45))).findFirst().orElseThrow();
        assertThat(beforeTheJump.end().toLocalTime()).isEqualTo(LocalTime.of(3, 15));
    }

    @Test
    void on_the_night_clocks_go_back_the_repeated_hour_is_offered_once_and_slots_last_their_real_length() {
        var fallBack = LocalDate.of(2026, 10, 25);
        var plan = plan(ANN, fallBack, "00:00", "06:00");
        var slots = calculator.freeSlots(request(fallBack, 30, 0), List.of(day(ANN, List.of(plan), List.of(), List.of())));
        assertThat(slots).extracting(slot -> slot.start().toLocalTime().toString()).doesNotHaveDuplicates().hasSize(23);
        assertThat(slots).allSatisfy(slot -> assertThat(Duration.between(slot.start(), slot.end())).isEqualTo(Duration.ofMinutes(30)));
        var inTheRepeatedHour = slots.stream().filter(slot -> slot.start().toLocalTime().equals(LocalTime.of(2, 45))).findFirst().orElseThrow();
        assertThat(inTheRepeatedHour.start().getOffset().getTotalSeconds()).as("summer time, the first 02:45").isEqualTo(7200);
        assertThat(inTheRepeatedHour.end().toLocalTime()).isEqualTo(LocalTime.of(2, 15));
        // a working day of 00:00-06:00 that night is seven real hours: the plan's end is a local time
        assertThat(Duration.between(SlotCalculator.instant(fallBack, LocalTime.MIDNIGHT),
                SlotCalculator.instant(fallBack, LocalTime.of(6, 0)))).isEqualTo(Duration.ofHours(7));
    }

    // ---- helpers -------------------------------------------------------------------------------

    private List<String> starts(SlotCalculator.Request request, SlotCalculator.ConsultantDay consultant) {
        return calculator.freeSlots(request, List.of(consultant)).stream()
                .map(slot -> slot.start().toLocalTime().toString()).toList();
    }

    private static SlotCalculator.Request request(LocalDate day, int minutes, int buffer) {
        return new SlotCalculator.Request(day, Duration.ofMinutes(minutes), Duration.ofMinutes(buffer), Instant.EPOCH,
                Instant.parse("2100-01-01T00:00:00Z"), false, List.of());
    }

    private static SlotCalculator.ConsultantDay day(ConsultantProfile consultant, List<WorkingPlan> plans,
            List<Interval> absences, List<Interval> busy) {
        return new SlotCalculator.ConsultantDay(consultant, plans, absences, busy);
    }

    private static WorkingPlan plan(ConsultantProfile consultant, LocalDate day, String from, String until,
            WorkingPlan.Break... breaks) {
        return new WorkingPlan(PlanId.random(), consultant.id(), SITE, day.getDayOfWeek(), LocalTime.parse(from),
                LocalTime.parse(until), List.of(breaks), day.minusMonths(1), null);
    }

    private static Instant at(LocalDate day, String time) {
        return ZonedDateTime.of(day, LocalTime.parse(time), Appointments.ZONE).toInstant();
    }
}
