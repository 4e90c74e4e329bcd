package be.werkwinkel.kiosk.admin.usage;

import static org.assertj.core.api.Assertions.assertThat;

import be.werkwinkel.kiosk.support.KioskTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@KioskTest
class SessionUsageRepositoryTest {

    @Autowired
    SessionUsageRepository usage;

    @Test
    void session_ends_are_counted_per_day_reason_and_language() {
        var day = LocalDate.of(2001, 2, 3);

        usage.countSessionEnd(day, "STOPPED", "fr");
        usage.countSessionEnd(day, "STOPPED", "fr");
        usage.countSessionEnd(day, "IDLE", "fr");
        usage.countSessionEnd(day.plusDays(1), "STOPPED", "fr");

        var counted = usage.findByKeyDay(day);
        assertThat(counted).extracting(row -> row.key().endReason(), SessionUsage::sessions)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("STOPPED", 2),
                        org.assertj.core.groups.Tuple.tuple("IDLE", 1));
    }
}
