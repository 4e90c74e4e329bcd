package be.werkwinkel.kiosk.terminal.internal;

import be.werkwinkel.kiosk.base.ClockTimeMeter;
import be.werkwinkel.kiosk.terminal.LimitedPerTerminal;
import be.werkwinkel.kiosk.terminal.LimitedPerTerminal.Kind;
import be.werkwinkel.kiosk.terminal.TerminalId;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Counts the calls marked {@link LimitedPerTerminal} per terminal and kind, and refuses those over
 * the limit with {@code 429} and {@code Retry-After} before the controller runs (decision 048): a
 * token bucket (bucket4j) per terminal and kind in a Caffeine cache, timed by the kiosk's clock.
 * Every call counts, also a retry of the same request. In memory, like the other throttles: a
 * restart forgets the counts, and each hub instance counts for itself.
 */
final class TerminalRequestLimits implements HandlerInterceptor {

    private static final Logger log = LoggerFactory.getLogger(TerminalRequestLimits.class);

    private record Key(long terminal, Kind kind) {
    }

    private final TerminalRequestLimitSettings settings;
    private final ClockTimeMeter time;
    private final Cache<Key, Bucket> buckets;

    TerminalRequestLimits(TerminalRequestLimitSettings settings, Clock clock) {
        this.settings = settings;
        this.time = new ClockTimeMeter(clock);
        this.buckets = Caffeine.newBuilder()
                .maximumSize(100_000)
                // a full bucket is as good as none: forget it once it must have refilled
                .expireAfterAccess(settings.period().multipliedBy(2))
                .build();
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        var limited = handler instanceof HandlerMethod method ? method.getMethodAnnotation(LimitedPerTerminal.class) : null;
        var terminal = terminal(request);
        if (limited == null || terminal.isEmpty()) {
            return true;
        }
        var wait = take(terminal.get(), limited.value());
        if (wait.isEmpty()) {
            return true;
        }
        var seconds = Math.max(1, wait.get().toSeconds() + 1);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        TerminalApiSecurity.problem(response, 429, "Too Many Requests", "This terminal made too many calls of this "
                + "kind (" + limited.value() + "); try again in " + seconds + " seconds.");
        return false;
    }

    /** Takes one call from the terminal's allowance; how long to wait when none is left. */
    Optional<Duration> take(TerminalId terminal, Kind kind) {
        var limit = settings.limit(kind);
        var bucket = buckets.get(new Key(terminal.value(), kind), key -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limit).refillGreedy(limit, settings.period()).build())
                .withCustomTimePrecision(time)
                .build());
        var probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            if (probe.getRemainingTokens() == 0) {
                log.warn("Terminal {} used its whole allowance of {} ({} per {}); further calls wait", terminal,
                        kind, limit, settings.period());
            }
            return Optional.empty();
        }
        return Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    private static Optional<TerminalId> terminal(HttpServletRequest request) {
        return request.getUserPrincipal() instanceof Authentication authentication
                && authentication.getPrincipal() instanceof TerminalId terminal ? Optional.of(terminal) : Optional.empty();
    }
}
