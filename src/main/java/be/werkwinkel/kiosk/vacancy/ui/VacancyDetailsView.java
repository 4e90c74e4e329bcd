package be.werkwinkel.kiosk.vacancy.ui;

import be.werkwinkel.kiosk.base.ui.ComingSoonBadge;
import be.werkwinkel.kiosk.base.ui.NoticeDialog;
import be.werkwinkel.kiosk.base.ui.QrCode;
import be.werkwinkel.kiosk.kiosk.Configured;
import be.werkwinkel.kiosk.kiosk.KioskFeature;
import be.werkwinkel.kiosk.kiosk.KioskScreens;
import be.werkwinkel.kiosk.kiosk.KioskSetup;
import be.werkwinkel.kiosk.kiosk.KioskSetupObserver;
import be.werkwinkel.kiosk.vacancy.SafeMarkup;
import be.werkwinkel.kiosk.vacancy.Vacancy;
import be.werkwinkel.kiosk.vacancy.VacancyAction;
import be.werkwinkel.kiosk.vacancy.VacancyId;
import be.werkwinkel.kiosk.vacancy.VacancySearch;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One vacancy: the full text, what is asked and offered, how to apply, a QR code to carry on on a
 * phone, a clean printout, and the actions other features contribute ({@link VacancyAction}). The
 * print button and the actions of features switched off on this kiosk are not there, and follow
 * a change of the configuration at once.
 */
