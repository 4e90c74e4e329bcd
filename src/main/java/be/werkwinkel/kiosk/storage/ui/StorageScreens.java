package be.werkwinkel.kiosk.storage.ui;

import be.werkwinkel.kiosk.base.ui.BigButton;
import be.werkwinkel.kiosk.base.ui.NoticeDialog;
import be.werkwinkel.kiosk.storage.DocumentFormat;
import be.werkwinkel.kiosk.storage.StorageProblem;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;

/** Small pieces the storage screens share. */
final class StorageScreens {

    private StorageScreens() {
    }

    static Button bigButton(Component owner, String key, VaadinIcon icon, String id, Runnable action) {
        return BigButton.of(owner, key, icon, id, action);
    }

    static Button primary(Button button) {
        button.addThemeVariants(ButtonVariant.PRIMARY);
        return button;
    }

    static String date(Component owner, Instant instant, Clock clock) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(com.vaadin.flow.component.UI.getCurrent().getLocale())
                .format(instant.atZone(clock.getZone()));
    }

    static String dateTime(Instant instant, Clock clock) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(com.vaadin.flow.component.UI.getCurrent().getLocale()).format(instant.atZone(clock.getZone()));
    }

    /** The feature that reads documents of this media type (the cv module for CVs and letters), if any. */
    static Optional<DocumentFormat> format(ObjectProvider<DocumentFormat> formats, String mediaType) {
        return formats.orderedStream().filter(format -> format.reads(mediaType)).findFirst();
    }

    static void explain(Component owner, StorageProblem problem) {
        new NoticeDialog(owner.getTranslation("storage.problem.title"),
                owner.getTranslation("storage.problem." + problem.reason().name())).open();
    }
}
