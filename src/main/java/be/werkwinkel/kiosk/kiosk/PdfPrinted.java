package be.werkwinkel.kiosk.kiosk;

import java.time.Instant;

/**
 * A visitor sent a PDF (a CV or a letter, from its wizard, its preview or "Mijn documenten") to the
 * kiosk's printer. Published by the screen that prints, for the usage statistics; it carries
 * nothing of the document.
 */
public record PdfPrinted(Instant printedAt) {
}
