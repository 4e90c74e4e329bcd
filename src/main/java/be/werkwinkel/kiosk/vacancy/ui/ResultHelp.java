package be.werkwinkel.kiosk.vacancy.ui;

import be.werkwinkel.kiosk.vacancy.SearchResult;
import be.werkwinkel.kiosk.vacancy.VacancyQuery;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * What the results screen says when a search went less than well: near matches, what a half-typed
 * word was searched as, "did you mean",
 * "type a job or a word", and the empty state with a way out (search further away, drop the
 * filters, ask the staff); and, within a distance of a place, that jobs abroad are left out. Four
 * parts, placed by the screen above and below the cards.
 */
final class ResultHelp {

    private final Consumer<VacancyQuery> onChange;
    private final Consumer<String> onSearch;
    private final Paragraph abroad = new Paragraph();
    private final Paragraph partial = new Paragraph();
    private final Div didYouMean = new Div();
    private final Div empty = new Div();

    ResultHelp(Consumer<VacancyQuery> onChange, Consumer<String> onSearch) {
        this.onChange = onChange;
        this.onSearch = onSearch;
        abroad.setId("vacancy-abroad-left-out");
        // the look of a notice, as the near matches have; a style of its own would need frontend/
        abroad.addClassName("vacancy-partial");
        partial.setId("vacancy-partial");
        partial.addClassName("vacancy-partial");
        didYouMean.addClassName("vacancy-did-you-mean");
        empty.addClassName("vacancy-empty");
    }

    /**
     * "Jobs abroad are left out", under the number found: a job abroad has no place in Belgium to
     * measure a distance from, so a search within a distance never finds it.
     */
    Paragraph abroad() {
        return abroad;
    }

    /** "These are near matches", above the cards. */
    Paragraph partial() {
        return partial;
    }

    /** "Did you mean …", above the cards. */
    Div didYouMean() {
        return didYouMean;
    }

    /** Instead of the cards when nothing was found. */
    Div empty() {
        return empty;
    }

    void show(VacancyQuery query, SearchResult result) {
        abroad.setText(abroad.getTranslation("vacancy.abroadLeftOut"));
        abroad.setVisible(result.origin() != null && query.radiusKm() != null);
        // the suggestions searched for are in the screen's language: they follow it
        partial.setText(result.completedAs().isEmpty() ? partial.getTranslation("vacancy.partialMatch")
                : partial.getTranslation("vacancy.completedAs", String.join(", ", result.completedAs())));
        partial.setVisible(result.partialMatch() || !result.completedAs().isEmpty());
        showDidYouMean(result);
        showEmpty(query, result);
    }

    /** While the vacancies are being loaded: that, instead of "nothing found". */
    void showLoading() {
        abroad.setVisible(false);
        partial.setVisible(false);
        didYouMean.setVisible(false);
        empty.removeAll();
        empty.add(new Paragraph(empty.getTranslation("vacancy.loading.wait")));
        empty.setVisible(true);
    }

    private void showDidYouMean(SearchResult result) {
        didYouMean.removeAll();
        var corrected = result.didYouMean();
        didYouMean.setVisible(corrected != null);
        if (corrected != null) {
            var suggestion = new Button(corrected, click -> onSearch.accept(corrected));
            suggestion.setId("vacancy-did-you-mean");
            suggestion.addThemeVariants(ButtonVariant.TERTIARY);
            didYouMean.add(new Span(didYouMean.getTranslation("vacancy.didYouMean")), suggestion);
        }
    }

    private void showEmpty(VacancyQuery query, SearchResult result) {
        empty.removeAll();
        empty.setVisible(result.total() == 0);
        if (result.total() > 0) {
            return;
        }
        if (result.noWords()) {
            var noWords = new Paragraph(empty.getTranslation("vacancy.empty.noWords"));
            noWords.setId("vacancy-no-words");
            empty.add(noWords);
            return;
        }
        if (!query.text().isEmpty()) {
            empty.add(new Paragraph(empty.getTranslation("vacancy.empty.tryOtherWord")));
        }
        var actions = new Div();
        actions.addClassName("vacancy-empty-actions");
        if (query.radiusKm() != null) {
            var wider = new Button(empty.getTranslation("vacancy.empty.widen"), VaadinIcon.EXPAND_FULL.create(),
                    click -> onChange.accept(query.toBuilder().radiusKm(widerRadius(query.radiusKm())).page(0).build()));
            wider.setId("vacancy-widen");
            wider.addClassName("kiosk-big-button");
            actions.add(wider);
        }
        if (query.hasFilters()) {
            var clear = new Button(empty.getTranslation("vacancy.empty.clearFilters"), VaadinIcon.CLOSE_SMALL.create(),
                    click -> onChange.accept(query.toBuilder().withoutFilters().page(0).build()));
            clear.setId("vacancy-clear-filters");
            clear.addClassName("kiosk-big-button");
            actions.add(clear);
        }
        empty.add(actions, new Paragraph(empty.getTranslation("vacancy.empty.askStaff")));
    }

    private static @Nullable Integer widerRadius(int km) {
        return switch (km) {
            case 5 -> 10;
            case 10 -> 25;
            case 25 -> 50;
            default -> null;
        };
    }
}
