package be.werkwinkel.kiosk.cv.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Suggestions under a text field as big buttons, for touch: typing "heft" offers "Heftruck
 * rijden"; a tap takes it. The suggestions come from a function of what is typed, in the
 * visitor's language.
 */
final class SuggestingField extends Div {

    static final int SHOWN = 6;

    private final TextField field;
    private final Div suggestions = new Div();
    private List<String> shown = List.of();
    private final Function<String, List<String>> suggest;
    private final Consumer<String> taken;

    /**
     * @param taken what happens to a suggestion that is tapped; null fills the field with it
     */
    SuggestingField(TextField field, Function<String, List<String>> suggest, Consumer<String> taken) {
        this.field = field;
        this.suggest = suggest;
        this.taken = taken;
        addClassName("cv-suggesting");
        suggestions.addClassName("cv-suggestions");
        suggestions.setId(field.getId().orElse("cv-field") + "-suggestions");
        suggestions.getElement().setAttribute("role", "group");
        suggestions.getElement().setAttribute("aria-label", getTranslation("cv.suggestions"));
        field.setValueChangeMode(ValueChangeMode.TIMEOUT);
        field.setValueChangeTimeout(250);
        field.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                refresh();
            }
        });
        add(field, suggestions);
    }

    static SuggestingField filling(TextField field, Function<String, List<String>> suggest) {
        var holder = new SuggestingField[1];
        holder[0] = new SuggestingField(field, suggest, chosen -> {
            field.setValue(chosen);
            holder[0].clearSuggestions();
        });
        return holder[0];
    }

    /**
     * Shows the suggestions for what is typed now. When they are the ones already shown, the buttons
     * stay: the field sends its value again when it loses the focus (a tap on a suggestion), and a
     * button replaced under the visitor's finger would take the tap nowhere.
     */
    void refresh() {
        var typed = field.getValue().strip();
        var now = typed.length() < 2 ? List.<String>of() : suggest.apply(typed).stream().limit(SHOWN).toList();
        if (now.equals(shown)) {
            return;
        }
        suggestions.removeAll();
        shown = now;
        now.forEach(suggestion -> {
            var button = new Button(suggestion, click -> taken.accept(suggestion));
            button.addClassName("cv-suggestion");
            suggestions.add(button);
        });
    }

    void clearSuggestions() {
        suggestions.removeAll();
        shown = List.of();
    }
}
