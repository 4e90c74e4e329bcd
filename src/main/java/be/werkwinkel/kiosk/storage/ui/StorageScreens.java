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

    /**
     * What a screen of personal storage shows while the storage cannot be reached (a terminal whose
     * hub is away): that it needs the central server and is not possible now, in plain words, with
     * "try again" and a way home. Saving a CV or letter offers "save for later" in the wizard itself.
     */
    static Component unreachable(Component owner, Runnable tryAgain) {
        var title = new com.vaadin.flow.component.html.H1(owner.getTranslation("storage.unreachable.title"));
        title.setId("storage-unreachable");
        var explanation = new com.vaadin.flow.component.html.Paragraph(owner.getTranslation("storage.unreachable.explanation"));
        var later = new com.vaadin.flow.component.html.Paragraph(owner.getTranslation("storage.unreachable.later"));
        var buttons = new com.vaadin.flow.component.html.Div(
                bigButton(owner, "storage.unreachable.home", VaadinIcon.HOME, "storage-unreachable-home",
                        () -> com.vaadin.flow.component.UI.getCurrent().navigate("home")),
                primary(bigButton(owner, "storage.unreachable.tryAgain", VaadinIcon.REFRESH, "storage-unreachable-retry",
                        tryAgain)));
        buttons.addClassName("storage-buttons");
        var screen = new com.vaadin.flow.component.html.Div(title, explanation, later, buttons);
        screen.addClassName("storage-unreachable");
        return screen;
    }

    /** {@link #unreachable(Component, Runnable)} whose "try again" draws the screen anew from the start. */
    static Component unreachable(Component owner) {
        return unreachable(owner, () -> com.vaadin.flow.component.UI.getCurrent().refreshCurrentRoute(false));
    }

    /**
     * What a button of a storage screen says when storage could not be reached for it (a terminal
     * whose hub is away): the same plain words as the screens, and that nothing was changed. Without
     * it the visitor would see the kiosk's generic "that did not work".
     */
    static void unreachableNotice(Component owner) {
        var notice = new NoticeDialog(owner.getTranslation("storage.unreachable.title"),
                owner.getTranslation("storage.unreachable.explanation"),
                owner.getTranslation("storage.unreachable.nothingChanged"));
        notice.setId("storage-unreachable-notice");
        notice.open();
    }

    static void explain(Component owner, StorageProblem problem) {
        new NoticeDialog(owner.getTranslation("storage.problem.title"),
                owner.getTranslation("storage.problem." + problem.reason().name())).open();
    }
}
