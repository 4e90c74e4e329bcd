package be.werkwinkel.kiosk.admin.usage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A terminal's counts since its last report to the hub, in memory: the terminal has no database,
 * and the hub adds each report to its own counts once (it comes through the outbox, decision 040).
 * What a crash loses is at most one report interval of counts, and counts name nobody.
 */
final class UsageTally implements UsageCounter {

    /**
     * One report: counts per day, added to the hub's counts for the reporting terminal.
     *
     * @param days oldest first
     */
    record Report(List<Day> days) {

        boolean isEmpty() {
            return days.isEmpty();
        }
    }

    /** One day's counts; each list holds a count per distinct key. */
    record Day(LocalDate day, List<Sessions> sessions, List<Uses> features, List<Searches> terms) {
    }

    record Sessions(SessionLength length, String endReason, String language, long count) {
    }

    record Uses(UsageFeature feature, long count) {
    }

    record Searches(String term, long count) {
    }

    private record SessionKey(SessionLength length, String endReason, String language) {
    }

    private static final class Counts {
        final Map<SessionKey, Long> sessions = new HashMap<>();
        final Map<UsageFeature, Long> features = new HashMap<>();
        final Map<String, Long> terms = new HashMap<>();
    }

    private final Map<LocalDate, Counts> days = new TreeMap<>();

    @Override
    public synchronized void session(LocalDate day, SessionLength length, String endReason, String language) {
        of(day).sessions.merge(new SessionKey(length, endReason, language), 1L, Long::sum);
    }

    @Override
    public synchronized void feature(LocalDate day, UsageFeature feature) {
        of(day).features.merge(feature, 1L, Long::sum);
    }

    @Override
    public synchronized void term(LocalDate day, String term) {
        of(day).terms.merge(term, 1L, Long::sum);
    }

    /** Everything counted since the last call, and an empty tally. */
    synchronized Report drain() {
        var report = new ArrayList<Day>();
        days.forEach((day, counts) -> report.add(new Day(day,
                counts.sessions.entrySet().stream().map(entry -> new Sessions(entry.getKey().length(),
                        entry.getKey().endReason(), entry.getKey().language(), entry.getValue())).toList(),
                counts.features.entrySet().stream().map(entry -> new Uses(entry.getKey(), entry.getValue())).toList(),
                counts.terms.entrySet().stream().map(entry -> new Searches(entry.getKey(), entry.getValue())).toList())));
        days.clear();
        return new Report(report);
    }

    /** Puts a report that could not be queued back, to go with the next one. */
    synchronized void restore(Report report) {
        for (var day : report.days()) {
            var counts = of(day.day());
            day.sessions().forEach(s -> counts.sessions.merge(new SessionKey(s.length(), s.endReason(), s.language()),
                    s.count(), Long::sum));
            day.features().forEach(u -> counts.features.merge(u.feature(), u.count(), Long::sum));
            day.terms().forEach(t -> counts.terms.merge(t.term(), t.count(), Long::sum));
        }
    }

    private Counts of(LocalDate day) {
        return days.computeIfAbsent(day, d -> new Counts());
    }
}
