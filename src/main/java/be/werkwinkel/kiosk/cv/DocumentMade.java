package be.werkwinkel.kiosk.cv;

import be.werkwinkel.kiosk.storage.DocumentKind;
import java.time.Instant;

/**
 * A visitor finished a new CV or letter in its wizard: published once per document, at its first
 * print or save. A document opened from "Mijn documenten" and changed is not a new one. For the
 * usage statistics; it says nothing about the visitor or the content.
 *
 * @param kind {@link DocumentKind#CV} or {@link DocumentKind#LETTER}
 */
public record DocumentMade(DocumentKind kind, Instant madeAt) {
}
