package be.werkwinkel.kiosk.admin.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.werkwinkel.kiosk.support.KioskTest;
import be.werkwinkel.kiosk.terminal.DeliveryHandler;
import be.werkwinkel.kiosk.terminal.Terminals;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A terminal's usage report adds its counts to the hub's for that terminal and its registry site;
 * what a kiosk could not have counted is refused whole and changes nothing. The tally a terminal
 * keeps gives each count once, and takes back a report it could not send.
 */
@KioskTest
class UsageDeliveryTest {

    @Autowired
    UsageDelivery delivery;

    @Autowired
    Terminals terminals;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_report_is_added_for_the_terminal_and_its_site() {
        var terminal = terminals.create("Balie 9", "Aalst", "").terminal();
        var tally = new UsageTally();
        var today = LocalDate.now();
        tally.feature(today, UsageFeature.SEARCH);
        tally.feature(today, UsageFeature.SEARCH);
        tally.term(today, "lasser");
        tally.session(today, SessionLength.FROM_3_TO_5_MIN, "IDLE", "fr");

        var outcome = delivery.handle(UUID.randomUUID(), terminal, json(tally.drain()));

        assertThat(outcome).isEqualTo("counted: 1 day(s), 1 session(s)");
        assertThat(jdbc.sql("SELECT uses FROM usage_feature WHERE terminal_id = :id AND site = 'Aalst' AND feature = 'SEARCH'")
                .param("id", terminal.value()).query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT sessions FROM usage_session WHERE terminal_id = :id AND language = 'fr' AND length_from_s = 180")
                .param("id", terminal.value()).query(Long.class).single()).isEqualTo(1);
        assertThat(tally.drain().isEmpty()).as("drained").isTrue();
    }

    @Test
    void a_report_no_kiosk_could_have_made_is_refused_and_counts_nothing() {
        var terminal = terminals.create("Balie 10", "Aalst", "").terminal();
        var day = LocalDate.now().toString();
        for (var bad : new String[] {
            "{\"days\":[{\"day\":\"" + day + "\",\"sessions\":[],\"features\":[{\"feature\":\"SEARCH\",\"count\":-5}],\"terms\":[]}]}",
            "{\"days\":[{\"day\":\"1999-01-01\",\"sessions\":[],\"features\":[{\"feature\":\"SEARCH\",\"count\":1}],\"terms\":[]}]}",
            "{\"days\":[{\"day\":\"" + day + "\",\"sessions\":[],\"features\":[],\"terms\":[{\"term\":\"jan@example.org\",\"count\":1}]}]}",
            "{\"days\":[{\"day\":\"" + day + "\",\"sessions\":[],\"features\":[{\"feature\":\"HACKED\",\"count\":1}],\"terms\":[]}]}",
            "not json"}) {
            assertThatThrownBy(() -> delivery.handle(UUID.randomUUID(), terminal, bad.getBytes(StandardCharsets.UTF_8)))
                    .as(bad).isInstanceOf(DeliveryHandler.Refused.class);
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM usage_feature WHERE terminal_id = :id").param("id", terminal.value())
                .query(Long.class).single()).isZero();
    }

    @Test
    void a_report_that_could_not_be_sent_goes_with_the_next() {
        var tally = new UsageTally();
        var today = LocalDate.now();
        tally.feature(today, UsageFeature.PDF_PRINTED);
        var unsent = tally.drain();
        tally.feature(today, UsageFeature.PDF_PRINTED);
        tally.restore(unsent);

        assertThat(tally.drain().days()).singleElement().satisfies(counted ->
                assertThat(counted.features()).containsExactly(new UsageTally.Uses(UsageFeature.PDF_PRINTED, 2)));
    }

    private static byte[] json(UsageTally.Report report) {
        return tools.jackson.databind.json.JsonMapper.shared().writeValueAsBytes(report);
    }
}
