package be.werkwinkel.kiosk.cv.internal;

import be.werkwinkel.kiosk.cv.CvPreview;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Page pictures with PDFBox's own renderer, in memory. */
final class PdfBoxPreview implements CvPreview {

    @Override
    public List<Page> pages(byte[] pdf) {
        PDDocument document;
        try {
            document = Loader.loadPDF(pdf);
        } catch (IOException notPdf) {
            throw new IllegalArgumentException("Not a PDF: " + notPdf.getMessage(), notPdf);
        }
        try (document) {
            var renderer = new PDFRenderer(document);
            var pages = new ArrayList<Page>();
            for (int i = 0; i < Math.min(document.getNumberOfPages(), MAX_PAGES); i++) {
                var image = renderer.renderImageWithDPI(i, DPI, ImageType.RGB);
                var png = new ByteArrayOutputStream(256 * 1024);
                ImageIO.write(image, "png", png);
                pages.add(new Page(i + 1, png.toByteArray(), image.getWidth(), image.getHeight()));
            }
            return List.copyOf(pages);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
