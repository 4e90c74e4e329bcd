package be.werkwinkel.kiosk.storage.internal;

import be.werkwinkel.kiosk.base.ConditionalOnRole;
import be.werkwinkel.kiosk.base.KioskRole;
import be.werkwinkel.kiosk.storage.AccountId;
import be.werkwinkel.kiosk.storage.AccountOverview;
import be.werkwinkel.kiosk.storage.DocumentContent;
import be.werkwinkel.kiosk.storage.DocumentId;
import be.werkwinkel.kiosk.storage.DocumentKind;
import be.werkwinkel.kiosk.storage.DocumentMail;
import be.werkwinkel.kiosk.storage.DocumentSummary;
import be.werkwinkel.kiosk.storage.PersonalStorage;
import be.werkwinkel.kiosk.storage.RequestId;
import be.werkwinkel.kiosk.storage.SentMail;
import be.werkwinkel.kiosk.storage.SignIn;
import be.werkwinkel.kiosk.storage.StorageProblem;
import be.werkwinkel.kiosk.storage.StorageSettings;
import be.werkwinkel.kiosk.terminal.LimitedPerTerminal;
import be.werkwinkel.kiosk.terminal.LimitedPerTerminal.Kind;
import be.werkwinkel.kiosk.terminal.TerminalId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Personal storage for terminals (docs/terminal-api.yaml, decision 043): the {@link PersonalStorage}
 * and {@link DocumentMail} ports over HTTP, under the terminal API's token ({@code
 * TerminalApiSecurity}). Creating an account and signing in answer a visitor session token; every
 * call about an account carries it in {@value #SESSION} and the terminal token alone opens nothing.
 * Every write carries the terminal's request id and is idempotent (the ports' own guarantee).
 * A body that does not fit is a 400 and changes nothing; a refusal of the port is a 422 with its
 * {@code reason}; a missing, forged, expired or other terminal's visitor session is a 403 with
 * reason {@code VISITOR_SESSION}.
 */
@RestController
@RequestMapping("/api/terminal/v1/storage")
@ConditionalOnRole({KioskRole.STANDALONE, KioskRole.HUB})
class TerminalStorageController {

    static final String SESSION = "X-Visitor-Session";
    private static final String USERNAME = "[^\\p{Cntrl}]{1,60}";
    private static final String PIN = "[0-9]{6}";
    private static final String LANGUAGE = "nl|fr|en";

    record CreateAccount(@NotNull UUID requestId, @NotNull @Pattern(regexp = USERNAME) String username,
            @NotNull @Pattern(regexp = PIN) String pin, @Nullable @Size(max = 254) String email) {
    }

    record UsernameCheck(@NotNull @Pattern(regexp = USERNAME) String username) {
    }

    record SignInRequest(@NotNull @Pattern(regexp = USERNAME) String username, @NotNull @Size(max = 60) String pin,
            @NotNull @Pattern(regexp = "[A-Za-z0-9_-]{1,80}") String visitorSession) {
    }

    record ChoosePin(@NotNull UUID requestId, @NotNull @Pattern(regexp = PIN) String pin) {
    }

    record NewDocument(@NotNull UUID requestId, @NotNull DocumentKind kind, @NotNull @Size(min = 1, max = 200) String name,
            @NotNull @Size(max = 110) String mediaType, @NotNull byte[] bytes) {
    }

    record NewContent(@NotNull UUID requestId, @NotNull @Size(max = 110) String mediaType, @NotNull byte[] bytes) {
    }

    record Naming(@NotNull UUID requestId, @NotNull @Size(min = 1, max = 200) String name) {
    }

    record Claim(@NotNull UUID requestId, @NotNull @Size(min = 1, max = 40) String code,
            @NotNull @Pattern(regexp = "[A-Za-z0-9_-]{1,80}") String visitorSession) {
    }

    record MailToMyself(@NotNull UUID requestId, @NotNull UUID document, @NotNull @Size(min = 3, max = 254) String address,
            @NotNull @Pattern(regexp = LANGUAGE) String language) {
    }

    record MailToEmployer(@NotNull UUID requestId, @NotNull UUID letter, @Nullable UUID cv,
            @NotNull @Pattern(regexp = LANGUAGE) String language) {
    }

    record Session(String accountId, String session) {
    }

    record SignInAnswer(String outcome, @Nullable Instant pausedUntil, @Nullable String accountId,
            @Nullable String username, @Nullable String email, boolean mustChoosePin, @Nullable String session) {
    }

    record Summary(String id, DocumentKind kind, String name, String mediaType, long size, Instant createdAt,
            Instant updatedAt) {

        static Summary of(DocumentSummary summary) {
            return new Summary(summary.id().toString(), summary.kind(), summary.name(), summary.mediaType(),
                    summary.size(), summary.createdAt(), summary.updatedAt());
        }
    }

    record Document(Summary summary, String mediaType, byte[] bytes) {
    }

    record Created(String documentId) {
    }

