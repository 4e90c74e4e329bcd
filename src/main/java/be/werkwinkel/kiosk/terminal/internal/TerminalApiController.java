package be.werkwinkel.kiosk.terminal.internal;

import be.werkwinkel.kiosk.base.ConditionalOnRole;
import be.werkwinkel.kiosk.base.KioskRole;
import be.werkwinkel.kiosk.terminal.TerminalId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
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

    private final TerminalRegistry registry;
    private final KioskSetupService setups;
    private final CommandWaiters waiters;

    TerminalApiController(TerminalRegistry registry, KioskSetupService setups, CommandWaiters waiters) {
        this.registry = registry;
        this.setups = setups;
        this.waiters = waiters;
    }

    @PostMapping("/enroll")
    ResponseEntity<?> enroll(@Valid @RequestBody EnrollRequest request) {
        return registry.enroll(request.code())
                .<ResponseEntity<?>>map(enrolled -> ResponseEntity.ok(new EnrollResponse(enrolled.terminal().value(),
                        enrolled.token(), setups.configuration(enrolled.terminal()).orElseThrow())))
                .orElseGet(() -> problem(HttpStatus.UNAUTHORIZED,
                        "This enrollment code is unknown, was used already or has expired; ask for a new one."));
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
