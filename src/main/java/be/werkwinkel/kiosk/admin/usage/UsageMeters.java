package be.werkwinkel.kiosk.admin.usage;

import be.werkwinkel.kiosk.appointment.AppointmentBooked;
import be.werkwinkel.kiosk.cv.DocumentMade;
import be.werkwinkel.kiosk.kiosk.PdfPrinted;
import be.werkwinkel.kiosk.kiosk.VisitorSessionEnded;
import be.werkwinkel.kiosk.kiosk.VisitorSessions;
import be.werkwinkel.kiosk.storage.DocumentKind;
import be.werkwinkel.kiosk.storage.DocumentSaved;
import be.werkwinkel.kiosk.terminal.TerminalState;
import be.werkwinkel.kiosk.terminal.TerminalView;
import be.werkwinkel.kiosk.terminal.Terminals;
import be.werkwinkel.kiosk.vacancy.VacancySearched;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A few meters for Prometheus (decision 036), in every role: sessions open now, sessions ended by
 * reason, feature use, and (where there is a registry) terminals per state. Counters count since
 * the start of this process; the console's statistics are the durable counts.
 */
@Component
class UsageMeters {

    /** The registry is asked at most this often, however often Prometheus scrapes. */
    static final Duration TERMINALS_REFRESH = Duration.ofSeconds(10);

    private final MeterRegistry registry;
    private final ObjectProvider<Terminals> terminals;
    private volatile Map<TerminalState, Long> terminalStates = Map.of();
    private volatile long terminalStatesAt;

    UsageMeters(MeterRegistry registry, VisitorSessions sessions, ObjectProvider<Terminals> terminals) {
        this.registry = registry;
        this.terminals = terminals;
        Gauge.builder("kiosk.sessions.active", sessions, VisitorSessions::activeCount)
                .description("Visitor sessions open now").register(registry);
        if (terminals.getIfAvailable() != null) {
            for (var state : TerminalState.values()) {
                Gauge.builder("kiosk.terminals", this, meters -> meters.terminalsIn(state))
                        .tag("state", state.name().toLowerCase(Locale.ROOT))
                        .description("Terminals of this instance per state (offline: no heartbeat lately)")
                        .register(registry);
            }
        }
        for (var feature : UsageFeature.values()) {
            feature(feature); // every series exists from the start, also at zero
        }
    }

    @EventListener
    void sessionEnded(VisitorSessionEnded ended) {
        Counter.builder("kiosk.sessions.ended").tag("reason", ended.reason().name().toLowerCase(Locale.ROOT))
                .description("Visitor sessions ended since the start").register(registry).increment();
    }

    @EventListener
    void searched(VacancySearched search) {
        feature(UsageFeature.SEARCH).increment();
    }

    @EventListener
    void made(DocumentMade made) {
        feature(made.kind() == DocumentKind.LETTER ? UsageFeature.LETTER_MADE : UsageFeature.CV_MADE).increment();
    }

    @EventListener
    void printed(PdfPrinted printed) {
        feature(UsageFeature.PDF_PRINTED).increment();
    }

    @EventListener
    void saved(DocumentSaved saved) {
        feature(UsageFeature.DOCUMENT_SAVED).increment();
    }

    @EventListener
    void booked(AppointmentBooked booked) {
        feature(UsageFeature.APPOINTMENT_BOOKED).increment();
    }

    private Counter feature(UsageFeature feature) {
        return Counter.builder("kiosk.feature.uses").tag("feature", feature.name().toLowerCase(Locale.ROOT))
                .description("Uses of each feature by visitors since the start").register(registry);
    }

    double terminalsIn(TerminalState state) {
        var now = System.nanoTime();
        if (terminalStatesAt == 0 || now - terminalStatesAt > TERMINALS_REFRESH.toNanos()) {
            terminalStates = countStates(terminals.getIfAvailable());
            terminalStatesAt = now;
        }
        return terminalStates.getOrDefault(state, 0L);
    }

    private static Map<TerminalState, Long> countStates(@Nullable Terminals registry) {
        var counts = new EnumMap<TerminalState, Long>(TerminalState.class);
        if (registry != null) {
            try {
                registry.overview().stream().map(TerminalView::state).forEach(state -> counts.merge(state, 1L, Long::sum));
            } catch (RuntimeException unavailable) {
                return Map.of(); // the database is away: the gauges read 0 until it answers
            }
        }
        return counts;
    }
}