    record Free(boolean free) {
    }

    record Overview(String username, @Nullable String email, Instant createdAt, Instant lastActiveAt,
            List<Summary> documents, long bytesUsed, int maxDocuments, long maxBytes) {
    }

    /** A visitor session that does not open the account on this terminal. */
    static final class NoVisitorSession extends RuntimeException {
        NoVisitorSession() {
            super("no valid visitor session");
        }
    }

    private final PersonalStorage storage;
    private final DocumentMail mail;
    private final VisitorSessionTokens sessions;
    private final StorageSettings settings;

    TerminalStorageController(PersonalStorage storage, DocumentMail mail, VisitorSessionTokens sessions,
            StorageSettings settings) {
        this.storage = storage;
        this.mail = mail;
        this.sessions = sessions;
        this.settings = settings;
    }

    @LimitedPerTerminal(Kind.ACCOUNTS)
    @PostMapping("/accounts")
    Session createAccount(@AuthenticationPrincipal TerminalId terminal, @Valid @RequestBody CreateAccount body) {
        var email = body.email() == null || body.email().isBlank() ? null : body.email().strip();
        var account = storage.createAccount(new RequestId(body.requestId()), body.username(), body.pin(), email);
        return new Session(account.toString(), sessions.issue(account, terminal));
    }

    @LimitedPerTerminal(Kind.USERNAME_CHECKS)
    @PostMapping("/username-check")
    Free usernameFree(@Valid @RequestBody UsernameCheck body) {
        return new Free(storage.isUsernameFree(body.username()));
    }

    /** Wrong attempts count per account and per visitor session of this terminal, as on a standalone kiosk. */
    @PostMapping("/sign-in")
    SignInAnswer signIn(@AuthenticationPrincipal TerminalId terminal, @Valid @RequestBody SignInRequest body) {
        return switch (storage.signIn(body.username(), body.pin(), "terminal-" + terminal.value() + ":" + body.visitorSession())) {
            case SignIn.Refused refused -> new SignInAnswer("REFUSED", null, null, null, null, false, null);
            case SignIn.Paused paused -> new SignInAnswer("PAUSED", paused.until(), null, null, null, false, null);
            case SignIn.SignedIn signedIn -> {
                var visitor = signedIn.visitor();
                yield new SignInAnswer("SIGNED_IN", null, visitor.id().toString(), visitor.username(), visitor.email(),
                        visitor.mustChoosePin(), sessions.issue(visitor.id(), terminal));
            }
        };
    }

    @PostMapping("/pin")
    void choosePin(@AuthenticationPrincipal TerminalId terminal, @RequestHeader(name = SESSION, required = false) @Nullable String session,
            @Valid @RequestBody ChoosePin body) {
        storage.choosePin(new RequestId(body.requestId()), account(session, terminal), body.pin());
    }

    @GetMapping("/documents")
    List<Summary> documents(@AuthenticationPrincipal TerminalId terminal,
            @RequestHeader(name = SESSION, required = false) @Nullable String session) {
        return storage.documents(account(session, terminal)).stream().map(Summary::of).toList();
    }

    @GetMapping("/documents/{id}")
    Document open(@AuthenticationPrincipal TerminalId terminal,
            @RequestHeader(name = SESSION, required = false) @Nullable String session, @PathVariable UUID id) {
        var stored = storage.open(account(session, terminal), new DocumentId(id));
        return new Document(Summary.of(stored.summary()), stored.content().mediaType(), stored.content().bytes());
    }

    @LimitedPerTerminal(Kind.DOCUMENTS)
    @PostMapping("/documents")
    Created save(@AuthenticationPrincipal TerminalId terminal,
            @RequestHeader(name = SESSION, required = false) @Nullable String session, @Valid @RequestBody NewDocument body) {
        var account = account(session, terminal);
        var content = content(body.bytes(), body.mediaType());
        return new Created(storage.save(new RequestId(body.requestId()), account, body.kind(), body.name(), content).toString());
    }

    @PutMapping("/documents/{id}/content")
    void replace(@AuthenticationPrincipal TerminalId terminal,
            @RequestHeader(name = SESSION, required = false) @Nullable String session, @PathVariable UUID id,
            @Valid @RequestBody NewContent body) {
        var account = account(session, terminal);
        storage.replace(new RequestId(body.requestId()), account, new DocumentId(id), content(body.bytes(), body.mediaType()));
    }

    @PutMapping("/documents/{id}/name")
    void rename(@AuthenticationPrincipal TerminalId terminal,
            @RequestHeader(name = SESSION, required = false) @Nullable String session, @PathVariable UUID id,
            @Valid @RequestBody Naming body) {
        storage.rename(new RequestId(body.requestId()), account(session, terminal), new DocumentId(id), body.name());
    }