@Route("vacancies/:" + VacancyDetailsView.ID)
@AnonymousAllowed
public final class VacancyDetailsView extends Div
        implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle, KioskSetupObserver {

    static final String ID = "id";

    private final VacancySearch search;
    private final KioskScreens screens;
    private final Clock clock;
    private final List<VacancyAction> contributedActions;
    private @Nullable Vacancy vacancy;

    public VacancyDetailsView(VacancySearch search, KioskScreens screens, Clock clock,
            List<VacancyAction> contributedActions) {
        this.contributedActions = List.copyOf(contributedActions);
        this.search = search;
        this.screens = screens;
        this.clock = clock;
        addClassName("vacancy-details");
    }

    @Override
    public String getPageTitle() {
        return vacancy == null ? getTranslation("vacancy.details.pageTitle") : vacancy.title();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            vacancy = event.getRouteParameters().get(ID).flatMap(VacancyId::parse).flatMap(search::find).orElse(null);
        } catch (VacancySearch.VacanciesLoading loading) {
            event.forwardTo(VacancySearchView.class); // which says "loading vacancies" until they are there
        }
    }

    /** Called when the screen is shown and again when the visitor switches language: draws it all. */
    @Override
    public void localeChange(LocaleChangeEvent event) {
        draw();
    }

    /** Staff changed what this kiosk offers: the actions follow. */
    @Override
    public void setupChange(KioskSetup setup) {
        draw();
    }

    private void draw() {
        removeAll();
        var back = new Button(getTranslation("vacancy.details.back"), VaadinIcon.ARROW_LEFT.create(),
                click -> UI.getCurrent().navigate(VacancySearchView.class));
        back.setId("vacancy-back");
        back.addClassName("vacancy-back");
        add(back);
        if (vacancy == null) {
            var gone = new Div(new H1(getTranslation("vacancy.details.notFound.title")),
                    new Paragraph(getTranslation("vacancy.details.notFound.explanation")));
            gone.addClassName("kiosk-problem");
            gone.setId("vacancy-not-found");
            add(gone);
        } else {
            show(vacancy);
        }
    }

    private void show(Vacancy shown) {
        var heading = new Div(new H1(shown.title()), summary(shown));
        heading.addClassName("vacancy-details-heading");

        var description = new Div();
        description.addClassName("vacancy-description");
        description.getElement().setAttribute("lang", shown.language());
        description.getElement().setProperty("innerHTML", SafeMarkup.clean(shown.descriptionHtml())); // also cleaned at import

        var main = new Article(section("about", "vacancy.details.about", description));
        text(shown, "responsibilities", shown.texts().responsibilities()).ifPresent(main::add);
        main.add(asks(shown));
        text(shown, "qualifications", shown.texts().qualifications()).ifPresent(main::add);
        main.add(offers(shown));
        text(shown, "benefits", shown.texts().benefits()).ifPresent(main::add);
        text(shown, "incentives", shown.texts().incentives()).ifPresent(main::add);
        main.addClassName("vacancy-details-main");
        var side = new Aside(actions(shown), apply(shown)); // what to do first, in sight without scrolling
        side.addClassName("vacancy-details-side");
        var body = new Div(main, side);
        body.addClassName("vacancy-details-body");

        var printed = new Paragraph(getTranslation("vacancy.details.printedOn", screens.setup().siteName(),
                Labels.date(this, LocalDate.now(clock))));
        printed.addClassName("vacancy-print-only");
        add(heading, body, printed);
    }

    private Div summary(Vacancy shown) {
        var facts = new Div();
        facts.addClassName("vacancy-details-summary");
        facts.add(fact(VaadinIcon.FACTORY, shown.employer()));
        var location = shown.location();
        var place = String.join(" ", Optional.ofNullable(location.postcode()).orElse(""),
                Optional.ofNullable(location.locality()).orElse("")).strip();
        var origin = Optional.ofNullable(currentNear()).flatMap(search::place);
        if (origin.isPresent() && location.hasCoordinates()) {
            place += " · " + getTranslation("vacancy.card.distance",
                    Math.max(1, Math.round(origin.get().distanceKm(location.latitude(), location.longitude()))));
        }
        if (location.abroad()) {
            var country = Labels.country(location.country());
            place = place.isBlank() ? country : place + ", " + country;
        }
        if (!place.isBlank()) {
            var where = fact(location.abroad() ? VaadinIcon.GLOBE : VaadinIcon.MAP_MARKER, place);
            where.setId("vacancy-place");
            facts.add(where);
        }
        if (!location.otherPlaces().isEmpty()) {
            facts.add(fact(VaadinIcon.MAP_MARKER, getTranslation("vacancy.details.otherPlaces",
                    String.join(", ", location.otherPlaces()))));
        }
        if (location.remote()) {
            var remote = fact(VaadinIcon.HOME, location.remoteArea() == null ? getTranslation("vacancy.details.remote")
                    : getTranslation("vacancy.details.remoteArea", location.remoteArea()));
            remote.setId("vacancy-remote");
            facts.add(remote);
        }
        var badges = new Div();
        badges.addClassName("vacancy-card-facts");
        shown.regimes().stream().sorted().forEach(regime -> badges.add(badge(Labels.of(this, "vacancy.regime.", regime))));
        shown.contracts().stream().sorted().forEach(contract -> badges.add(badge(Labels.of(this, "vacancy.contract.", contract))));
        badges.add(new Span(getTranslation("vacancy.posted.on", Labels.posted(this, shown.datePosted(), LocalDate.now(clock)))));
        facts.add(badges);
        if (shown.closesAt() != null) {
            facts.add(new Paragraph(getTranslation("vacancy.details.validThrough",
                    Labels.dateTime(this, shown.closesAt().atZone(clock.getZone())))));
        } else if (shown.validThrough() != null) {
            facts.add(new Paragraph(getTranslation("vacancy.details.validThrough", Labels.date(this, shown.validThrough()))));
        }
        if (location.abroad()) {
            // said plainly: a search near a Belgian place never lists it
            var abroad = new Paragraph(getTranslation("vacancy.details.abroad", Labels.country(location.country())));
            abroad.setId("vacancy-abroad");
            facts.add(abroad);
        }
        return facts;
    }

    private Section asks(Vacancy shown) {
        var facts = new LinkedHashMap<String, String>();
        if (shown.education() != null || shown.educationText() != null) {
            facts.put("vacancy.details.education", shown.education() != null
                    ? Labels.of(this, "vacancy.education.", shown.education()) : shown.educationText());
        }
        if (shown.experience() != null || shown.experienceText() != null) {
            facts.put("vacancy.details.experience", shown.experience() != null
                    ? Labels.of(this, "vacancy.experience.", shown.experience()) : shown.experienceText());
        }
        if (!shown.skills().isEmpty()) {
            facts.put("vacancy.details.skills", String.join(", ", shown.skills()));
        }
        facts.put("vacancy.details.language", Labels.language(this, shown.language()));
        return section("asks", "vacancy.details.asks", list(facts));
    }

    private Section offers(Vacancy shown) {
        var facts = new LinkedHashMap<String, String>();
        if (shown.workHours() != null) {
            facts.put("vacancy.details.workHours", shown.workHours());
        }
        if (shown.salary() != null) {
            salary(shown.salary()).ifPresent(text -> facts.put("vacancy.details.salary", text));
        }
        var section = section("offers", "vacancy.details.offers", list(facts));
        section.setVisible(!facts.isEmpty());
        return section;
    }

    private Optional<String> salary(Vacancy.Salary salary) {
        var unit = switch (salary.unit()) {
            case "HOUR", "DAY", "WEEK", "MONTH", "YEAR" -> getTranslation("vacancy.details.salary." + salary.unit());
            default -> "";
        };
        // euro amounts as the messages write them ("€ 2.500"); other currencies by their code ("100.000 USD")
        var euro = salary.currency().equals("EUR");
        var suffix = euro ? "" : ".other";
        if (salary.minimum() != null && salary.maximum() != null && salary.minimum().compareTo(salary.maximum()) != 0) {
            return Optional.of(getTranslation("vacancy.details.salary.range" + suffix, money(salary.minimum(), salary),
                    money(salary.maximum(), salary), unit));
        }
        if (salary.minimum() != null) {
            return Optional.of(getTranslation("vacancy.details.salary.from" + suffix, money(salary.minimum(), salary),
                    unit));
        }
        return Optional.ofNullable(salary.maximum())
                .map(maximum -> getTranslation("vacancy.details.salary.upTo" + suffix, money(maximum, salary), unit));
    }

    private String money(BigDecimal amount, Vacancy.Salary salary) {
        var format = NumberFormat.getNumberInstance(getLocale());
        format.setMaximumFractionDigits(amount.scale() > 0 && amount.stripTrailingZeros().scale() > 0 ? 2 : 0);
        return salary.currency().equals("EUR") ? format.format(amount) : format.format(amount) + " " + salary.currency();
    }

    /** A further text of the posting (responsibilities, qualifications, benefits, incentives) as its own section. */
    private Optional<Section> text(Vacancy shown, String name, @Nullable String html) {
        if (html == null || html.isBlank()) {
            return Optional.empty();
        }
        var content = new Div();
        content.addClassName("vacancy-description");
        content.getElement().setAttribute("lang", shown.language());
        content.getElement().setProperty("innerHTML", SafeMarkup.clean(html)); // also cleaned at import
        return Optional.of(section(name, "vacancy.details." + name, content));
    }

    private Section apply(Vacancy shown) {
        var how = new LinkedHashMap<String, String>();
        var contact = shown.applicationContact();
        if (contact != null) {
            if (contact.name() != null) {
                how.put("vacancy.details.apply.contact", contact.name());
            }
            if (contact.email() != null) {
                how.put("vacancy.details.apply.email", contact.email());
            }
            if (contact.telephone() != null) {
                how.put("vacancy.details.apply.phone", contact.telephone());
            }
        }
        var section = section("apply", "vacancy.details.apply", list(how));
        if (shown.directApply() && shown.url() != null) {
            section.add(new Paragraph(getTranslation("vacancy.details.apply.direct")));
        }
        if (how.isEmpty() && shown.url() == null) {
            section.add(new Paragraph(getTranslation("vacancy.details.apply.none")));
        }
        if (shown.url() != null) {
            var qr = new Image(QrCode.svgDataUrl(shown.url()), getTranslation("vacancy.details.qr.alt"));
            qr.setId("vacancy-qr");
            qr.addClassName("vacancy-qr");
            var address = new Paragraph(shown.url()); // shown, never a link: the kiosk does not leave the app
            address.addClassName("vacancy-url");
            var explanation = new Div(new H2(getTranslation("vacancy.details.qr.title")),
                    new Paragraph(getTranslation("vacancy.details.qr.explanation")), address);
            var block = new Div(qr, explanation);
            block.addClassName("vacancy-qr-block");
            section.add(block);
        }
        return section;
    }

    private Div actions(Vacancy shown) {
        var print = new Button(getTranslation("vacancy.details.print"), VaadinIcon.PRINT.create(),
                click -> UI.getCurrent().getPage().executeJs("window.print()"));
        print.setId("vacancy-print");
        print.addThemeVariants(ButtonVariant.PRIMARY);
        var actions = new Div(Configured.onlyWhilePrinting(print));
        actions.addClassName("vacancy-actions");
        var setup = screens.setup();
        var keys = new HashSet<String>();
        contributedActions.stream().sorted(Comparator.comparingInt(VacancyAction::order)).forEach(action -> {
            keys.add(action.key());
            if (action.feature().filter(feature -> !setup.offers(feature)).isPresent()) {
                return; // switched off on this kiosk
            }
            var button = new Button(getTranslation(action.key()), action.icon().create(), click -> action.perform(shown));
            button.setId(buttonId(action.key()));
            actions.add(button);
        });
        if (!keys.contains(VacancyAction.SAVE) && setup.offers(KioskFeature.DOCUMENTS)) {
            actions.add(comingSoon(VacancyAction.SAVE, VaadinIcon.FOLDER_ADD,
                    () -> new NoticeDialog(getTranslation("vacancy.details.notYet.title"),
                            getTranslation("vacancy.details.save.notYet")).open()));
        }
        if (!keys.contains(VacancyAction.APPOINTMENT) && setup.offers(KioskFeature.APPOINTMENTS)) {
            actions.add(comingSoon(VacancyAction.APPOINTMENT, VaadinIcon.CALENDAR_USER,
                    () -> new NoticeDialog(getTranslation("vacancy.details.notYet.title"),
                            getTranslation("vacancy.details.appointment.notYet"),
                            setup.staffLocation(getLocale())).open()));
        }
        actions.getChildren().forEach(button -> button.addClassName("kiosk-big-button"));
        return actions;
    }

    /** An action whose feature has not landed yet: marked before the tap, like the home tiles, and explained after it. */
    private Button comingSoon(String key, VaadinIcon icon, Runnable explain) {
        var later = new Button(getTranslation(key), icon.create(), click -> explain.run());
        later.setId(buttonId(key));
        later.setSuffixComponent(new ComingSoonBadge());
        later.addClassName("vacancy-action-later");
        return later;
    }

    private static String buttonId(String key) {
        return "vacancy-" + key.substring(key.lastIndexOf('.') + 1);
    }

    private @Nullable String currentNear() {
        var session = UI.getCurrent().getSession();
        var state = session.getAttribute(SearchState.class);
        return state != null ? state.query().near() : emptyToNull(screens.setup().defaultPlace());
    }

    private static @Nullable String emptyToNull(String text) {
        return text.isBlank() ? null : text;
    }

    private Section section(String id, String titleKey, Component content) {
        var section = new Section(new H2(getTranslation(titleKey)), content);
        section.setId("vacancy-" + id);
        section.addClassName("vacancy-details-section");
        return section;
    }

    private static DescriptionList list(Map<String, String> facts) {
        var list = new DescriptionList();
        facts.forEach((key, value) -> list.add(new DescriptionList.Term(list.getTranslation(key)),
                new DescriptionList.Description(value)));
        return list;
    }

    private static Span fact(VaadinIcon icon, String text) {
        var fact = new Span(icon.create());
        fact.add(text);
        fact.addClassName("vacancy-fact");
        return fact;
    }

    private static Span badge(String text) {
        var badge = new Span(text);
        badge.addClassName("vacancy-badge");
        return badge;
    }
}
