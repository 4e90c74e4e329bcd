package be.werkwinkel.kiosk.kiosk.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import org.jspecify.annotations.Nullable;

/**
 * "Out of order" over the whole screen, with the message staff gave. While it shows, everything
 * else on the page is invisible to taps, keys, focus and screen readers (kiosk.css: the page's
 * other children get {@code visibility: hidden} while a shown lock is among them), so a locked kiosk
 * cannot be used at all; the screens under it stay as they were and come back on unlock. CSS, not
 * a script: it holds from the first paint of a page opened while locked, and needs no round trip.
 */
final class LockScreen extends Div implements LocaleChangeObserver {

    private final H1 heading = new H1();
    private final Paragraph message = new Paragraph();

    LockScreen() {
        setId("kiosk-lock");
        addClassName("kiosk-lock");
        getElement().setAttribute("role", "alertdialog");
        getElement().setAttribute("aria-modal", "true");
        heading.setId("kiosk-lock-heading");
        message.setId("kiosk-lock-message");
        getElement().setAttribute("aria-labelledby", "kiosk-lock-heading");
        getElement().setAttribute("aria-describedby", "kiosk-lock-message");
        var icon = VaadinIcon.BAN.create();
        icon.addClassName("kiosk-lock-icon");
        icon.getElement().setAttribute("aria-hidden", "true");
        add(icon, heading, message);
        setVisible(false);
    }

    void show(@Nullable String text) {
        message.setText(text != null ? text : "");
        setVisible(text != null);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("lock.title"));
    }
}
