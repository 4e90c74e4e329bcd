package be.werkwinkel.kiosk.vacancy.ui;

import be.werkwinkel.kiosk.vacancy.SearchResult;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;

/**
 * One result: a single large link to the vacancy with its title, employer, place and distance,
 * hours, contract and posting date, and a snippet in which the searched words are marked.
 */
final class ResultCard extends RouterLink {

    ResultCard(SearchResult.Hit hit, LocalDate today) {
        super(VacancyDetailsView.class, new RouteParameters(VacancyDetailsView.ID, hit.id().toString()));
        addClassName("vacancy-card");
        setId("vacancy-" + hit.id());
        getElement().setAttribute("aria-label", getTranslation("vacancy.card.open", hit.title().text()));

        var title = new H2();
        title.addClassName("vacancy-card-title");
        Marks.show(title.getElement(), hit.title());

        var employer = new Span(hit.employer());
        employer.addClassName("vacancy-card-employer");

        var where = new Span(VaadinIcon.MAP_MARKER.create());
        where.addClassName("vacancy-card-place");
        var place = hit.locality() == null ? "" : hit.locality();
        if (hit.distanceKm() != null) {
            place += " · " + getTranslation("vacancy.card.distance", Math.max(1, Math.round(hit.distanceKm())));
        }
        if (hit.country() != null) {
            var country = Labels.country(hit.country());
            place = place.isEmpty() ? country : place + ", " + country;
            where.addClassName("vacancy-card-abroad");
        }
        where.add(place);

        var facts = new Div();
        facts.addClassName("vacancy-card-facts");
        hit.regimes().stream().sorted().forEach(regime -> facts.add(badge(Labels.of(this, "vacancy.regime.", regime))));
        hit.contracts().stream().sorted().forEach(contract -> facts.add(badge(Labels.of(this, "vacancy.contract.", contract))));
        if (hit.remote()) {
            facts.add(badge(getTranslation("vacancy.card.remote")));
        }
        var posted = new Span(getTranslation("vacancy.posted.on", Labels.posted(this, hit.datePosted(), today)));
        posted.addClassName("vacancy-card-posted");
        facts.add(posted);

        var snippet = new Paragraph();
        snippet.addClassName("vacancy-card-snippet");
        Marks.show(snippet.getElement(), hit.snippet());

        var header = new Div(employer, where);
        header.addClassName("vacancy-card-header");
        add(title, header, facts, snippet);
    }

    private static Span badge(String text) {
        var badge = new Span(text);
        badge.addClassName("vacancy-badge");
        return badge;
    }
}
