package be.werkwinkel.kiosk.base.ui;

import be.werkwinkel.kiosk.base.KioskLanguage;
import be.werkwinkel.kiosk.base.KioskTranslations;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Makes every new page start the way a kiosk should: in Dutch (not in the browser's language,
 * which says nothing about the visitor), with the session's display choices, and without any of
 * Vaadin's technical pop-ups: an expired session or an internal error sends the browser through the
 * session-ended page back to the attract screen.
 */
@Component
class KioskUiInitializer implements VaadinServiceInitListener {

    static final String SESSION_ENDED = "/session-ended";

    private final KioskTranslations translations;

    KioskUiInitializer(KioskTranslations translations) {
        this.translations = translations;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            var ui = init.getUI();
            var session = ui.getSession();
            ui.setLocale(chosenLanguage(session).locale());
            DisplayPreferences.of(session).applyTo(ui);
        });
        event.getSource().addSessionInitListener(init ->
                init.getSession().setErrorHandler(new KioskErrorHandler(translations)));
        event.getSource().setSystemMessagesProvider(info -> systemMessages(info.getLocale()));
    }

    static KioskLanguage chosenLanguage(VaadinSession session) {
        var chosen = session.getAttribute(KioskLanguage.class);
        return chosen != null ? chosen : KioskLanguage.DEFAULT;
    }

    private CustomizedSystemMessages systemMessages(Locale locale) {
        var messages = new CustomizedSystemMessages();
        messages.setSessionExpiredNotificationEnabled(false);
        messages.setSessionExpiredURL(SESSION_ENDED);
        messages.setInternalErrorNotificationEnabled(false);
        messages.setInternalErrorURL(SESSION_ENDED);
        messages.setCookiesDisabledCaption(translations.getTranslation("system.cookies.title", locale));
        messages.setCookiesDisabledMessage(translations.getTranslation("system.cookies.message", locale));
        messages.setSyncErrorCaption(translations.getTranslation("system.sync.title", locale));
        messages.setSyncErrorMessage(translations.getTranslation("system.sync.message", locale));
        return messages;
    }
}
