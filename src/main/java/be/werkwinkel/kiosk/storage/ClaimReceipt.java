package be.werkwinkel.kiosk.storage;

import java.time.Instant;
import java.time.Period;
import java.util.Objects;

/**
 * What a visitor takes home after saving for later ({@link SaveForLater}): the claim code in large
 * type, when it was saved, and how long the hub keeps a document whose username and PIN did not
 * match.
 */
public record ClaimReceipt(RequestId request, String code, String documentName, Instant savedAt, Period keptFor) {

    public ClaimReceipt {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(documentName, "documentName");
    }
}
