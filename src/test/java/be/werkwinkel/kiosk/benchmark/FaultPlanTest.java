package be.werkwinkel.kiosk.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fault harness's arithmetic (the harness itself runs outside the suite: src/benchmark/faults.sh). */
class FaultPlanTest {

    @Test
    void a_schedule_places_every_fault_apart_inside_the_run_and_shows_every_kind() {
        for (long seed = 0; seed < 50; seed++) {
            var schedule = FaultPlan.schedule(200, 20, new Random(seed));
            assertThat(schedule).hasSize(20);
            assertThat(schedule.keySet()).allMatch(position -> position >= 10 && position <= 189);
            assertThat(schedule.values()).containsAll(List.of(FaultPlan.Fault.values()));
            for (var kind : FaultPlan.Fault.values()) {
                assertThat(schedule.values().stream().filter(kind::equals)).hasSize(4);
            }
        }
        assertThat(FaultPlan.schedule(200, 3, new Random(1)).values()).doesNotHaveDuplicates();
    }

    @Test
    void more_faults_than_room_is_refused() {
        assertThatThrownBy(() -> FaultPlan.schedule(10, 10, new Random(1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_tally_counts_missing_as_lost_and_more_than_once_as_duplicated() {
        var tally = FaultPlan.Tally.of(List.of("a", "b", "c", "d"), Map.of("a", 1, "b", 2, "d", 1, "x", 1));
        assertThat(tally).isEqualTo(new FaultPlan.Tally(4, 3, 1, 1));
        assertThat(tally.exactlyOnce()).isFalse();
        assertThat(FaultPlan.Tally.of(List.of("a"), Map.of("a", 1)).exactlyOnce()).isTrue();
        assertThat(FaultPlan.strangers(List.of("a", "b"), List.of("a", "x"))).containsExactly("x");
    }

    @Test
    void the_disk_search_finds_a_marker_anywhere_in_a_file_and_nowhere_else() {
        var needle = "FAULT-MARKER-X1".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(FaultHarness.contains("..FAULT-MARKER-X1".getBytes(java.nio.charset.StandardCharsets.UTF_8), needle)).isTrue();
        assertThat(FaultHarness.contains("FAULT-MARKER-X1".getBytes(java.nio.charset.StandardCharsets.UTF_8), needle)).isTrue();
        assertThat(FaultHarness.contains("FAULT-MARKER-X".getBytes(java.nio.charset.StandardCharsets.UTF_8), needle)).isFalse();
        assertThat(FaultHarness.contains(new byte[0], needle)).isFalse();
    }
}
