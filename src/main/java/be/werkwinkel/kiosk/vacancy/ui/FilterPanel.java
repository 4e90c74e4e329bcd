package be.werkwinkel.kiosk.vacancy.ui;

import be.werkwinkel.kiosk.vacancy.ContractType;
import be.werkwinkel.kiosk.vacancy.EducationLevel;
import be.werkwinkel.kiosk.vacancy.ExperienceLevel;
import be.werkwinkel.kiosk.vacancy.PostedSince;
import be.werkwinkel.kiosk.vacancy.SearchResult;
import be.werkwinkel.kiosk.vacancy.VacancyQuery;
import be.werkwinkel.kiosk.vacancy.WorkRegime;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The filters as touch chips with live counts. Within a group the chips add up (OR), across groups
 * they narrow down (AND). A value nothing would match is not offered, unless it is selected.
 */
final class FilterPanel extends Aside {

    private final Consumer<VacancyQuery> onChange;

    FilterPanel(Consumer<VacancyQuery> onChange) {
        this.onChange = onChange;
        addClassName("vacancy-filters");
        setId("vacancy-filters");
    }

    void show(VacancyQuery query, SearchResult.Facets facets) {
        removeAll();
        var heading = new H2(getTranslation("vacancy.filters.title"));
        add(heading);
        if (query.hasFilters()) {
            var clear = new Button(getTranslation("vacancy.filters.clear"),
                    click -> onChange.accept(query.toBuilder().withoutFilters().build()));
            clear.setId("filters-clear");
            clear.addThemeVariants(ButtonVariant.TERTIARY);
            clear.addClassName("vacancy-filters-clear");
            add(clear);
        }
        add(multiple("sector", "vacancy.filter.sector", byCount(facets.sectors()), query.sectors(), facets.sectors(),
                sector -> Labels.of(this, "vacancy.sector.", sector), (builder, values) -> builder.sectors(values), query));
        add(multiple("contract", "vacancy.filter.contract", List.of(ContractType.values()), query.contracts(),
                facets.contracts(), value -> Labels.of(this, "vacancy.contract.", value),
                (builder, values) -> builder.contracts(values), query));
        add(multiple("regime", "vacancy.filter.regime", List.of(WorkRegime.values()), query.regimes(),
                facets.regimes(), value -> Labels.of(this, "vacancy.regime.", value),
                (builder, values) -> builder.regimes(values), query));
        add(multiple("education", "vacancy.filter.education", List.of(EducationLevel.values()), query.education(),
                facets.education(), value -> Labels.of(this, "vacancy.education.", value),
                (builder, values) -> builder.education(values), query));
        add(multiple("experience", "vacancy.filter.experience", List.of(ExperienceLevel.values()),
                query.experience(), facets.experience(), value -> Labels.of(this, "vacancy.experience.", value),
                (builder, values) -> builder.experience(values), query));
        add(multiple("language", "vacancy.filter.language", byCount(facets.languages()), query.languages(),
                facets.languages(), code -> Labels.language(this, code),
                (builder, values) -> builder.languages(values), query));
        add(posted(query, facets.postedSince()));
    }

    private <T> Section multiple(String id, String titleKey, List<T> order, Set<T> selected, Map<T, Long> counts,
            Function<T, String> label, BiFunction<VacancyQuery.Builder, Set<T>, VacancyQuery.Builder> apply,
            VacancyQuery query) {
        var values = new LinkedHashSet<T>(order);
        values.addAll(selected);
        var chips = new Div();
        chips.addClassName("vacancy-chips");
        for (var value : values) {
            var count = counts.getOrDefault(value, 0L);
            if (count == 0 && !selected.contains(value)) {
                continue;
            }
            var on = selected.contains(value);
            chips.add(chip(id + "-" + value, label.apply(value), count, on, () -> {
                var changed = new HashSet<>(selected);
                if (on) {
                    changed.remove(value);
                } else {
                    changed.add(value);
                }
                onChange.accept(apply.apply(query.toBuilder(), changed).page(0).build());
            }));
        }
        return group(id, titleKey, chips);
    }

    private Section posted(VacancyQuery query, Map<PostedSince, Long> counts) {
        var chips = new Div();
        chips.addClassName("vacancy-chips");
        for (var value : PostedSince.values()) {
            var on = value == query.postedSince();
            var count = counts.getOrDefault(value, 0L);
            if (count == 0 && !on) {
                continue;
            }
            chips.add(chip("posted-" + value, Labels.of(this, "vacancy.posted.", value), count, on,
                    () -> onChange.accept(query.toBuilder().postedSince(on ? null : value).page(0).build())));
        }
        return group("posted", "vacancy.filter.posted", chips);
    }

    private Button chip(String id, String label, long count, boolean on, Runnable toggle) {
        var chip = new Button(getTranslation("vacancy.chip.count", label, Labels.count(this, count)));
        chip.setId("chip-" + id.toLowerCase(java.util.Locale.ROOT));
        chip.addClassName("vacancy-chip");
        chip.getElement().setAttribute("aria-pressed", String.valueOf(on));
        chip.addClickListener(click -> toggle.run());
        return chip;
    }

    private Section group(String id, String titleKey, Div chips) {
        var section = new Section(new H3(getTranslation(titleKey)), chips);
        section.setId("filter-" + id);
        section.addClassName("vacancy-filter-group");
        section.setVisible(chips.getComponentCount() > 0);
        return section;
    }

    /** Values in descending order of how many vacancies they would give. */
    private static <T> List<T> byCount(Map<T, Long> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<T, Long>comparingByValue(Comparator.reverseOrder()))
                .map(Map.Entry::getKey)
                .toList();
    }
}
