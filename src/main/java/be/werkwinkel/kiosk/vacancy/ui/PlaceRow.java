package be.werkwinkel.kiosk.vacancy.ui;

import be.werkwinkel.kiosk.vacancy.SearchResult;
import be.werkwinkel.kiosk.vacancy.VacancyQuery;
import be.werkwinkel.kiosk.vacancy.VacancySearch;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The place "near me" and the distance chips under the search field. An unknown place is said
 * plainly and changes nothing: the results stay those around the last place found.
 */
final class PlaceRow extends Div {

    private final VacancySearch search;
    private final Supplier<VacancyQuery> current;
    private final Consumer<VacancyQuery> onChange;
    private final TextField near = new TextField();
    private final Div radius = new Div();

    PlaceRow(VacancySearch search, Supplier<VacancyQuery> current, Consumer<VacancyQuery> onChange) {
        this.search = search;
        this.current = current;
        this.onChange = onChange;
        near.setId("vacancy-near");
        near.addClassName("vacancy-near");
        near.setMaxLength(VacancyQuery.MAX_NEAR);
        near.setClearButtonVisible(true);
        near.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                placeTyped(change.getValue());
            }
        });
        radius.addClassName("vacancy-radius");
        radius.getElement().setAttribute("role", "group");
        add(near, radius);
        addClassName("vacancy-place-row");
    }

    private void placeTyped(String value) {
        var typed = value.strip();
        if (!typed.isEmpty() && search.place(typed).isEmpty()) {
            near.setInvalid(true);
            near.setErrorMessage(getTranslation("vacancy.near.unknown", typed));
            return;
        }
        onChange.accept(current.get().toBuilder().near(value).page(0).build());
    }

    /** Labels in the screen's language, and the field showing the query's place. */
    void localeChange(VacancyQuery query) {
        near.setLabel(getTranslation("vacancy.near.label"));
        radius.getElement().setAttribute("aria-label", getTranslation("vacancy.radius.title"));
        near.setValue(query.near() == null ? "" : query.near());
    }

    void show(VacancyQuery query, SearchResult result) {
        if (result.unknownPlace() != null) {
            near.setInvalid(true);
            near.setErrorMessage(getTranslation("vacancy.near.unknown", result.unknownPlace()));
        } else {
            near.setInvalid(false);
        }
        radius.removeAll();
        var origin = result.origin();
        for (var km : List.of(5, 10, 25, 50)) {
            var label = getTranslation("vacancy.radius.km", km);
            var chip = radiusChip("radius-" + km, origin == null ? label
                    : getTranslation("vacancy.chip.count", label, Labels.count(this, result.facets().radiusKm().getOrDefault(km, 0L))),
                    Integer.valueOf(km).equals(query.radiusKm()), km);
            chip.setEnabled(origin != null);
            radius.add(chip);
        }
        radius.add(radiusChip("radius-any", getTranslation("vacancy.radius.any"), query.radiusKm() == null, null));
    }

    private Button radiusChip(String id, String label, boolean on, @Nullable Integer km) {
        var chip = new Button(label, click -> onChange.accept(current.get().toBuilder().radiusKm(km).page(0).build()));
        chip.setId(id);
        chip.addClassName("vacancy-chip");
        chip.getElement().setAttribute("aria-pressed", String.valueOf(on));
        return chip;
    }
}
