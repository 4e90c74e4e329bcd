package be.werkwinkel.kiosk.cv.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** What a recruiter's software reads from a PDF: its text in content order, and where each line stands. */
final class PdfReading {

    /** One line of text on a page; {@code y} is its baseline from the top of the page, in points. */
    record Line(int page, float y, String text) {
    }

    private PdfReading() {
    }

    static PDDocument open(byte[] pdf) {
        try {
            return Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The whole text as PDFTextStripper gives it, spaces (also no-break ones) and line breaks as one space. */
    static String text(byte[] pdf) {
        try (var document = open(pdf)) {
            return new PDFTextStripper().getText(document).replace('\u00a0', ' ').replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Line> lines(byte[] pdf) {
        var lines = new ArrayList<Line>();
        try (var document = open(pdf)) {
            var stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    if (!text.isBlank()) {
                        lines.add(new Line(getCurrentPageNo(), positions.getFirst().getYDirAdj(), text.replace('\u00a0', ' ').strip()));
                    }
                    super.writeString(text, positions);
                }
            };
            stripper.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    /** Where the parts stand one after the other in the text, or the first part that is missing or out of order. */
    static List<String> missingInOrder(String text, List<String> parts) {
        var from = 0;
        var missing = new ArrayList<String>();
        for (var part : parts) {
            var wanted = part.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
            var at = text.indexOf(wanted, from);
            if (at < 0) {
                missing.add(wanted + (text.contains(wanted) ? " (there, but out of order)" : " (missing)"));
            } else {
                from = at + wanted.length();
            }
        }
        return missing;
    }
}
