package be.werkwinkel.kiosk.storage;

import java.time.Instant;

/** A document was saved for the first time (a save or a duplicate); replays publish nothing. */
public record DocumentSaved(AccountId account, DocumentId document, DocumentKind kind, Instant savedAt) {
}
