package be.werkwinkel.kiosk.kiosk.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;

/** A message from staff above every kiosk screen ("the counter closes at 12:00 today"). */
final class AnnouncementBanner extends Div {

    private final Span text = new Span();

    AnnouncementBanner() {
        setId("kiosk-announcement");
        addClassName("kiosk-announcement");
        getElement().setAttribute("role", "status");
        var icon = VaadinIcon.MEGAPHONE.create();
        icon.getElement().setAttribute("aria-hidden", "true");
        add(icon, text);
        setVisible(false);
    }

    void show(@Nullable String announcement) {
        text.setText(announcement != null ? announcement : "");
        setVisible(announcement != null);
    }
}
