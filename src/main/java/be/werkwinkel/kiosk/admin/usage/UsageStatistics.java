package be.werkwinkel.kiosk.admin.usage;

import be.werkwinkel.kiosk.base.KioskLanguage;
import be.werkwinkel.kiosk.kiosk.SessionEndReason;
import be.werkwinkel.kiosk.terminal.TerminalView;
import be.werkwinkel.kiosk.terminal.Terminals;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The usage statistics as the staff console reads them: a report for a period and place, the
 * sites and terminals to choose from, and the nightly clean-up (decision 035).
 */
public class UsageStatistics {

    private static final Logger log = LoggerFactory.getLogger(UsageStatistics.class);

    /** A terminal to filter on: the registry's id (0: this instance's own screens), its name if known, its site. */
    public record TerminalChoice(long id, Optional<String> name, String site) {
    }

    private final UsageStore store;
    private final Terminals terminals;
    private final StatisticsSettings settings;
    private final Clock clock;

    UsageStatistics(UsageStore store, Terminals terminals, StatisticsSettings settings, Clock clock) {
        this.store = store;
        this.terminals = terminals;
        this.settings = settings;
        this.clock = clock;
    }

    public StatisticsSettings settings() {
        return settings;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public UsageReport report(UsageQuery query) {
        var endReasons = new EnumMap<SessionEndReason, Long>(SessionEndReason.class);
        for (var reason : SessionEndReason.values()) {
            endReasons.put(reason, 0L);
        }
        store.sessionsBy("end_reason", query).forEach((reason, sessions) -> {
            try {
                endReasons.merge(SessionEndReason.valueOf(reason), sessions, Long::sum);
            } catch (IllegalArgumentException unknown) {
                // a reason of a newer version: counted in the totals, not listed
            }
        });
        var languages = new EnumMap<KioskLanguage, Long>(KioskLanguage.class);
        for (var language : KioskLanguage.values()) {
            languages.put(language, 0L);
        }
        store.sessionsBy("language", query).forEach((code, sessions) -> {
            for (var language : KioskLanguage.values()) {
                if (language.code().equals(code)) {
                    languages.merge(language, sessions, Long::sum);
                }
            }
        });
        return new UsageReport(query, settings.minTermCount(), store.sessionsPerDay(query), store.lengths(query),
                store.features(query), store.topTerms(query, settings.minTermCount(), settings.topTerms()),
                store.perTerminal(query), endReasons, languages);
    }

    /** Every site: of the registry's terminals and of the counts kept, by name. */
    public List<String> sites() {
        var sites = new TreeSet<String>(String.CASE_INSENSITIVE_ORDER);
        terminals.overview().forEach(terminal -> sites.add(terminal.site()));
        sites.addAll(store.sites());
        return List.copyOf(sites);
    }

    /** Every terminal of the registry and every one with counts (also removed ones), by site and name. */
    public List<TerminalChoice> terminals() {
        var choices = new LinkedHashMap<Long, TerminalChoice>();
        for (var terminal : terminals.overview()) {
            choices.put(terminal.id().value(), new TerminalChoice(terminal.id().value(), Optional.of(terminal.name()),
                    terminal.site()));
        }
        for (var counted : store.terminals()) {
            choices.putIfAbsent(counted.terminal(), new TerminalChoice(counted.terminal(), Optional.empty(),
                    counted.site()));
        }
        var list = new ArrayList<>(choices.values());
        list.sort(Comparator.comparing(TerminalChoice::site, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(choice -> choice.name().orElse(""), String.CASE_INSENSITIVE_ORDER)
                .thenComparingLong(TerminalChoice::id));
        return list;
    }

    /** The registry's name of a terminal, if it still has it. */
    public Optional<String> terminalName(long id) {
        return terminals.overview().stream().filter(terminal -> terminal.id().value() == id)
                .map(TerminalView::name).findFirst();
    }

    /** Deletes rare search words after {@code rare-terms-kept} and every count after {@code kept}; returns how many rows. */
    public int cleanUp() {
        var today = today();
        return store.deleteRareTerms(today.minus(settings.rareTermsKept()), settings.minTermCount())
                + store.deleteBefore(today.minus(settings.kept()));
    }

    @Scheduled(cron = "${kiosk.statistics.clean-up-schedule:0 15 3 * * *}", zone = "Europe/Brussels")
    @SchedulerLock(name = "usage-clean-up", lockAtLeastFor = "PT5M", lockAtMostFor = "PT5M")
    void cleanUpDaily() {
        try {
            var deleted = cleanUp();
            if (deleted > 0) {
                log.info("Usage statistics: {} rows of rare search words or old counts deleted", deleted);
            }
        } catch (RuntimeException e) {
            log.warn("Usage statistics: the clean-up failed, tried again tomorrow: {}", e.toString());
        }
    }
}
