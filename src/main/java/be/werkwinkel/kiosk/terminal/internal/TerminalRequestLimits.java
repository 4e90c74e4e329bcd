package be.werkwinkel.kiosk.terminal.internal;

import be.werkwinkel.kiosk.base.ClockTimeMeter;
import be.werkwinkel.kiosk.base.StaffAudit;
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
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Counts the calls marked {@link LimitedPerTerminal} per terminal and kind, and refuses those over
 * the limit with {@code 429} and {@code Retry-After} before the controller runs (decision 048): a
 * token bucket (bucket4j) per terminal and kind in a Caffeine cache, timed by the kiosk's clock.
 * Every call counts, also a retry of the same request. The first refusal of a terminal and kind in
 * a period is written to the staff audit log (and the application log), so that staff see a
 * terminal that may be in the wrong hands. In memory, like the other throttles: a restart forgets
 * the counts, and each hub instance counts for itself.
 */
final class TerminalRequestLimits implements HandlerInterceptor {

    static final String AUDIT_ACTION = "TERMINAL_CALL_LIMIT";

    private static final Logger log = LoggerFactory.getLogger(TerminalRequestLimits.class);

    private record Key(long terminal, Kind kind) {
    }

    private final TerminalRequestLimitSettings settings;
    private final StaffAudit audit;
    private final ClockTimeMeter time;
    private final Cache<Key, Bucket> buckets;
    /** The terminals and kinds refused in this period and reported already. */
    private final Cache<Key, Boolean> reported;

    TerminalRequestLimits(TerminalRequestLimitSettings settings, StaffAudit audit, Clock clock) {
        this.settings = settings;
        this.audit = audit;
        this.time = new ClockTimeMeter(clock);
        this.buckets = Caffeine.newBuilder()
                .maximumSize(100_000)
                // a full bucket is as good as none: forget it once it must have refilled
                .expireAfterAccess(settings.period().multipliedBy(2))
                .build();
        this.reported = Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(settings.period()).build();
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        var limited = handler instanceof HandlerMethod method ? method.getMethodAnnotation(LimitedPerTerminal.class) : null;
        if (limited == null) {
            return true;
        }
        var terminal = terminal(request);
        if (terminal.isEmpty()) {
            // never silently unlimited: a call that must be counted and cannot be is refused
            log.error("A limited terminal call ({}) came without a terminal: refused", request.getRequestURI());
            TerminalApiSecurity.problem(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden", "Only terminals may call this.");
            return false;
        }
        var wait = take(terminal.get(), limited.value());
        if (wait.isEmpty()) {
            return true;
        }
        var seconds = retryAfterSeconds(wait.get());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        TerminalApiSecurity.problem(response, HttpStatus.TOO_MANY_REQUESTS.value(), "Too Many Requests",
                detail(limited.value(), seconds));
        return false;
    }

    /**
     * The answer when the terminal has no call of this kind left, or empty after taking one; for a
     * controller that learns the kind only from the request (an outbox entry).
     */
    Optional<ResponseEntity<ProblemDetail>> refusal(TerminalId terminal, Kind kind) {
        return take(terminal, kind).map(wait -> {
            var seconds = retryAfterSeconds(wait);
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                    .body(ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, detail(kind, seconds)));
        });
    }

    /** Takes one call from the terminal's allowance; how long to wait when none is left. */
    Optional<Duration> take(TerminalId terminal, Kind kind) {
        var limit = settings.limit(kind);
        var key = new Key(terminal.value(), kind);
        var bucket = buckets.get(key, any -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limit).refillGreedy(limit, settings.period()).build())
                .withCustomTimePrecision(time)
                .build());
        var probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return Optional.empty();
        }
        if (reported.asMap().putIfAbsent(key, Boolean.TRUE) == null) {
            var detail = kind + ": more than " + limit + " per " + settings.period();
            log.warn("Terminal {} is refused calls of a kind it used up ({}); revoke it if it is not in use", terminal,
                    detail);
            audit.record("terminal-" + terminal.value(), AUDIT_ACTION, "terminal " + terminal, StaffAudit.Result.REFUSED,
                    detail);
        }
        return Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    private static long retryAfterSeconds(Duration wait) {
        return Math.max(1, wait.toSeconds() + 1);
    }

    private static String detail(Kind kind, long seconds) {
        return "This terminal made too many calls of this kind (" + kind + "); try again in " + seconds + " seconds.";
    }

    private static Optional<TerminalId> terminal(HttpServletRequest request) {
        return request.getUserPrincipal() instanceof Authentication authentication
                && authentication.getPrincipal() instanceof TerminalId terminal ? Optional.of(terminal) : Optional.empty();
    }
}
