package be.werkwinkel.kiosk.storage;

import java.time.Instant;

/** One line of "Mijn documenten": what it is, its name, its size and when it was last changed. */
public record DocumentSummary(DocumentId id, DocumentKind kind, String name, String mediaType, long size,
        Instant createdAt, Instant updatedAt) {
}
