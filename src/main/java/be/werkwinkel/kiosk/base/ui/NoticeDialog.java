package be.werkwinkel.kiosk.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/**
 * A plain notice with one big OK button, e.g. why something cannot be done on this terminal yet.
 * Texts are already translated by the caller.
 */
public final class NoticeDialog extends Dialog {

    public NoticeDialog(String title, String... paragraphs) {
        addClassName("kiosk-notice-dialog");
        setHeaderTitle(title);
        for (var paragraph : paragraphs) {
            if (!paragraph.isBlank()) {
                add(new Paragraph(paragraph));
            }
        }
        var ok = new Button(getTranslation("common.ok"), click -> close());
        ok.setId("notice-ok");
        ok.addThemeVariants(ButtonVariant.PRIMARY);
        ok.addClassName("kiosk-big-button");
        getFooter().add(ok);
    }
}
