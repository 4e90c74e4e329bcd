package be.werkwinkel.kiosk.admin.usage;

import be.werkwinkel.kiosk.appointment.AppointmentBooked;
import be.werkwinkel.kiosk.base.KioskSettings;
import be.werkwinkel.kiosk.cv.DocumentMade;
import be.werkwinkel.kiosk.kiosk.PdfPrinted;
import be.werkwinkel.kiosk.kiosk.SessionEndReason;
import be.werkwinkel.kiosk.kiosk.VisitorSessionEnded;
import be.werkwinkel.kiosk.storage.DocumentKind;
import be.werkwinkel.kiosk.storage.DocumentSaved;
import be.werkwinkel.kiosk.vacancy.VacancySearched;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;

/**
 * Counts what visitors do, from the events the features publish: sessions (by length, how they
 * ended, language), feature use, and search words. Never per person: a count has a day, a site and
 * a terminal, nothing else. A search word counts once per visitor session, so the threshold of
 * {@code kiosk.statistics.min-term-count} is a number of sessions, not of keystrokes of one
 * visitor; the words a session searched are held in memory until it ends (at most a day).
 * A failing count is logged and never fails what the visitor did. Where the counts go is the
 * {@link UsageCounter}'s business: the database here, or a terminal's tally for its hub.
 */
class UsageRecorder {

    private static final Logger log = LoggerFactory.getLogger(UsageRecorder.class);

    private final UsageCounter counter;
    private final KioskSettings kiosk;
    private final Clock clock;
    private final Cache<String, Set<String>> termsOfSession = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofDays(1)).maximumSize(50_000).build();

    UsageRecorder(UsageCounter counter, KioskSettings kiosk, Clock clock) {
        this.counter = counter;
        this.kiosk = kiosk;
        this.clock = clock;
    }

    @EventListener
    void sessionEnded(VisitorSessionEnded ended) {
        termsOfSession.invalidate(ended.sessionId());
        count("a session end", () -> counter.session(day(ended.endedAt()), SessionLength.of(usedFor(ended)),
                ended.reason().name(), ended.language().code()));
    }

    /**
     * How long the visitor used the kiosk: a session that ended because nobody answered ran on
     * for the idle timeout and the countdown after the last touch, which is not use.
     */
    Duration usedFor(VisitorSessionEnded ended) {
        var length = Duration.between(ended.startedAt(), ended.endedAt());
        if (ended.reason() == SessionEndReason.IDLE) {
            length = length.minus(kiosk.session().idleTimeout()).minus(kiosk.session().countdown());
        }
        return length.isNegative() ? Duration.ZERO : length;
    }

    @EventListener
    void searched(VacancySearched search) {
        var day = day(search.searchedAt());
        count("a search", () -> {
            counter.feature(day, UsageFeature.SEARCH);
            var term = SearchTerms.normalise(search.text());
            if (term.isPresent()
                    && termsOfSession.get(search.sessionId(), id -> ConcurrentHashMap.newKeySet()).add(term.get())) {
                counter.term(day, term.get());
            }
        });
    }

    @EventListener
    void made(DocumentMade made) {
        feature(made.madeAt(), made.kind() == DocumentKind.LETTER ? UsageFeature.LETTER_MADE : UsageFeature.CV_MADE);
    }

    @EventListener
    void printed(PdfPrinted printed) {
        feature(printed.printedAt(), UsageFeature.PDF_PRINTED);
    }

    @EventListener
    void saved(DocumentSaved saved) {
        feature(saved.savedAt(), UsageFeature.DOCUMENT_SAVED);
    }

    @EventListener
    void booked(AppointmentBooked booked) {
        feature(booked.bookedAt(), UsageFeature.APPOINTMENT_BOOKED);
    }

    private void feature(Instant at, UsageFeature feature) {
        count(feature.name(), () -> counter.feature(day(at), feature));
    }

    private LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, clock.getZone());
    }

    private static void count(String what, Runnable counting) {
        try {
            counting.run();
        } catch (RuntimeException e) {
            // statistics must never keep a session alive, fail a wipe, a search or a booking
            log.warn("Could not count {}: {}", what, e.toString());
        }
    }
}
