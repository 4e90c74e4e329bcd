package be.werkwinkel.kiosk.cv;

import java.util.List;
import java.util.Objects;

/**
 * Pictures of the pages of a PDF made by {@link CvPdfs}, for the preview screen: PNG at
 * {@value #DPI} dpi (an A4 page is about 910 × 1290 pixels), made in memory and kept nowhere.
 * The screen shows them as images with the page number as alternative text; the PDF itself is
 * what is printed or saved.
 */
public interface CvPreview {

    /** The resolution of the pictures. */
    int DPI = 110;

    /** At most this many pages are drawn; a CV or letter of the kiosk has far fewer. */
    int MAX_PAGES = 10;

    /**
     * The pages of the PDF as PNG pictures, first page first.
     *
     * @throws IllegalArgumentException when the bytes are not a PDF
     */
    List<Page> pages(byte[] pdf);

    /** One page as a PNG picture of {@code width} × {@code height} pixels. */
    record Page(int number, byte[] png, int width, int height) {

        public Page {
            Objects.requireNonNull(png, "png");
            png = png.clone();
        }

        @Override
        public byte[] png() {
            return png.clone();
        }
    }
}
