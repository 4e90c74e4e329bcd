package be.werkwinkel.kiosk.storage.internal;

import be.werkwinkel.kiosk.storage.ClaimCodes;
import be.werkwinkel.kiosk.storage.DocumentContent;
import be.werkwinkel.kiosk.storage.DocumentKind;
import be.werkwinkel.kiosk.storage.PersonalStorage;
import be.werkwinkel.kiosk.storage.RequestId;
import be.werkwinkel.kiosk.storage.SignIn;
import be.werkwinkel.kiosk.storage.StorageLimits;
import be.werkwinkel.kiosk.storage.StorageProblem;
import be.werkwinkel.kiosk.terminal.DeliveryHandler;
import be.werkwinkel.kiosk.terminal.LimitedPerTerminal;
import be.werkwinkel.kiosk.terminal.TerminalId;
import java.util.Base64;
import java.util.UUID;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * "File this document in a visitor's storage", queued by a terminal that could not reach the hub
 * (kind {@value #KIND}). The plaintext is JSON: {@code {"username", "pin", "title", "kind"
 * (CV, LETTER or SAVED_VACANCY), "format" (the media type), "bytes" (base64), "claimCode" (optional)}}.
 * The username and PIN are checked here, on the hub, like a sign-in from that terminal (wrong ones
 * count towards the pause); the document is saved under the entry's request id, so it is filed once
 * whatever happens. Credentials that do not match (or a paused sign-in) file nothing: with a claim
 * code the document is held under it (sealed, for {@code kiosk.storage.held-retention}) for the
 * visitor to claim after signing in (decision 043), without one the outcome says it was not filed. A
 * document storage refuses (no room, too many, a bad name) files nothing and is a refusal.
 */
final class StorageDocumentDelivery implements DeliveryHandler {

    static final String KIND = "storage.document";
    private static final JsonMapper JSON = JsonMapper.shared();

    private final PersonalStorage storage;
    private final HeldDocuments held;

    StorageDocumentDelivery(PersonalStorage storage, HeldDocuments held) {
        this.storage = storage;
        this.held = held;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public LimitedPerTerminal.Kind limitedAs() {
        return LimitedPerTerminal.Kind.DOCUMENTS;
    }

    @Override
    public String handle(UUID requestId, TerminalId terminal, byte[] plaintext) {
        JsonNode entry;
        DocumentKind kind;
        DocumentContent content;
        try {
            entry = JSON.readTree(plaintext);
            kind = DocumentKind.valueOf(text(entry, "kind"));
            content = new DocumentContent(Base64.getDecoder().decode(text(entry, "bytes")), text(entry, "format"));
        } catch (JacksonException | IllegalArgumentException e) {
            throw new Refused("not filed: the entry is not a storage.document (" + e.getClass().getSimpleName() + ")");
        }
        var code = entry.get("claimCode") != null && entry.get("claimCode").isString()
                ? ClaimCodes.normalised(entry.get("claimCode").asString()) : java.util.Optional.<String>empty();
        if (entry.get("claimCode") != null && code.isEmpty()) {
            throw new Refused("not filed: the claim code is not one");
        }
        var title = text(entry, "title");
        if (!StorageLimits.validName(title)) {
            throw new Refused("not filed: " + StorageProblem.Reason.NAME_INVALID);
        }
        var signIn = storage.signIn(text(entry, "username"), text(entry, "pin"), "terminal-" + terminal);
        return switch (signIn) {
            case SignIn.Refused refused -> hold(requestId, terminal, code, kind, title, content,
                    "username and PIN do not match");
            case SignIn.Paused paused -> hold(requestId, terminal, code, kind, title, content,
                    "too many wrong PINs, sign-in paused until " + paused.until());
            case SignIn.SignedIn signedIn -> {
                try {
                    var document = storage.save(new RequestId(requestId), signedIn.visitor().id(), kind,
                            text(entry, "title"), content);
                    yield "filed: document " + document;
                } catch (StorageProblem problem) {
                    throw new Refused("not filed: " + problem.reason());
                }
            }
        };
    }

    private String hold(UUID requestId, TerminalId terminal, java.util.Optional<String> code, DocumentKind kind,
            String title, DocumentContent content, String why) {
        if (code.isEmpty()) {
            return "not filed: " + why;
        }
        if (held.taken(code.get())) {
            // an answer, not a refusal: the sign-in's failure count must stand (decision 043)
            return "not filed: " + why + "; its claim code is in use already";
        }
        if (!held.roomFor(terminal.value(), content.size())) {
            return "not filed: " + why + "; no room to hold it";
        }
        held.hold(requestId, terminal.value(), code.get(), kind, title.strip(), content);
        return "held: " + why + "; held for the visitor to claim with the code of the receipt";
    }

    private static String text(JsonNode entry, String field) {
        var value = entry.get(field);
        if (value == null || !value.isString()) {
            throw new IllegalArgumentException("missing " + field);
        }
        return value.asString();
    }
}
