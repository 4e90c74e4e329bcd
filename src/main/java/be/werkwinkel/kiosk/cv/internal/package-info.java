/**
 * The cv module's machinery behind its ports: PDF rendering (openhtmltopdf on PDFBox, decision
 * 017), page previews, JSON Resume (decision 018), the storage format contributed to "Mijn
 * documenten", and the JSON Resume transfer behind the loopback staff endpoints.
 */
@NullMarked
package be.werkwinkel.kiosk.cv.internal;

import org.jspecify.annotations.NullMarked;
