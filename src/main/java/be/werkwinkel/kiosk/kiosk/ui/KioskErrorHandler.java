package be.werkwinkel.kiosk.kiosk.ui;

import be.werkwinkel.kiosk.base.KioskTranslations;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import java.io.Serial;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An exception escaping a button or field listener: logged for staff, and the visitor is told in
 * their own language that it did not work, instead of Vaadin's technical message.
 */
final class KioskErrorHandler implements ErrorHandler {

    @Serial
    private static final long serialVersionUID = 1L;
    private static final Logger log = LoggerFactory.getLogger(KioskErrorHandler.class);

    private final transient KioskTranslations translations;

    KioskErrorHandler(KioskTranslations translations) {
        this.translations = translations;
    }

    @Override
    public void error(ErrorEvent event) {
        log.error("Unexpected error in a visitor session", event.getThrowable());
        var ui = UI.getCurrent();
        if (ui == null) {
            return;
        }
        var message = translations.getTranslation("problem.action", ui.getLocale());
        var notification = Notification.show(message, 8000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.ERROR);
    }
}
