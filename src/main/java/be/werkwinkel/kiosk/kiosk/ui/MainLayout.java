package be.werkwinkel.kiosk.kiosk.ui;

import be.werkwinkel.kiosk.base.KioskLanguage;
import be.werkwinkel.kiosk.base.KioskSettings;
import be.werkwinkel.kiosk.kiosk.FooterNotice;
import be.werkwinkel.kiosk.kiosk.KioskScreens;
import be.werkwinkel.kiosk.kiosk.KioskSetup;
import be.werkwinkel.kiosk.kiosk.KioskSetupObserver;
import be.werkwinkel.kiosk.kiosk.SessionEndReason;
import be.werkwinkel.kiosk.kiosk.VisitorSessions;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The frame around every screen but the attract screen: a top bar with Start, the languages, the
 * display toggles and a prominent Stop; the screen itself; a footer for notices. It also owns the
 * idle watch, the "are you still there?" question and the on-screen keyboard. The languages on
 * offer and the idle timeout follow this kiosk's configuration, also when staff change it while
 * the screen is open.
 */
@Layout
@AnonymousAllowed
public final class MainLayout extends Div
        implements RouterLayout, LocaleChangeObserver, AfterNavigationObserver, KioskSetupObserver {

    private final VisitorSessions sessions;
    private final List<FooterNotice> notices;
    private final KioskSettings settings;

    private final Main content = new Main();
    private final Footer footer = new Footer();
    private final Button start = new Button(VaadinIcon.HOME.create());
    private final Span siteName = new Span();
    private final Div languages = new Div();
    private final Map<KioskLanguage, Button> languageButtons = new EnumMap<>(KioskLanguage.class);
    private final Button largeText = new Button(VaadinIcon.TEXT_HEIGHT.create());
    private final Button highContrast = new Button(VaadinIcon.ADJUST.create());
    private final Button stop = new Button(VaadinIcon.CLOSE_CIRCLE.create());
    private final IdleWatcher idleWatcher;
    private final StillThereDialog stillThere;
    private final OnScreenKeyboard keyboard = new OnScreenKeyboard();
    private final OfflineNotice offline = new OfflineNotice();
    private @Nullable Class<?> shownView;
    private @Nullable HasElement shownViewInstance;
    /** The screen shown before this one: going back to it returns to where the visitor was on it. */
    private @Nullable Class<?> previousView;

    public MainLayout(KioskSettings settings, VisitorSessions sessions, List<FooterNotice> notices, KioskScreens screens) {
        this.sessions = sessions;
        this.notices = notices;
        this.settings = settings;
        addClassName("kiosk-shell");

        siteName.addClassName("kiosk-site-name");

        start.setId("top-start");
        start.addClickListener(click -> UI.getCurrent().navigate(HomeView.class));

        languages.addClassName("kiosk-languages");
        languages.getElement().setAttribute("role", "group");
        for (var language : KioskLanguage.values()) {
            var button = new Button(language.nativeName());
            button.setId("language-" + language.code());
            button.getElement().setAttribute("lang", language.code());
            button.addClickListener(click -> switchLanguage(language));
            languageButtons.put(language, button);
            languages.add(button);
        }

        largeText.setId("toggle-large-text");
        largeText.addClickListener(click -> {
            preferences().toggleLargeText(UI.getCurrent());
            showDisplayState();
        });
        highContrast.setId("toggle-high-contrast");
        highContrast.addClickListener(click -> {
            preferences().toggleHighContrast(UI.getCurrent());
            showDisplayState();
        });

        stop.setId("top-stop");
        stop.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.PRIMARY);
        stop.addClassName("kiosk-stop");
        stop.addClickListener(click -> endSession(SessionEndReason.STOPPED));
        // the browser leaves at once (kiosk-lockdown.ts); this click listener is the fallback
        stop.getElement().setAttribute("data-kiosk-stop", "");

        var display = new Div(largeText, highContrast);
        display.addClassName("kiosk-display-toggles");
        var topBar = new Header(start, siteName, languages, display, stop);
        topBar.addClassName("kiosk-top-bar");

        content.addClassName("kiosk-content");
        footer.addClassName("kiosk-footer");

        var setup = screens.setup();
        idleWatcher = new IdleWatcher(setup.idleTimeout(), session(setup).activityReportInterval());
        idleWatcher.addActivityListener(active -> sessions.recordInput(UI.getCurrent().getSession()));
        stillThere = new StillThereDialog(settings.session().countdown(),
                () -> idleWatcher.setPaused(false),
                () -> endSession(SessionEndReason.STOPPED),
                () -> endSession(SessionEndReason.IDLE));
        idleWatcher.addIdleListener(idle -> {
            idleWatcher.setPaused(true);
            stillThere.ask();
        });

        add(topBar, content, footer, idleWatcher, keyboard, offline, new Lockdown());
        siteName.setText(setup.siteName());
        showLanguages(setup);
    }

    @Override
    public void setupChange(KioskSetup setup) {
        siteName.setText(setup.siteName());
        idleWatcher.setTimeout(setup.idleTimeout(), session(setup).activityReportInterval());
        showLanguages(setup);
    }

    /** Only the languages on offer; no switch at all when Dutch is the only one. */
    private void showLanguages(KioskSetup setup) {
        languageButtons.forEach((language, button) -> button.setVisible(setup.offers(language)));
        languages.setVisible(setup.languages().size() > 1);
    }

    private KioskSettings.Session session(KioskSetup setup) {
        return new KioskSettings.Session(setup.idleTimeout(), settings.session().countdown());
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.removeAll();
        content.getElement().appendChild(view.getElement());
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        showDisplayState();
        // a visitor opened a screen: from here on the server's own idle deadline runs
        sessions.recordInput(attachEvent.getSession());
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        var view = event.getActiveChain().getFirst();
        shownViewInstance = view;
        sessions.recordInput(UI.getCurrent().getSession()); // a new screen is input too
        start.setVisible(!(view instanceof HomeView));
        // the page scrolls, not the content: a new screen starts at its top, not where the last
        // one was left (a view that only changes its query parameters keeps its place); going
        // back to the screen just left (the results, from a vacancy) returns to where it was
        if (view.getClass() != shownView) {
            var returning = view.getClass() == previousView;
            previousView = shownView;
            shownView = view.getClass();
            // kiosk-idle.ts remembers each address's scroll position at every tap and key
            // (by address: the browser's own address may not have changed yet when this runs)
            getElement().executeJs("""
                    const at = $0 ? (window.kioskScrollPositions || {})[new URL($1, document.baseURI).pathname] : 0;
                    window.scrollTo(0, at || 0);""", returning, event.getLocation().getPath());
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        var current = KioskLanguage.of(event.getLocale());
        start.setText(getTranslation("shell.start"));
        languages.getElement().setAttribute("aria-label", getTranslation("shell.language"));
        languageButtons.forEach((language, button) ->
                button.getElement().setAttribute("aria-pressed", String.valueOf(language == current)));
        largeText.setText(getTranslation("shell.largeText"));
        highContrast.setText(getTranslation("shell.highContrast"));
        stop.setText(getTranslation("shell.stop"));
        keyboard.setLabels(getTranslation("keyboard.space"), getTranslation("keyboard.enter"),
                getTranslation("keyboard.hide"), getTranslation("keyboard.numbers"),
                getTranslation("keyboard.letters"), getTranslation("keyboard.shift"),
                getTranslation("keyboard.backspace"));
        offline.setTexts(getTranslation("connection.lost.title"), getTranslation("connection.lost.message"));
        footer.removeAll();
        notices.stream().flatMap(notice -> notice.translationKey().stream())
                .map(key -> new Paragraph(getTranslation(key)))
                .forEach(footer::add);
        footer.setVisible(footer.getComponentCount() > 0);
        event.getUI().getPage().executeJs("document.documentElement.lang = $0", current.code());
        // the browser's title is set at navigation only: the screen's title follows the language too
        if (shownViewInstance instanceof HasDynamicTitle titled) {
            event.getUI().getPage().setTitle(titled.getPageTitle());
        }
    }

    private void switchLanguage(KioskLanguage language) {
        var ui = UI.getCurrent();
        ui.getSession().setAttribute(KioskLanguage.class, language);
        ui.setLocale(language.locale()); // notifies every LocaleChangeObserver, this layout included
    }

    private void endSession(SessionEndReason reason) {
        sessions.wipe(UI.getCurrent().getSession(), reason);
    }

    private void showDisplayState() {
        var preferences = preferences();
        largeText.getElement().setAttribute("aria-pressed", String.valueOf(preferences.largeText()));
        highContrast.getElement().setAttribute("aria-pressed", String.valueOf(preferences.highContrast()));
    }

    private DisplayPreferences preferences() {
        return DisplayPreferences.of(UI.getCurrent().getSession());
    }
}
