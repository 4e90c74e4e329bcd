package be.werkwinkel.kiosk.vacancy.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** When a replica must copy everything anew instead of catching up (decision 039). */
class VacancyChangesTest {

    /** A log at revision 100 whose tombstones up to revision 40 were pruned. */
    private final VacancyChanges log = new VacancyChanges(List.of(), 100, 40);

    @Test
    void a_replica_behind_the_horizon_resyncs_one_at_or_after_it_does_not() {
        assertThat(log.resyncNeeded(39, null)).isTrue();
        assertThat(log.resyncNeeded(40, null)).isFalse();
        assertThat(log.resyncNeeded(100, null)).isFalse();
    }

    @Test
    void a_copy_from_zero_never_resyncs() {
        assertThat(log.resyncNeeded(0, 0L)).isFalse();
        assertThat(log.resyncNeeded(0, null)).isFalse();
    }

    @Test
    void a_copy_in_progress_below_the_horizon_resyncs_only_when_pruning_went_on_since_it_began() {
        assertThat(log.resyncNeeded(7, 40L)).as("began under this horizon").isFalse();
        assertThat(log.resyncNeeded(7, 30L)).as("tombstones 31 to 40 were pruned while it ran").isTrue();
        assertThat(log.resyncNeeded(35, 30L)).isTrue();
        assertThat(log.resyncNeeded(45, 30L)).as("past the horizon anyway").isFalse();
    }

    @Test
    void a_replica_ahead_of_the_log_resyncs() {
        assertThat(log.resyncNeeded(101, null)).as("the hub's database came back from an older backup").isTrue();
        assertThat(log.resyncNeeded(101, 40L)).isTrue();
    }
}
