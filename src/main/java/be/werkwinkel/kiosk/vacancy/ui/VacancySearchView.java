package be.werkwinkel.kiosk.vacancy.ui;

import be.werkwinkel.kiosk.base.KioskLanguage;
import be.werkwinkel.kiosk.kiosk.KioskScreens;
import be.werkwinkel.kiosk.kiosk.VisitorSessions;
import be.werkwinkel.kiosk.vacancy.SearchResult;
import be.werkwinkel.kiosk.vacancy.VacancyQuery;
import be.werkwinkel.kiosk.vacancy.VacancySearched;
import be.werkwinkel.kiosk.vacancy.VacancySearch;
import be.werkwinkel.kiosk.vacancy.VacancySettings;
import be.werkwinkel.kiosk.vacancy.VacancySource;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.jspecify.annotations.Nullable;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Vacancy search: a big search field with suggestions as large rows, the place "near me" with
 * distance chips, filters as chips with live counts, and results as large cards with "more".
 * The search lives in the session (see {@link SearchState}), so coming back from a vacancy shows
 * the same results; the session wipe forgets it.
 *
 * <p>The screen puts together its parts: {@link PlaceRow} (place and distance chips),
 * {@link FilterPanel}, {@link ResultCard}s and {@link ResultHelp} (near matches, "did you mean",
 * the empty state); it keeps the search field, the suggestions, the order and the paging.
 */
