package be.werkwinkel.kiosk.admin.usage;

import be.werkwinkel.kiosk.base.KioskLanguage;
import be.werkwinkel.kiosk.kiosk.SessionEndReason;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The counts of one period and place, as the console and the CSV export show them. Every count is
 * a total over many visitors; search words are only those searched in at least
 * {@code minTermCount} visitor sessions within this period and place.
 *
 * @param sessionsPerDay every day of the period, also the days without sessions
 * @param lengths every bucket (those without sessions too; {@link SessionLength#NOT_RECORDED} only when it has some)
 * @param features every feature, those never used too
 * @param topTerms the most searched words, most first
 * @param perTerminal sessions per site and terminal, most first
 */
public record UsageReport(
        UsageQuery query,
        int minTermCount,
        List<DayCount> sessionsPerDay,
        Map<SessionLength, Long> lengths,
        Map<UsageFeature, Long> features,
        List<TermCount> topTerms,
        List<TerminalCount> perTerminal,
        Map<SessionEndReason, Long> endReasons,
        Map<KioskLanguage, Long> languages) {

    public record DayCount(LocalDate day, long sessions) {
    }

    /** @param sessions in how many visitor sessions the word was searched */
    public record TermCount(String term, long sessions) {
    }

    /** @param terminal the registry's id; 0 for this instance's own screens */
    public record TerminalCount(String site, long terminal, long sessions) {
    }

    public UsageReport {
        sessionsPerDay = List.copyOf(sessionsPerDay);
        lengths = Map.copyOf(lengths);
        features = Map.copyOf(features);
        topTerms = List.copyOf(topTerms);
        perTerminal = List.copyOf(perTerminal);
        endReasons = Map.copyOf(endReasons);
        languages = Map.copyOf(languages);
    }

    /** All sessions of the period. */
    public long sessions() {
        return sessionsPerDay.stream().mapToLong(DayCount::sessions).sum();
    }
}
