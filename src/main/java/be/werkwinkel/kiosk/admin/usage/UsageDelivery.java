package be.werkwinkel.kiosk.admin.usage;

import be.werkwinkel.kiosk.terminal.DeliveryHandler;
import be.werkwinkel.kiosk.terminal.TerminalId;
import be.werkwinkel.kiosk.terminal.Terminals;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A terminal's usage counts (kind {@value UsageReporter#KIND}), added to this instance's counts for
 * that terminal and its site as the registry has them now. The intake runs it once per report
 * (decision 040). A report that is not one, or that names days or counts no kiosk could have made,
 * changes nothing and is refused.
 */
final class UsageDelivery implements DeliveryHandler {

    /** A day further from today than this is not a day a kiosk counted on. */
    static final int DAYS_AROUND = 400;
    static final long MOST_PER_COUNT = 1_000_000;

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();

    private final UsageStore store;
    private final Terminals terminals;
    private final Clock clock;

    UsageDelivery(UsageStore store, Terminals terminals, Clock clock) {
        this.store = store;
        this.terminals = terminals;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return UsageReporter.KIND;
    }

    @Override
    public String handle(UUID requestId, TerminalId terminal, byte[] plaintext) {
        UsageTally.Report report;
        try {
            report = JSON.readValue(plaintext, UsageTally.Report.class);
        } catch (JacksonException e) {
            throw new Refused("not counted: not a usage report (" + e.getClass().getSimpleName() + ")");
        }
        check(report);
        var site = terminals.find(terminal).map(view -> view.site()).orElseThrow(() ->
                new Refused("not counted: terminal " + terminal + " is not in the registry"));
        var place = new UsageStore.Place(site, terminal.value());
        long counted = 0;
        for (var day : report.days()) {
            for (var sessions : day.sessions()) {
                store.countSessions(day.day(), place, sessions.length(), sessions.endReason(), sessions.language(),
                        sessions.count());
                counted += sessions.count();
            }
            for (var uses : day.features()) {
                store.countFeature(day.day(), place, uses.feature(), uses.count());
            }
            for (var searches : day.terms()) {
                store.countTerm(day.day(), place, searches.term(), searches.count());
            }
        }
        return "counted: " + report.days().size() + " day(s), " + counted + " session(s)";
    }

    private void check(UsageTally.Report report) {
        if (report.days() == null) {
            throw new Refused("not counted: no days");
        }
        var today = LocalDate.now(clock);
        for (var day : report.days()) {
            if (day == null || day.day() == null || day.sessions() == null || day.features() == null || day.terms() == null
                    || Math.abs(day.day().toEpochDay() - today.toEpochDay()) > DAYS_AROUND) {
                throw new Refused("not counted: a day that is missing or out of range");
            }
            for (var sessions : day.sessions()) {
                if (sessions.length() == null || sessions.length() == SessionLength.NOT_RECORDED
                        || !text(sessions.endReason(), 20) || !text(sessions.language(), 5) || !count(sessions.count())) {
                    throw new Refused("not counted: a session count out of range");
                }
            }
            for (var uses : day.features()) {
                if (uses.feature() == null || !count(uses.count())) {
                    throw new Refused("not counted: a feature count out of range");
                }
            }
            for (var searches : day.terms()) {
                if (!text(searches.term(), SearchTerms.MAX_LENGTH) || !count(searches.count())
                        || !SearchTerms.normalise(searches.term()).equals(Optional.of(searches.term()))) {
                    throw new Refused("not counted: a search term that is not one");
                }
            }
        }
    }

    private static boolean text(String value, int maxLength) {
        return value != null && !value.isBlank() && value.length() <= maxLength;
    }

    private static boolean count(long value) {
        return value > 0 && value <= MOST_PER_COUNT;
    }
}
