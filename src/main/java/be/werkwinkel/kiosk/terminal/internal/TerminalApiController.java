package be.werkwinkel.kiosk.terminal.internal;

import be.werkwinkel.kiosk.base.AddressThrottle;
import be.werkwinkel.kiosk.base.ConditionalOnRole;
import be.werkwinkel.kiosk.base.KioskRole;
import be.werkwinkel.kiosk.terminal.Heartbeat;
import be.werkwinkel.kiosk.terminal.TerminalConfiguration;
import be.werkwinkel.kiosk.terminal.TerminalId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.DeferredResult;
import org.springframework.web.server.ResponseStatusException;

/**
 * The terminal API, version 1 (docs/terminal-api.yaml). Every call but enrollment carries the
 * terminal's token ({@link TerminalApiSecurity}); every call acts on the calling terminal only: no
 * path or body names another terminal.
 */
@RestController
@RequestMapping(TerminalApiController.BASE)
@ConditionalOnRole({KioskRole.STANDALONE, KioskRole.HUB}) // the hub's side: a terminal holds no registry
class TerminalApiController {

    static final String BASE = "/api/terminal/v1";

    record EnrollRequest(@NotBlank @Size(max = 40) String code) {
    }

    record EnrollResponse(long terminalId, String token, TerminalConfiguration configuration) {
    }

    record Acknowledgement(@NotNull Boolean succeeded, @Nullable @Size(max = 2000) String result) {
    }

    private static final Logger log = LoggerFactory.getLogger(TerminalApiController.class);

    private final TerminalRegistry registry;
    private final KioskSetupService setups;
    private final CommandWaiters waiters;
    private final AddressThrottle failedEnrollments;
    private final Clock clock;

    TerminalApiController(TerminalRegistry registry, KioskSetupService setups, CommandWaiters waiters,
            EnrollmentThrottleSettings throttle, Clock clock) {
        this.registry = registry;
        this.setups = setups;
        this.waiters = waiters;
        this.failedEnrollments = new AddressThrottle(throttle.maxFailures(), throttle.period(), clock);
        this.clock = clock;
    }

    /**
     * Exchanges a one-time code for the terminal's token. An address that sent too many codes that
     * did not work is refused for a while (429, Retry-After), whatever it sends, so that codes
     * cannot be guessed from one place (decision 038).
     */
    @PostMapping("/enroll")
    ResponseEntity<?> enroll(HttpServletRequest http, @Valid @RequestBody EnrollRequest request) {
        var address = http.getRemoteAddr();
        var paused = failedEnrollments.pausedUntil(address);
        if (paused.isPresent()) {
            var seconds = Math.max(1, Duration.between(clock.instant(), paused.get()).toSeconds());
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                    .body(ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                            "Too many enrollment codes from this address did not work; try again in " + seconds
                                    + " seconds."));
        }
        var enrolled = registry.enroll(request.code());
        if (enrolled.isEmpty()) {
            if (failedEnrollments.failed(address)) {
                log.warn("Terminal enrollment paused for address {}: too many codes that did not work", address);
            }
            return problem(HttpStatus.UNAUTHORIZED,
                    "This enrollment code is unknown, was used already or has expired; ask for a new one.");
        }
        var terminal = enrolled.get().terminal();
        return ResponseEntity.ok(new EnrollResponse(terminal.value(), enrolled.get().token(),
                setups.configuration(terminal).orElseThrow()));
    }

    @PostMapping("/heartbeat")
    ResponseEntity<?> heartbeat(@AuthenticationPrincipal TerminalId terminal, @Valid @RequestBody Heartbeat heartbeat) {
        if (!heartbeat.state().reportable()) {
            return problem(HttpStatus.BAD_REQUEST, "state must be ATTRACT, IN_SESSION, LOCKED or SETUP");
        }
        registry.recordHeartbeat(terminal, heartbeat);
        return ResponseEntity.noContent().build();
    }

    /**
     * The terminal's commands after number {@code after}, at once when there are any; otherwise the
     * answer waits up to {@code waitSeconds} (at most {@code kiosk.terminal.long-poll-timeout}) for
     * one and is an empty list when none came.
     */
    @GetMapping("/commands")
    DeferredResult<CommandWaiters.Commands> commands(@AuthenticationPrincipal TerminalId terminal,
            @RequestParam(defaultValue = "0") long after, @RequestParam(defaultValue = "25") int waitSeconds) {
        if (after < 0 || waitSeconds < 0) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "after and waitSeconds must be 0 or more");
        }
        return waiters.await(terminal, after, Duration.ofSeconds(waitSeconds));
    }

    @PostMapping("/commands/{seq}/acknowledgement")
    ResponseEntity<?> acknowledge(@AuthenticationPrincipal TerminalId terminal, @PathVariable long seq,
            @Valid @RequestBody Acknowledgement acknowledgement) {
        if (!registry.acknowledge(terminal, seq, acknowledgement.succeeded(), acknowledgement.result())) {
            return problem(HttpStatus.NOT_FOUND, "This terminal has no command " + seq);
        }
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/configuration")
    ResponseEntity<?> configuration(@AuthenticationPrincipal TerminalId terminal) {
        return setups.configuration(terminal).<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> problem(HttpStatus.NOT_FOUND, "Unknown terminal"));
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
    }
}
