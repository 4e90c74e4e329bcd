package be.werkwinkel.kiosk.cv.ui;

import be.werkwinkel.kiosk.base.ui.BigButton;
import be.werkwinkel.kiosk.base.ui.PdfPrint;
import be.werkwinkel.kiosk.cv.CvPreview;
import be.werkwinkel.kiosk.kiosk.Configured;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.List;

/**
 * The CV or letter as it will be printed: its PDF's pages as pictures, in a dialog that fills the
 * screen, with Print and Close. The pictures are made in memory and are gone with the dialog.
 */
final class CvPreviewDialog {

    private CvPreviewDialog() {
    }

    /** @param printed runs after Print (the usage statistics count it) */
    static void open(Component owner, CvPreview preview, byte[] pdf, String fileName, Runnable printed) {
        List<byte[]> pages = preview.pages(pdf).stream().map(CvPreview.Page::png).toList();
        var dialog = new Dialog();
        dialog.setId("cv-preview-dialog");
        dialog.addClassName("cv-preview");
        dialog.setHeaderTitle(owner.getTranslation("cv.preview.title"));
        dialog.setWidth("min(100vw, 62rem)");
        var sheets = new Div();
        sheets.addClassName("cv-preview-pages");
        for (int i = 0; i < pages.size(); i++) {
            var png = pages.get(i);
            var number = i + 1;
            var image = new Image(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                    new ByteArrayInputStream(png), "page-" + number + ".png", "image/png", png.length)).inline(),
                    owner.getTranslation("cv.preview.page", number, pages.size()));
            image.addClassName("cv-preview-page");
            sheets.add(image);
        }
        dialog.add(sheets);
        var close = BigButton.of(owner, "cv.preview.close", VaadinIcon.CLOSE, "cv-preview-close", dialog::close);
        var print = Configured.onlyWhilePrinting(BigButton.primary(owner, "cv.wizard.print", VaadinIcon.PRINT,
                "cv-preview-print", () -> {
                    PdfPrint.print(dialog, fileName, pdf);
                    printed.run();
                }));
        dialog.getFooter().add(close, print);
        dialog.open();
    }
}
