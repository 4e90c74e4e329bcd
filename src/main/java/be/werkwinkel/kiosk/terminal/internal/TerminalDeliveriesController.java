package be.werkwinkel.kiosk.terminal.internal;

import be.werkwinkel.kiosk.base.ConditionalOnRole;
import be.werkwinkel.kiosk.base.KioskRole;
import be.werkwinkel.kiosk.terminal.DeliveryHandler;
import be.werkwinkel.kiosk.terminal.LimitedPerTerminal;
import be.werkwinkel.kiosk.terminal.LimitedPerTerminal.Kind;
import be.werkwinkel.kiosk.terminal.TerminalId;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The terminal API's part for outboxes (docs/terminal-api.yaml): the hub's public key to seal to,
 * and the delivery of one sealed entry. Both need the terminal's token ({@link TerminalApiSecurity}).
 */
@RestController
@RequestMapping(TerminalApiController.BASE)
@ConditionalOnRole({KioskRole.STANDALONE, KioskRole.HUB})
class TerminalDeliveriesController {

    /** What a delivery answers: the outcome, also to a replay of a request done before. */
    record Delivered(UUID requestId, String outcome, boolean refused, boolean replayed) {
    }

    /**
     * The largest sealed entry taken: a document may fill a visitor's whole storage (20 MB by
     * default) and sealing adds little; a larger body is refused before it is read into memory.
     */
    static final int MAX_SEALED_BYTES = 32 * 1024 * 1024;

    /** Every kind but documents carries a few kilobytes (a booking, a usage report). */
    static final int MAX_SMALL_SEALED_BYTES = 256 * 1024;

    /**
     * How many deliveries are opened at once: a large one takes several times its size in memory
     * while it is opened and parsed; more wait for the terminal's next try (503), nothing is lost.
     */
    static final int AT_ONCE = 4;

    private final Semaphore opening = new Semaphore(AT_ONCE);

    private final HubKeyPair keys;
    private final DeliveryIntake intake;
    private final TerminalRequestLimits limits;

    TerminalDeliveriesController(HubKeyPair keys, DeliveryIntake intake, TerminalRequestLimits limits) {
        this.keys = keys;
        this.intake = intake;
        this.limits = limits;
    }

    /** The public keyset as Tink JSON; public, but served to enrolled terminals only like the rest of the API. */
    @GetMapping(path = "/hub-key", produces = MediaType.APPLICATION_JSON_VALUE)
    String hubKey() {
        return keys.publicKeyset();
    }

    /**
     * One outbox entry: {@code kind} as a parameter, the HPKE ciphertext as the body. 200 with the
     * outcome when carried out now or before (same terminal, same kind); 409 when the request id is
     * another terminal's or kind's; 422 for an unknown kind or a body that does not open.
     */
    @LimitedPerTerminal(Kind.DELIVERIES)
    @PostMapping(path = "/deliveries/{requestId}", consumes = MediaType.APPLICATION_OCTET_STREAM_VALUE)
    ResponseEntity<?> deliver(@AuthenticationPrincipal TerminalId terminal, @PathVariable UUID requestId,
            @RequestParam String kind, HttpServletRequest request) throws IOException {
        if (!DeliveryHandler.KIND.matcher(kind).matches()) {
            return problem(HttpStatus.UNPROCESSABLE_CONTENT, "Not a delivery kind: " + kind);
        }
        // an entry also counts as the call it stands in for: the outbox is no way around that call's limit
        var standsFor = intake.limitedAs(kind);
        if (standsFor != null) {
            var refused = limits.refusal(terminal, standsFor);
            if (refused.isPresent()) {
                return refused.get();
            }
        }
        var most = "storage.document".equals(kind) ? MAX_SEALED_BYTES : MAX_SMALL_SEALED_BYTES;
        if (request.getContentLengthLong() > most) {
            return problem(HttpStatus.CONTENT_TOO_LARGE, "A delivery of this kind may be at most " + most + " bytes");
        }
        if (!opening.tryAcquire()) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5")
                    .body(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                            "The hub is taking in other deliveries; try again shortly"));
        }
        try {
            var sealed = request.getInputStream().readNBytes(most + 1);
            if (sealed.length > most) {
                return problem(HttpStatus.CONTENT_TOO_LARGE, "A delivery of this kind may be at most " + most + " bytes");
            }
            return received(terminal, requestId, kind, sealed);
        } finally {
            opening.release();
        }
    }

    private ResponseEntity<?> received(TerminalId terminal, UUID requestId, String kind, byte[] sealed) {
        return switch (intake.receive(terminal, requestId, kind, sealed)) {
            case DeliveryIntake.Result.Done done -> ResponseEntity.ok(
                    new Delivered(requestId, done.outcome(), done.refused(), done.replayed()));
            case DeliveryIntake.Result.Unprocessable unprocessable ->
                    problem(HttpStatus.UNPROCESSABLE_CONTENT, unprocessable.detail());
            case DeliveryIntake.Result.Conflict conflict -> problem(HttpStatus.CONFLICT, conflict.detail());
        };
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
    }
}
