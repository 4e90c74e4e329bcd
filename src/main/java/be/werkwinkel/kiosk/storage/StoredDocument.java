package be.werkwinkel.kiosk.storage;

/** A document with its content, decrypted for the visitor who owns it. */
public record StoredDocument(DocumentSummary summary, DocumentContent content) {
}