    @LimitedPerTerminal(Kind.DOCUMENTS)
    @PostMapping("/documents/{id}/copies")
    Created duplicate(@AuthenticationPrincipal TerminalId terminal,
            @RequestHeader(name = SESSION, required = false) @Nullable String session, @PathVariable UUID id,
            @Valid @RequestBody Naming body) {
        return new Created(storage.duplicate(new RequestId(body.requestId()), account(session, terminal),
                new DocumentId(id), body.name()).toString());
    }

    @DeleteMapping("/documents/{id}")
    void delete(@AuthenticationPrincipal TerminalId terminal,
            @RequestHeader(name = SESSION, required = false) @Nullable String session, @PathVariable UUID id,
            @RequestParam UUID requestId) {
        storage.delete(new RequestId(requestId), account(session, terminal), new DocumentId(id));
    }

    @GetMapping("/overview")
    Overview overview(@AuthenticationPrincipal TerminalId terminal,
            @RequestHeader(name = SESSION, required = false) @Nullable String session) {
        AccountOverview overview = storage.overview(account(session, terminal));
        return new Overview(overview.username(), overview.email(), overview.createdAt(), overview.lastActiveAt(),
                overview.documents().stream().map(Summary::of).toList(), overview.bytesUsed(), overview.maxDocuments(),
                overview.maxBytes());
    }

    @DeleteMapping("/account")
    void deleteAccount(@AuthenticationPrincipal TerminalId terminal,
            @RequestHeader(name = SESSION, required = false) @Nullable String session, @RequestParam UUID requestId) {
        storage.deleteAccount(new RequestId(requestId), account(session, terminal));
    }

    /** Codes that find nothing count per visitor session of this terminal and per terminal, like wrong PINs. */
    @PostMapping("/claims")
    Created claim(@AuthenticationPrincipal TerminalId terminal,
            @RequestHeader(name = SESSION, required = false) @Nullable String session, @Valid @RequestBody Claim body) {
        return new Created(storage.claim(new RequestId(body.requestId()), account(session, terminal), body.code(),
                "terminal-" + terminal.value() + ":" + body.visitorSession()).toString());
    }

    @LimitedPerTerminal(Kind.MAILS)
    @PostMapping("/mail/myself")
    SentMail mailToMyself(@AuthenticationPrincipal TerminalId terminal,
            @RequestHeader(name = SESSION, required = false) @Nullable String session, @Valid @RequestBody MailToMyself body) {
        return mail.sendToMyself(new RequestId(body.requestId()), account(session, terminal), new DocumentId(body.document()),
                body.address(), Locale.of(body.language()));
    }

    @LimitedPerTerminal(Kind.MAILS)
    @PostMapping("/mail/employer")
    SentMail mailToEmployer(@AuthenticationPrincipal TerminalId terminal,
            @RequestHeader(name = SESSION, required = false) @Nullable String session, @Valid @RequestBody MailToEmployer body) {
        return mail.sendToEmployer(new RequestId(body.requestId()), account(session, terminal), new DocumentId(body.letter()),
                body.cv() == null ? null : new DocumentId(body.cv()), Locale.of(body.language()));
    }

    @GetMapping("/mail")
    List<SentMail> sent(@AuthenticationPrincipal TerminalId terminal,
            @RequestHeader(name = SESSION, required = false) @Nullable String session) {
        return mail.sent(account(session, terminal));
    }

    private AccountId account(@Nullable String session, TerminalId terminal) {
        if (session == null) {
            throw new NoVisitorSession();
        }
        return sessions.verify(session.strip(), terminal).orElseThrow(NoVisitorSession::new);
    }

    private DocumentContent content(byte[] bytes, String mediaType) {
        if (bytes.length > settings.maxSize().toBytes()) {
            throw new StorageProblem(StorageProblem.Reason.NO_ROOM);
        }
        try {
            return new DocumentContent(bytes, mediaType);
        } catch (IllegalArgumentException notAMediaType) {
            throw new BadInput("mediaType is not a media type");
        }
    }

    /** Input the annotations cannot judge; nothing was changed. */
    static final class BadInput extends RuntimeException {
        BadInput(String detail) {
            super(detail);
        }
    }

    @ExceptionHandler(StorageProblem.class)
    ResponseEntity<ProblemDetail> refused(StorageProblem problem) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "Refused by personal storage: " + problem.reason(),
                problem.reason().name());
    }

    @ExceptionHandler(NoVisitorSession.class)
    ResponseEntity<ProblemDetail> noSession(NoVisitorSession failure) {
        return problem(HttpStatus.FORBIDDEN, "This call needs the visitor session the hub gave this terminal at sign-in "
                + "(" + SESSION + "); it is missing, expired, another terminal’s or not this hub’s.", "VISITOR_SESSION");
    }

    @ExceptionHandler(BadInput.class)
    ResponseEntity<ProblemDetail> badInput(BadInput failure) {
        return problem(HttpStatus.BAD_REQUEST, failure.getMessage(), null);
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail, @Nullable String reason) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        if (reason != null) {
            problem.setProperty("reason", reason);
        }
        return ResponseEntity.status(status).body(problem);
    }
}
