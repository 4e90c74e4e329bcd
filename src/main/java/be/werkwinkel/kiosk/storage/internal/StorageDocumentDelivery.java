package be.werkwinkel.kiosk.storage.internal;

import be.werkwinkel.kiosk.storage.DocumentContent;
import be.werkwinkel.kiosk.storage.DocumentKind;
import be.werkwinkel.kiosk.storage.PersonalStorage;
import be.werkwinkel.kiosk.storage.RequestId;
import be.werkwinkel.kiosk.storage.SignIn;
import be.werkwinkel.kiosk.storage.StorageProblem;
import be.werkwinkel.kiosk.terminal.DeliveryHandler;
import be.werkwinkel.kiosk.terminal.TerminalId;
import java.util.Base64;
import java.util.UUID;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * "File this document in a visitor's storage", queued by a terminal that could not reach the hub
 * (kind {@value #KIND}). The plaintext is JSON: {@code {"username", "pin", "title", "kind"
 * (CV, LETTER or SAVED_VACANCY), "format" (the media type), "bytes" (base64)}}. The username and
 * PIN are checked here, on the hub, like a sign-in from that terminal (wrong ones count towards the
 * pause); the document is saved under the entry's request id, so it is filed once whatever happens.
 * Credentials that do not match file nothing, and the outcome says so; a document storage refuses
 * (no room, too many, a bad name) files nothing and is a refusal.
 */
final class StorageDocumentDelivery implements DeliveryHandler {

    static final String KIND = "storage.document";
    private static final JsonMapper JSON = JsonMapper.shared();

    private final PersonalStorage storage;

    StorageDocumentDelivery(PersonalStorage storage) {
        this.storage = storage;
    }

    @Override
    public String kind() {
        return KIND;
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
        var signIn = storage.signIn(text(entry, "username"), text(entry, "pin"), "terminal-" + terminal);
        return switch (signIn) {
            case SignIn.Refused refused -> "not filed: username and PIN do not match";
            case SignIn.Paused paused -> "not filed: too many wrong PINs, sign-in paused until " + paused.until();
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

    private static String text(JsonNode entry, String field) {
        var value = entry.get(field);
        if (value == null || !value.isString()) {
            throw new IllegalArgumentException("missing " + field);
        }
        return value.asString();
    }
}
