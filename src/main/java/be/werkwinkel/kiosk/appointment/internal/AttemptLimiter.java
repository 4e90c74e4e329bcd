package be.werkwinkel.kiosk.appointment.internal;

import be.werkwinkel.kiosk.appointment.AppointmentProblem;
import be.werkwinkel.kiosk.appointment.AppointmentSettings;
import be.werkwinkel.kiosk.base.ClockTimeMeter;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Limits wrong booking-code attempts per terminal and per code (what was typed): token buckets
 * (bucket4j) kept in a Caffeine cache, timed by the kiosk's clock. Each wrong attempt takes a token
 * from both; with either empty, every attempt (right or wrong) is refused until it refills at the
 * end of the pause. In memory: a restart forgets the counts, which costs a guesser a restart of
 * the hub at most every pause, while codes have 5.5 × 10¹⁰ values (decision 024).
 */
final class AttemptLimiter {

    private final AppointmentSettings settings;
    private final TimeMeter time;
    private final Clock clock;
    private final Cache<String, Bucket> buckets;

    AttemptLimiter(AppointmentSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.time = new ClockTimeMeter(clock);
        this.buckets = Caffeine.newBuilder()
                .maximumSize(200_000)
                .expireAfterAccess(settings.attemptPause().multipliedBy(2))
                .build();
    }

    /** Refuses when the terminal or the code is paused. */
    void check(String terminal, String code) {
        for (var bucket : new Bucket[] {terminal(terminal), code(code)}) {
            if (bucket.getAvailableTokens() <= 0) {
                var wait = bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
                throw new AppointmentProblem(AppointmentProblem.Reason.TOO_MANY_ATTEMPTS,
                        clock.instant().plus(Duration.ofNanos(wait)).plusSeconds(1));
            }
        }
    }

    /** Counts a wrong attempt against the terminal and the code. */
    void failed(String terminal, String code) {
        terminal(terminal).tryConsume(1);
        code(code).tryConsume(1);
    }

    Instant now() {
        return clock.instant();
    }

    private Bucket terminal(String terminal) {
        return buckets.get("terminal:" + terminal, key -> bucket(settings.maxAttemptsPerTerminal()));
    }

    private Bucket code(String code) {
        return buckets.get("code:" + code, key -> bucket(settings.maxAttemptsPerCode()));
    }

    private Bucket bucket(int attempts) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(attempts).refillIntervally(attempts, settings.attemptPause()).build())
                .withCustomTimePrecision(time)
                .build();
    }
}
