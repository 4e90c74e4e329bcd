package be.werkwinkel.kiosk.sync.storage;

import be.werkwinkel.kiosk.storage.ClaimCodes;
import be.werkwinkel.kiosk.storage.ClaimReceipt;
import be.werkwinkel.kiosk.storage.DocumentContent;
import be.werkwinkel.kiosk.storage.DocumentKind;
import be.werkwinkel.kiosk.storage.PinRules;
import be.werkwinkel.kiosk.storage.RequestId;
import be.werkwinkel.kiosk.storage.SaveForLater;
import be.werkwinkel.kiosk.storage.StorageLimits;
import be.werkwinkel.kiosk.storage.StorageProblem;
import be.werkwinkel.kiosk.storage.StorageSettings;
import be.werkwinkel.kiosk.sync.outbox.HubKeyUnknown;
import be.werkwinkel.kiosk.sync.outbox.Outbox;
import be.werkwinkel.kiosk.sync.outbox.OutboxFull;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link SaveForLater} on a terminal: the document, the username and PIN as typed, and a new claim
 * code go into the outbox as one {@code storage.document} entry, sealed to the hub's public key
 * (the hub's {@code StorageDocumentDelivery} reads it); the request id is the save's. The receipt
 * of a request id is remembered for an hour, so that the same save tapped twice queues one entry
 * and shows one code.
 */
final class OutboxSaveForLater implements SaveForLater {

    static final String KIND = "storage.document";
    private static final JsonMapper JSON = JsonMapper.shared();

    private final Outbox outbox;
    private final StorageSettings settings;
    private final Clock clock;
    private final Cache<RequestId, ClaimReceipt> receipts = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofHours(1)).maximumSize(1000).build();

    OutboxSaveForLater(Outbox outbox, StorageSettings settings, Clock clock) {
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public ClaimReceipt save(RequestId request, String username, String pin, DocumentKind kind, String name,
            DocumentContent content) {
        var earlier = receipts.getIfPresent(request);
        if (earlier != null) {
            return earlier;
        }
        if (!StorageLimits.validName(name)) {
            throw new StorageProblem(StorageProblem.Reason.NAME_INVALID);
        }
        if (StorageLimits.normalisedUsername(username).isEmpty() || !pin.matches("[0-9]{" + PinRules.LENGTH + "}")) {
            throw new StorageProblem(StorageProblem.Reason.USERNAME_INVALID);
        }
        var code = ClaimCodes.random();
        var entry = new LinkedHashMap<String, Object>();
        entry.put("username", username.strip());
        entry.put("pin", pin);
        entry.put("title", name.strip());
        entry.put("kind", kind.name());
        entry.put("format", content.mediaType());
        entry.put("bytes", Base64.getEncoder().encodeToString(content.bytes()));
        entry.put("claimCode", code);
        var plaintext = JSON.writeValueAsString(entry).getBytes(StandardCharsets.UTF_8);
        try {
            outbox.enqueue(KIND, request.value(), plaintext);
        } catch (OutboxFull full) {
            throw new StorageProblem(StorageProblem.Reason.LATER_FULL);
        } catch (HubKeyUnknown unknown) {
            throw new StorageProblem(StorageProblem.Reason.LATER_NO_HUB_KEY);
        } finally {
            Arrays.fill(plaintext, (byte) 0);
        }
        var receipt = new ClaimReceipt(request, code, name.strip(), clock.instant(), settings.heldRetention());
        receipts.put(request, receipt);
        return receipt;
    }
}
