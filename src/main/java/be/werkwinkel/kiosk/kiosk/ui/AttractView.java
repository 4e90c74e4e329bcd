package be.werkwinkel.kiosk.kiosk.ui;

import be.werkwinkel.kiosk.base.KioskLanguage;
import be.werkwinkel.kiosk.base.KioskTranslations;
import be.werkwinkel.kiosk.kiosk.KioskScreens;
import be.werkwinkel.kiosk.kiosk.KioskSetup;
import be.werkwinkel.kiosk.kiosk.KioskSetupObserver;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What the terminal shows while nobody uses it: a calm welcome in the three languages and the
 * site's name, nothing personal. Tapping a language starts in that language; tapping anywhere else
 * starts in Dutch. Only the languages this kiosk offers are shown.
 */
@Route(value = "", autoLayout = false)
@AnonymousAllowed
public final class AttractView extends Main implements HasDynamicTitle, KioskSetupObserver {

    private final KioskTranslations translations;
    private final Paragraph site = new Paragraph();
    private final Div greetings = new Div();
    private final Div starts = new Div();

    public AttractView(KioskTranslations translations, KioskScreens screens) {
        this.translations = translations;
        addClassName("kiosk-attract");

        site.addClassName("kiosk-attract-site");

        greetings.addClassName("kiosk-attract-greetings");
        starts.addClassName("kiosk-attract-starts");
        showLanguages(screens.setup());

        // nobody has chosen a language yet: the message says it in all three
        var offline = new OfflineNotice();
        offline.setTexts(Arrays.stream(KioskLanguage.values())
                        .map(language -> text("connection.lost.title", language))
                        .collect(Collectors.joining(" · ")),
                Arrays.stream(KioskLanguage.values())
                        .map(language -> text("connection.lost.message", language))
                        .collect(Collectors.joining(" ")));
        add(site, greetings, starts, offline, new Lockdown());
        // anywhere else on the screen also starts, in Dutch
        getElement().addEventListener("click", click -> begin(KioskLanguage.DEFAULT))
                .setFilter("event.target === event.currentTarget || event.target.closest('button, vaadin-button') === null");
    }

    @Override
    public void setupChange(KioskSetup setup) {
        showLanguages(setup);
    }

    /** A welcome and a start button per language on offer, in that language. */
    private void showLanguages(KioskSetup setup) {
        site.setText(setup.siteName());
        greetings.removeAll();
        starts.removeAll();
        for (var language : setup.languages()) {
            var welcome = new H1(text("attract.welcome", language));
            welcome.getElement().setAttribute("lang", language.code());
            greetings.add(welcome);

            var start = new Button();
            start.setId("start-" + language.code());
            start.addClassName("kiosk-attract-start");
            start.getElement().setAttribute("lang", language.code());
            var name = new Span(language.nativeName());
            name.addClassName("kiosk-attract-language");
            var tap = new Span(text("attract.tapToStart", language));
            tap.addClassName("kiosk-attract-tap");
            start.getElement().appendChild(VaadinIcon.HAND.create().getElement(), name.getElement(), tap.getElement());
            start.addClickListener(click -> begin(language));
            starts.add(start);
        }
    }

    @Override
    public String getPageTitle() {
        return text("attract.pageTitle", KioskLanguage.DEFAULT);
    }

    private String text(String key, KioskLanguage language) {
        return translations.getTranslation(key, language.locale());
    }

    private static void begin(KioskLanguage language) {
        var ui = UI.getCurrent();
        ui.getSession().setAttribute(KioskLanguage.class, language);
        ui.setLocale(language.locale());
        ui.navigate(HomeView.class);
    }
}
