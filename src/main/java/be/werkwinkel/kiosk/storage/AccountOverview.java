package be.werkwinkel.kiosk.storage;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Everything stored about a visitor, for the GDPR overview ("what is stored about me"). */
public record AccountOverview(String username, @Nullable String email, Instant createdAt, Instant lastActiveAt,
        List<DocumentSummary> documents, long bytesUsed, int maxDocuments, long maxBytes) {

    public AccountOverview {
        documents = List.copyOf(documents);
    }
}
