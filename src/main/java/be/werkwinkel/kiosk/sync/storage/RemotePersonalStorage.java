package be.werkwinkel.kiosk.sync.storage;

import static be.werkwinkel.kiosk.sync.storage.HubCalls.call;
import static be.werkwinkel.kiosk.sync.storage.HubCalls.run;

import be.werkwinkel.kiosk.kiosk.VisitorSessionEnded;
import be.werkwinkel.kiosk.kiosk.VisitorSessions;
import be.werkwinkel.kiosk.storage.AccountId;
import be.werkwinkel.kiosk.storage.AccountOverview;
import be.werkwinkel.kiosk.storage.DocumentContent;
import be.werkwinkel.kiosk.storage.DocumentId;
import be.werkwinkel.kiosk.storage.DocumentKind;
import be.werkwinkel.kiosk.storage.DocumentSummary;
import be.werkwinkel.kiosk.storage.PersonalStorage;
import be.werkwinkel.kiosk.storage.RequestId;
import be.werkwinkel.kiosk.storage.SignIn;
import be.werkwinkel.kiosk.storage.StorageProblem;
import be.werkwinkel.kiosk.storage.StoredDocument;
import be.werkwinkel.kiosk.storage.Visitor;
import be.werkwinkel.kiosk.sync.HubLink;
import com.vaadin.flow.server.VaadinSession;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.web.client.RestClient;

/**
 * {@link PersonalStorage} on a terminal: every call goes to the hub's storage API
 * ({@code /api/terminal/v1/storage}, decision 043). Signing in (or making an account) gets a visitor
 * session token from the hub; it is kept here, in memory only, with the visitor session it belongs
 * to, and forgotten when that session ends ({@link VisitorSessionEnded}: Stop, the idle wipe, a
 * staff reset). The account id the screens hold is only the key to it: without the token the hub
 * opens nothing, and after a wipe this terminal has nothing to send.
 */
final class RemotePersonalStorage implements PersonalStorage {

    static final String SESSION = "X-Visitor-Session";
    private static final String OUTSIDE_A_SESSION = "-";

    /** A visitor's token and the visitor session it lives in. */
    private record Held(String visitorSession, String token) {
    }

    record SessionAnswer(String accountId, String session) {
    }

    record SignInAnswer(String outcome, @Nullable Instant pausedUntil, @Nullable String accountId,
            @Nullable String username, @Nullable String email, boolean mustChoosePin, @Nullable String session) {
    }

