package be.werkwinkel.kiosk.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.server.streams.DownloadHandler;

/**
 * Prints a PDF through the kiosk browser's own printing: a frame out of sight loads the PDF and
 * asks the browser to print it (a locked-down kiosk prints without a dialog). The PDF is served
 * from server memory, tied to the frame: nothing is written to disk, and it is gone with the
 * visitor's session. One frame per screen; printing again replaces it.
 */
public final class PdfPrint {

    /** The frame's id, for tests that fetch what was printed. */
    public static final String FRAME_ID = "kiosk-pdf-print";

    /** What the PDF in the frame may do: be shown by the browser's viewer, framed by the kiosk's own page only. */
    static final String FRAMED_PDF_POLICY = "default-src 'none'; object-src 'self'; frame-ancestors 'self'";

    private PdfPrint() {
    }

    public static void print(HasComponents screen, String fileName, byte[] pdf) {
        var copy = pdf.clone();
        ((Component) screen).getChildren()
                .filter(child -> child.getId().filter(FRAME_ID::equals).isPresent())
                .toList()
                .forEach(screen::remove);
        var frame = new IFrame();
        frame.setId(FRAME_ID);
        frame.addClassName("kiosk-pdf-print");
        frame.getElement().setAttribute("title", fileName);
        frame.getElement().setAttribute("aria-hidden", "true");
        frame.getElement().setAttribute("tabindex", "-1");
        frame.getElement().setAttribute("src", (DownloadHandler) event -> {
            // the kiosk's own pages may not be framed; this PDF must be, by the page that prints it
            event.getResponse().setHeader("X-Frame-Options", "SAMEORIGIN");
            event.getResponse().setHeader("Content-Security-Policy", FRAMED_PDF_POLICY);
            event.inline(fileName);
            event.setContentType("application/pdf");
            event.setContentLength(copy.length);
            try (var out = event.getOutputStream()) {
                out.write(copy);
            }
        });
        frame.getElement().executeJs("this.addEventListener('load', () => {"
                + " try { this.contentWindow.focus(); this.contentWindow.print(); }"
                + " catch (e) { window.print(); } }, { once: true })");
        screen.add(frame);
    }
}
