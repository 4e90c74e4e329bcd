package be.werkwinkel.kiosk.cv.ui;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** The pages of a PDF as PNG pictures for the screen, made in memory. */
final class PdfPages {

    /** Sharp on a 1080p screen at the preview's width, small enough to send quickly. */
    static final float DPI = 110;

    private PdfPages() {
    }

    static List<byte[]> png(byte[] pdf) {
        try (var document = Loader.loadPDF(pdf)) {
            var renderer = new PDFRenderer(document);
            var pages = new ArrayList<byte[]>();
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                BufferedImage image = renderer.renderImageWithDPI(page, DPI, ImageType.RGB);
                var out = new ByteArrayOutputStream();
                ImageIO.write(image, "png", out);
                pages.add(out.toByteArray());
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException("A PDF we made ourselves did not read back", e);
        }
    }
}