    record Summary(String id, DocumentKind kind, String name, String mediaType, long size, Instant createdAt,
            Instant updatedAt) {

        DocumentSummary summary() {
            return new DocumentSummary(new DocumentId(UUID.fromString(id)), kind, name, mediaType, size, createdAt, updatedAt);
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

    private final HubLink hub;
    private final @Nullable VisitorSessions sessions;
    private final Map<AccountId, Held> tokens = new ConcurrentHashMap<>();

    RemotePersonalStorage(HubLink hub, @Nullable VisitorSessions sessions) {
        this.hub = hub;
        this.sessions = sessions;
    }

    @Override
    public boolean reachable() {
        return hub.enrolled() && hub.online();
    }

    @Override
    public AccountId createAccount(RequestId request, String username, String pin, @Nullable String email) {
        var answer = call(() -> hub.api().post().uri("/storage/accounts")
                .body(Map.of("requestId", request.value(), "username", username, "pin", pin, "email", email == null ? "" : email))
                .retrieve().body(SessionAnswer.class));
        var account = AccountId.parse(answer.accountId());
        tokens.put(account, new Held(currentVisitorSession(), answer.session()));
        return account;
    }

    @Override
    public boolean isUsernameFree(String username) {
        return call(() -> hub.api().post().uri("/storage/username-check").body(Map.of("username", username))
                .retrieve().body(Free.class)).free();
    }

    /** @param terminal the visitor session on this kiosk ({@link VisitorSessions#sessionId}) */
    @Override
    public SignIn signIn(String username, String pin, String terminal) {
        var answer = call(() -> hub.api().post().uri("/storage/sign-in")
                .body(Map.of("username", username, "pin", pin, "visitorSession", visitorSessionKey(terminal)))
                .retrieve().body(SignInAnswer.class));
        return switch (answer.outcome()) {
            case "SIGNED_IN" -> {
                var account = AccountId.parse(answer.accountId());
                tokens.put(account, new Held(terminal, answer.session()));
                yield new SignIn.SignedIn(new Visitor(account, answer.username(), answer.email(), answer.mustChoosePin()));
            }
            case "PAUSED" -> new SignIn.Paused(answer.pausedUntil());
            default -> new SignIn.Refused();
        };
    }

    @Override
    public void choosePin(RequestId request, AccountId account, String pin) {
        withSession(account, session -> {
            run(() -> session.post().uri("/storage/pin").body(Map.of("requestId", request.value(), "pin", pin))
                    .retrieve().toBodilessEntity());
            return null;
        });
    }

    @Override
    public List<DocumentSummary> documents(AccountId account) {
        return withSession(account, session -> call(() -> session.get().uri("/storage/documents").retrieve()
                .body(new ParameterizedTypeReference<List<Summary>>() { })).stream().map(Summary::summary).toList());
    }

    @Override
    public StoredDocument open(AccountId account, DocumentId document) {
        var opened = withSession(account, session -> call(() -> session.get().uri("/storage/documents/{id}", document.value())
                .retrieve().body(Document.class)));
        return new StoredDocument(opened.summary().summary(), new DocumentContent(opened.bytes(), opened.mediaType()));
    }

    @Override
    public DocumentId save(RequestId request, AccountId account, DocumentKind kind, String name, DocumentContent content) {
        return withSession(account, session -> created(call(() -> session.post().uri("/storage/documents")
                .body(Map.of("requestId", request.value(), "kind", kind, "name", name, "mediaType", content.mediaType(),
                        "bytes", content.bytes()))
                .retrieve().body(Created.class))));
    }

    @Override
    public void replace(RequestId request, AccountId account, DocumentId document, DocumentContent content) {
        withSession(account, session -> {
            run(() -> session.put().uri("/storage/documents/{id}/content", document.value())
                    .body(Map.of("requestId", request.value(), "mediaType", content.mediaType(), "bytes", content.bytes()))
                    .retrieve().toBodilessEntity());
            return null;
        });
    }

    @Override
    public void rename(RequestId request, AccountId account, DocumentId document, String name) {
        withSession(account, session -> {
            run(() -> session.put().uri("/storage/documents/{id}/name", document.value())
                    .body(Map.of("requestId", request.value(), "name", name)).retrieve().toBodilessEntity());
            return null;
        });
    }

    @Override
    public DocumentId duplicate(RequestId request, AccountId account, DocumentId document, String name) {
        return withSession(account, session -> created(call(() -> session.post()
                .uri("/storage/documents/{id}/copies", document.value())
                .body(Map.of("requestId", request.value(), "name", name)).retrieve().body(Created.class))));
    }

    @Override
    public void delete(RequestId request, AccountId account, DocumentId document) {
        withSession(account, session -> {
            run(() -> session.delete().uri(uri -> uri.path("/storage/documents/{id}").queryParam("requestId", request.value())
                    .build(document.value())).retrieve().toBodilessEntity());
            return null;
        });
    }

    @Override
    public AccountOverview overview(AccountId account) {
        var overview = withSession(account, session -> call(() -> session.get().uri("/storage/overview").retrieve()
                .body(Overview.class)));
        return new AccountOverview(overview.username(), overview.email(), overview.createdAt(), overview.lastActiveAt(),
                overview.documents().stream().map(Summary::summary).toList(), overview.bytesUsed(), overview.maxDocuments(),
                overview.maxBytes());
    }

    @Override
    public void deleteAccount(RequestId request, AccountId account) {
        withSession(account, session -> {
            run(() -> session.delete().uri(uri -> uri.path("/storage/account").queryParam("requestId", request.value()).build())
                    .retrieve().toBodilessEntity());
            return null;
        });
        tokens.remove(account);
    }

    /** @param terminal the visitor session on this kiosk, as for {@link #signIn} */
    @Override
    public DocumentId claim(RequestId request, AccountId account, String claimCode, String terminal) {
        return withSession(account, session -> created(call(() -> session.post().uri("/storage/claims")
                .body(Map.of("requestId", request.value(), "code", claimCode, "visitorSession", visitorSessionKey(terminal)))
                .retrieve().body(Created.class))));
    }

    /** Forgets the tokens of a visitor session that ended. */
    @EventListener
    void visitorSessionEnded(VisitorSessionEnded ended) {
        tokens.values().removeIf(held -> held.visitorSession().equals(ended.sessionId()));
    }

    /** How many visitors' tokens this terminal holds now (for tests and a wipe's proof). */
    int heldTokens() {
        return tokens.size();
    }

    /**
     * Runs a call with the visitor's token; a token the hub no longer takes is forgotten, and the
     * visitor is told they were signed out.
     */
    <T> T withSession(AccountId account, Function<RestClient, T> call) {
        var held = tokens.get(account);
        if (held == null) {
            throw new StorageProblem(StorageProblem.Reason.SIGNED_OUT);
        }
        try {
            return call.apply(hub.api().mutate().defaultHeader(SESSION, held.token()).build());
        } catch (HubLink.NotEnrolledException notYet) {
            throw new be.werkwinkel.kiosk.storage.StorageUnreachable(notYet);
        } catch (HubCalls.SessionRefused refused) {
            tokens.remove(account, held);
            throw new StorageProblem(StorageProblem.Reason.SIGNED_OUT);
        }
    }

    private static DocumentId created(Created created) {
        return new DocumentId(UUID.fromString(created.documentId()));
    }

    /** The hub takes letters, digits, dash and underscore: the kiosk's session ids are such, anything else is hashed. */
    private static String visitorSessionKey(String visitorSession) {
        return visitorSession.matches("[A-Za-z0-9_-]{1,80}") ? visitorSession
                : Integer.toHexString(visitorSession.hashCode());
    }

    private String currentVisitorSession() {
        var session = VaadinSession.getCurrent();
        return session == null || sessions == null ? OUTSIDE_A_SESSION : sessions.sessionId(session);
    }
}
