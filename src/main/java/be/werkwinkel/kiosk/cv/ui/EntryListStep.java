package be.werkwinkel.kiosk.cv.ui;

import be.werkwinkel.kiosk.base.ui.BigButton;
import be.werkwinkel.kiosk.cv.Cv;
import be.werkwinkel.kiosk.cv.FieldProblem;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A step that holds a list (jobs, studies): each entry as a card with Change and Remove, one
 * editor open at a time. What is typed in an open editor counts as an entry when the visitor goes
 * on, so nothing typed is lost.
 *
 * @param <T> the entry
 */
abstract class EntryListStep<T> extends StepForm<Cv> {

    private final String path;
    private final String addKey;
    private final int max;
    private final Function<List<T>, List<FieldProblem>> check;
    private final List<T> entries;
    private final UnorderedList cards = new UnorderedList();
    private final Div editorHolder = new Div();
    private final Div addHolder = new Div();
    private @Nullable EntryEditor<T> editor;
    private int editing = -1;
    private List<FieldProblem> problems = List.of();

    /**
     * @param path the list's field path in the CV ({@code jobs})
     * @param addKey the text of the button that adds one
     * @param check the problems of a CV with these entries
     */
    EntryListStep(String path, String addKey, int max, List<T> entries, Function<List<T>, List<FieldProblem>> check) {
        this.path = path;
        this.addKey = addKey;
        this.max = max;
        this.check = check;
        this.entries = new ArrayList<>(entries);
        cards.addClassName("cv-entries");
        cards.setId("cv-" + path);
        editorHolder.addClassName("cv-editor-holder");
        add(cards, editorHolder, addHolder);
    }

    /** Draws the cards, or the first editor when there is nothing yet; called by the subclass once it is ready. */
    protected final void start() {
        if (entries.isEmpty()) {
            openEditor(0);
        } else {
            drawCards();
        }
    }

    /** What a card shows of an entry: its title line and its second line. */
    abstract Component card(T entry);

    /** An editor for the entry at this index, filled with it when there is one. */
    abstract EntryEditor<T> editor(int index, @Nullable T entry);

    /** The CV with these entries. */
    abstract Cv with(Cv cv, List<T> entries);

    @Override
    Cv collect(Cv cv) {
        return with(cv, withOpenEditor());
    }

    @Override
    boolean complete() {
        return editor == null || editor.blank().getAsBoolean() || editor.complete().getAsBoolean();
    }

    @Override
    void show(List<FieldProblem> found) {
        problems = found;
        var unplaced = new ArrayList<FieldProblem>();
        if (editor != null) {
            var prefix = path + "." + editing + ".";
            unplaced.addAll(editor.fields().show(found.stream().filter(p -> p.field().startsWith(prefix)).toList()));
        }
        // "too many" and the like; an entry's own problems mark its card
        found.stream().filter(p -> !p.field().startsWith(path + ".")).forEach(unplaced::add);
        showOthers(unplaced);
        drawCards();
    }

    private List<T> withOpenEditor() {
        var all = new ArrayList<>(entries);
        if (editor != null && !editor.blank().getAsBoolean()) {
            var value = editor.value().get();
            if (editing < all.size()) {
                all.set(editing, value);
            } else {
                all.add(value);
            }
        }
        return all;
    }

    private void openEditor(int index) {
        editing = index;
        editor = editor(index, index < entries.size() ? entries.get(index) : null);
        editorHolder.removeAll();
        var done = BigButton.primary(this, "cv.entry.done", VaadinIcon.CHECK, "cv-entry-done", this::closeEditor);
        var buttons = new Div(done);
        if (!entries.isEmpty() || index > 0) {
            buttons.add(BigButton.of(this, "cv.entry.cancel", VaadinIcon.CLOSE, "cv-entry-cancel", () -> {
                editor = null;
                editorHolder.removeAll();
                drawCards();
            }));
        }
        buttons.addClassName("cv-buttons");
        var box = new Div(editor.component(), buttons);
        box.addClassName("cv-editor");
        editorHolder.add(box);
        drawCards();
    }

    /** Takes the entry in the list when it has no problems; a blank editor just closes. */
    private void closeEditor() {
        if (editor == null) {
            return;
        }
        if (editor.blank().getAsBoolean()) {
            editor = null;
            editorHolder.removeAll();
            drawCards();
            return;
        }
        var prefix = path + "." + editing + ".";
        var found = check.apply(withOpenEditor()).stream().filter(p -> p.field().startsWith(prefix)).toList();
        editor.fields().show(found);
        if (!found.isEmpty() || !editor.complete().getAsBoolean()) {
            return;
        }
        var value = editor.value().get();
        if (editing < entries.size()) {
            entries.set(editing, value);
        } else {
            entries.add(value);
        }
        editor = null;
        editorHolder.removeAll();
        drawCards();
    }

    private void drawCards() {
        cards.removeAll();
        addHolder.removeAll();
        for (int i = 0; i < entries.size(); i++) {
            if (editor != null && i == editing) {
                continue;
            }
            var index = i;
            var about = card(entries.get(i));
            var change = BigButton.of(this, "cv.entry.change", VaadinIcon.EDIT, "", () -> openEditor(index));
            var remove = BigButton.of(this, "cv.entry.remove", VaadinIcon.TRASH, "", () -> remove(index));
            remove.addThemeVariants(ButtonVariant.ERROR);
            var buttons = new Div(change, remove);
            buttons.addClassName("cv-buttons");
            var card = new ListItem(about, buttons);
            card.addClassName("cv-entry");
            var prefix = path + "." + i + ".";
            if (problems.stream().anyMatch(p -> p.field().startsWith(prefix))) {
                card.addClassName("cv-entry-problem");
                var check = new Paragraph(getTranslation("cv.entry.check"));
                check.addClassName("cv-problems");
                card.addComponentAtIndex(1, check);
            }
            cards.add(card);
        }
        if (editor == null) {
            if (entries.size() < max) {
                var more = BigButton.primary(this, addKey, VaadinIcon.PLUS, "cv-" + path + "-add",
                        () -> openEditor(entries.size()));
                addHolder.add(more);
            } else {
                addHolder.add(new Paragraph(getTranslation("cv.entry.full", max)));
            }
        }
    }

    private void remove(int index) {
        entries.remove(index);
        problems = List.of();
        drawCards();
    }

    /** Heading and second line of a card. */
    static Div cardText(String title, String line) {
        var heading = new H3(title);
        var second = new Paragraph(line);
        var text = new Div(heading, second);
        text.addClassName("cv-entry-text");
        return text;
    }

    /**
     * The form for one entry.
     *
     * @param blank whether nothing at all is typed
     * @param complete whether nothing is half typed (see {@link StepForm#complete()})
     */
    record EntryEditor<T>(Component component, FieldSet fields, BooleanSupplier blank, BooleanSupplier complete,
            Supplier<T> value) {
    }
}
