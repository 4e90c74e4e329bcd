package be.werkwinkel.kiosk.admin.usage;

import static org.assertj.core.api.Assertions.assertThat;

import be.werkwinkel.kiosk.base.KioskLanguage;
import be.werkwinkel.kiosk.kiosk.SessionEndReason;
import be.werkwinkel.kiosk.kiosk.VisitorSessionEnded;
import be.werkwinkel.kiosk.support.KioskTest;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

@KioskTest
class SessionUsageRecorderTest {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    SessionUsageRepository usage;

    @Test
    void every_visitor_session_that_ends_is_counted_on_its_belgian_day() {
        // 23:30 UTC on 4 March is already 5 March in Brussels
        var end = Instant.parse("2003-03-04T23:30:00Z");

        events.publishEvent(new VisitorSessionEnded("a", SessionEndReason.IDLE, KioskLanguage.ENGLISH, end.minusSeconds(60), end));
        events.publishEvent(new VisitorSessionEnded("b", SessionEndReason.IDLE, KioskLanguage.ENGLISH, end.minusSeconds(90), end));

        assertThat(usage.findByKeyDay(LocalDate.of(2003, 3, 5)))
                .singleElement().satisfies(row -> {
                    assertThat(row.key().endReason()).isEqualTo("IDLE");
                    assertThat(row.key().language()).isEqualTo("en");
                    assertThat(row.sessions()).isEqualTo(2);
                });
    }
}