@Route("vacancies")
@AnonymousAllowed
public final class VacancySearchView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    static final int SUGGESTIONS = VacancySearch.SUGGESTIONS_SHOWN;
    /** While the vacancies are being loaded, the screen asks this often whether they are there. */
    static final int LOADING_POLL_MILLIS = 3000;

    private final VacancySearch search;
    /** Where a terminal's replica comes from; null in standalone and on a hub. */
    private final @Nullable VacancySource source;
    private final Clock clock;
    private final SearchState state;
    private final VisitorSessions sessions;
    private final ApplicationEventPublisher events;

    private final H1 title = new H1();
    private final Paragraph status = new Paragraph();
    private final TextField what = new TextField();
    private final Button searchButton = new Button(VaadinIcon.SEARCH.create());
    private final Div suggestions = new Div();
    private final PlaceRow place;
    private final Div sort = new Div();
    private final FilterPanel filters;
    private final H2 count = new H2();
    private final ResultHelp help;
    private final Div cards = new Div();
    private final Paragraph shown = new Paragraph();
    private final Button more = new Button();
    private boolean loadingShown;
    /** What the suggestions on screen were made for; null when none are shown. */
    private @Nullable String suggestedFor;

    public VacancySearchView(VacancySearch search, VacancySettings settings, KioskScreens screens, Clock clock,
            VisitorSessions sessions, ApplicationEventPublisher events, ObjectProvider<VacancySource> sources) {
        this.search = search;
        this.source = sources.getIfAvailable();
        this.clock = clock;
        this.sessions = sessions;
        this.events = events;
        // the terminal's place as configured now; a search already under way keeps the visitor's own
        var here = screens.setup().defaultPlace();
        var initial = VacancyQuery.all(settings.pageSize()).toBuilder().near(here.isBlank() ? null : here).build();
        this.state = SearchState.in(UI.getCurrent().getSession(), initial);
        this.filters = new FilterPanel(this::change);
        this.place = new PlaceRow(search, state::query, this::change);
        this.help = new ResultHelp(this::change, this::searchFor);
        addClassName("vacancy-search");

        what.setId("vacancy-what");
        what.addClassName("vacancy-what");
        what.setClearButtonVisible(true);
        what.setValueChangeMode(ValueChangeMode.LAZY);
        what.setValueChangeTimeout(250);
        what.setMaxLength(VacancyQuery.MAX_TEXT);
        what.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                showSuggestions(change.getValue());
            }
        });
        what.addKeyPressListener(Key.ENTER, enter -> searchFor(what.getValue()));
        searchButton.setId("vacancy-search-button");
        searchButton.addThemeVariants(ButtonVariant.PRIMARY);
        searchButton.addClassName("kiosk-big-button");
        searchButton.addClickListener(click -> searchFor(what.getValue()));
        suggestions.setId("vacancy-suggestions");
        suggestions.addClassName("vacancy-suggestions");
        suggestions.getElement().setAttribute("role", "list");
        var searchRow = new Div(what, searchButton);
        searchRow.addClassName("vacancy-search-row");

        sort.addClassName("vacancy-sort");
        sort.getElement().setAttribute("role", "group");
        cards.addClassName("vacancy-cards");
        cards.setId("vacancy-cards");
        more.setId("vacancy-more");
        more.addClassName("kiosk-big-button");
        more.addClickListener(click -> showMore());
        shown.addClassName("vacancy-shown");
        count.setId("vacancy-count");
        count.addClassName("vacancy-count");

        var resultsHeader = new Div(count, sort);
        resultsHeader.addClassName("vacancy-results-header");
        var results = new Section(resultsHeader, help.abroad(), help.partial(), help.didYouMean(), cards, help.empty(),
                shown, more);
        results.addClassName("vacancy-results");
        results.getElement().setAttribute("aria-live", "polite");
        var body = new Div(filters, results);
        body.addClassName("vacancy-body");
        status.addClassName("vacancy-status");
        var header = new Div(title, status);
        header.addClassName("vacancy-header");
        add(header, searchRow, suggestions, place, body);
        addAttachListener(attach -> attach.getUI().addPollListener(poll -> {
            if (loadingShown) {
                showStatus();
                run();
            }
        }));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("vacancy.pageTitle");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("vacancy.title"));
        what.setLabel(getTranslation("vacancy.search.label"));
        what.setPlaceholder(getTranslation("vacancy.search.placeholder"));
        searchButton.setText(getTranslation("vacancy.search.button"));
        sort.getElement().setAttribute("aria-label", getTranslation("vacancy.sort.title"));
        suggestions.getElement().setAttribute("aria-label", getTranslation("vacancy.suggestions"));
        more.setText(getTranslation("vacancy.results.more"));
        if (suggestedFor == null) {
            what.setValue(state.query().text());
        } else {
            // the visitor is typing: keep what they typed, and offer it again in the new language
            showSuggestions(suggestedFor);
        }
        place.localeChange(state.query());
        showStatus();
        run();
    }

    private void searchFor(String typed) {
        // the field's limit is the browser's; a longer text sent anyway is cut, never an error
        var text = typed.length() > VacancyQuery.MAX_TEXT ? typed.substring(0, VacancyQuery.MAX_TEXT) : typed;
        suggestions.removeAll();
        suggestedFor = null;
        what.setValue(text);
        what.blur(); // closes the on-screen keyboard so the results can be seen
        change(state.query().withText(text));
        var ui = UI.getCurrent();
        if (ui != null) { // counted for the usage statistics: how often, and which words (never who)
            events.publishEvent(new VacancySearched(text, sessions.sessionId(ui.getSession()), clock.instant()));
        }
    }

    private void change(VacancyQuery query) {
        state.change(query);
        run();
    }

    private void showMore() {
        state.showOneMorePage();
        SearchResult page;
        try {
            page = search.search(query().withPage(state.pagesShown() - 1));
        } catch (VacancySearch.VacanciesLoading loading) {
            run();
            return;
        }
        var today = today();
        page.hits().forEach(hit -> cards.add(new ResultCard(hit, today)));
        showPaging(page.total());
    }

    /**
     * Runs the current search, or while the vacancies are being loaded says so (never "no
     * vacancies") and looks again every few seconds until they are there.
     */
    private void run() {
        try {
            runSearch();
            loadingShown = false;
            getUI().ifPresent(ui -> ui.setPollInterval(-1));
        } catch (VacancySearch.VacanciesLoading loading) {
            loadingShown = true;
            showLoading();
            getUI().ifPresent(ui -> ui.setPollInterval(LOADING_POLL_MILLIS));
        }
    }

    private void showLoading() {
        cards.removeAll();
        count.setText(getTranslation("vacancy.loading"));
        help.showLoading();
        for (var hidden : List.of(sort, shown, more)) {
            hidden.setVisible(false);
        }
        filters.show(state.query(), SearchResult.Facets.NONE);
    }

    /** Shows every page the visitor had opened. */
    private void runSearch() {
        var query = query();
        var result = search.search(query.withPage(0));
        var today = today();
        cards.removeAll();
        result.hits().forEach(hit -> cards.add(new ResultCard(hit, today)));
        for (int page = 1; page < state.pagesShown(); page++) { // back from a vacancy: the pages opened before
            search.search(query.withPage(page)).hits().forEach(hit -> cards.add(new ResultCard(hit, today)));
        }
        count.setText(getTranslation("vacancy.results.count", result.total()));
        place.show(query, result);
        showSort(query, result);
        help.show(query, result);
        filters.show(query, result.facets());
        showPaging(result.total());
    }

    private void showPaging(long total) {
        var visible = cards.getComponentCount();
        shown.setText(getTranslation("vacancy.results.shown", Labels.count(this, visible), Labels.count(this, total)));
        shown.setVisible(total > 0);
        more.setVisible(visible < total);
    }

    private void showSuggestions(String typed) {
        suggestions.removeAll();
        suggestedFor = null;
        if (typed.strip().length() < 2) {
            return;
        }
        suggestedFor = typed;
        for (var suggestion : search.suggest(typed, language(), SUGGESTIONS).stream()
                .map(VacancySearchView::capitalise).distinct().toList()) {
            var row = new Button(suggestion, VaadinIcon.SEARCH.create(), click -> searchFor(suggestion));
            row.addClassName("vacancy-suggestion");
            row.getElement().setAttribute("role", "listitem");
            suggestions.add(row);
        }
    }

    private void showSort(VacancyQuery query, SearchResult result) {
        sort.removeAll();
        sort.setVisible(result.total() > 1);
        for (var order : VacancyQuery.Sort.values()) {
            var button = new Button(getTranslation("vacancy.sort." + order.name()),
                    click -> change(state.query().toBuilder().sort(order).page(0).build()));
            button.setId("sort-" + order.name().toLowerCase(java.util.Locale.ROOT));
            button.addClassName("vacancy-chip");
            button.getElement().setAttribute("aria-pressed", String.valueOf(order == query.sort()));
            button.setEnabled(order != VacancyQuery.Sort.NEAREST || result.origin() != null);
            sort.add(button);
        }
    }

    /** The visitor's search, answered for the language they read the screen in. */
    private VacancyQuery query() {
        return state.query().withScreenLanguage(language());
    }

    private KioskLanguage language() {
        return KioskLanguage.of(getLocale());
    }

    /** ESCO labels are lower case; a suggestion reads as a title. */
    static String capitalise(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Labels.locale()) + text.substring(1);
    }

    private void showStatus() {
        var current = search.status();
        var updated = current.lastUpdate();
        var replicated = current.updatedAt();
        if (!current.loading() && replicated != null) {
            // a terminal's replica: how fresh it is, and whether the hub can be reached to refresh it
            var offline = source != null && !source.reachable();
            status.setText(getTranslation(offline ? "vacancy.status.replica.offline" : "vacancy.status.replica",
                    Labels.count(this, current.vacancies()), when(replicated.atZone(clock.getZone()))));
            status.getElement().setAttribute("data-offline", Boolean.toString(offline));
            return;
        }
        status.setText(current.loading() ? getTranslation("vacancy.status.loading")
                : updated == null ? getTranslation("vacancy.status.never")
                : getTranslation("vacancy.status", Labels.count(this, current.vacancies()),
                        Labels.dateTime(this, updated.atZone(clock.getZone()))));
    }

    /** "today at 14:05", "yesterday at 14:05", or the date and time for anything older. */
    private String when(ZonedDateTime moment) {
        var time = moment.format(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(Labels.locale()));
        var day = moment.toLocalDate();
        return day.equals(today()) ? getTranslation("vacancy.status.replica.today", time)
                : day.equals(today().minusDays(1)) ? getTranslation("vacancy.status.replica.yesterday", time)
                : getTranslation("vacancy.status.replica.earlier", Labels.dateTime(this, moment));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
