package be.werkwinkel.kiosk.kiosk.ui;

import be.werkwinkel.kiosk.base.KioskLanguage;
import be.werkwinkel.kiosk.base.KioskTranslations;
import be.werkwinkel.kiosk.base.StaffScreens;
import be.werkwinkel.kiosk.kiosk.KioskFeature;
import be.werkwinkel.kiosk.kiosk.KioskScreens;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Makes every new page start the way a kiosk should: in Dutch (not in the browser's language,
 * which says nothing about the visitor), with the session's display choices, and without any of
 * Vaadin's technical pop-ups: an expired session or an internal error sends the browser through the
 * session-ended page back to the attract screen.
 *
 * <p>A page load of an address that this session never showed starts at the attract screen: after
 * a wipe, the browser's history and old addresses must not bring back an earlier visitor's screen.
 *
 * <p>A screen of a feature that is switched off on this kiosk ({@link KioskFeature#ofScreen}) is
 * never shown: the visitor gets the home screen, which has no tile for it.
 *
 * <p>Only kiosk screens get this: a UI that opens a staff screen ({@link StaffScreens}) keeps its
 * own language, display and error handling.
 */
@Component
class KioskUiInitializer implements VaadinServiceInitListener {

    static final String SESSION_ENDED = "/session-ended";
    private static final String KIOSK_UI = KioskUiInitializer.class.getName() + ".kioskUi";
    private static final String SHOWN_PATHS = KioskUiInitializer.class.getName() + ".shownPaths";

    private final KioskTranslations translations;
    private final KioskScreens screens;

    KioskUiInitializer(KioskTranslations translations, KioskScreens screens) {
        this.translations = translations;
        this.screens = screens;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> {
            var ui = enter.getUI();
            if (StaffScreens.isStaff(enter.getLocation())) {
                return;
            }
            var session = ui.getSession();
            var path = enter.getLocation().getPath();
            var trigger = enter.getTrigger();
            // a UI's first navigation is the browser loading a page, whatever trigger Flow names
            // for it, unless code navigates a fresh UI (as browserless tests do); later, Back and
            // Forward within the page are the browser's too
            var fromBrowser = trigger == NavigationTrigger.PAGE_LOAD || trigger == NavigationTrigger.HISTORY;
            if (ComponentUtil.getData(ui, KIOSK_UI) == null) {
                fromBrowser |= trigger != NavigationTrigger.UI_NAVIGATE && trigger != NavigationTrigger.PROGRAMMATIC;
                ComponentUtil.setData(ui, KIOSK_UI, Boolean.TRUE);
                var language = chosenLanguage(session);
                ui.setLocale((screens.setup().offers(language) ? language : KioskLanguage.DEFAULT).locale());
                DisplayPreferences.of(session).applyTo(ui);
                session.setErrorHandler(new KioskErrorHandler(translations));
            }
            if (!path.isEmpty() && fromBrowser && !shownPaths(session).contains(path)) {
                // an address this session never showed, reached from outside the app: the
                // browser's history after a wipe (Back, a mouse's back button, a page the browser
                // kept), an old address reloaded, a kiosk browser that restarted. It may be an
                // earlier visitor's screen: start at the attract screen instead.
                enter.forwardTo(AttractView.class);
                return;
            }
            var feature = KioskFeature.ofScreen(enter.getNavigationTarget());
            if (feature.isPresent() && !screens.setup().offers(feature.get())) {
                enter.forwardTo(HomeView.class);
                return;
            }
            shownPaths(session).add(path);
        }));
        event.getSource().setSystemMessagesProvider(info -> systemMessages(info.getLocale()));
    }

    /** The addresses this session has shown; it ends with the session, so a wipe forgets them. */
    @SuppressWarnings("unchecked")
    private static Set<String> shownPaths(VaadinSession session) {
        var paths = (Set<String>) session.getAttribute(SHOWN_PATHS);
        if (paths == null) {
            paths = new HashSet<>();
            session.setAttribute(SHOWN_PATHS, paths);
        }
        return paths;
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
