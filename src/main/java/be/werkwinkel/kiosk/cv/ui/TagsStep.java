package be.werkwinkel.kiosk.cv.ui;

import be.werkwinkel.kiosk.base.ui.BigButton;
import be.werkwinkel.kiosk.cv.Cv;
import be.werkwinkel.kiosk.cv.CvCheck;
import be.werkwinkel.kiosk.cv.FieldProblem;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A step that collects short skills: the chosen ones as chips with a cross, common ones to tap,
 * and a field with suggestions for anything else (digital skills, skills).
 */
final class TagsStep extends StepForm<Cv> {

    private final String path;
    private final String keys;
    private final List<String> chosen;
    private final List<String> common;
    private final BiFunction<Cv, List<String>, Cv> with;
    private final Div chosenChips = new Div();
    private final Div commonChips = new Div();
    private final TextField field;
    private final SuggestingField suggesting;

    /**
     * @param path {@code skills} or {@code digitalSkills}
     * @param keys the prefix of its texts: {@code cv.skills} or {@code cv.digitalSkills}
     * @param common offered to tap, in the CV's language
     */
    TagsStep(String path, String keys, List<String> current, List<String> common, Function<String, List<String>> suggest,
            BiFunction<Cv, List<String>, Cv> with) {
        this.path = path;
        this.keys = keys;
        this.chosen = new ArrayList<>(current);
        this.common = common;
        this.with = with;
        chosenChips.addClassNames("cv-chips", "cv-chosen");
        chosenChips.setId("cv-" + path + "-chosen");
        commonChips.addClassName("cv-chips");
        commonChips.setId("cv-" + path + "-common");
        field = fields.text(path + ".new", keys + ".field", CvCheck.TAG);
        suggesting = new SuggestingField(field, typed -> suggest.apply(typed).stream()
                .filter(s -> chosen.stream().noneMatch(s::equalsIgnoreCase)).toList(), this::choose);
        var add = BigButton.of(this, "cv.tags.add", VaadinIcon.PLUS, "cv-" + path + "-add", () -> choose(FieldSet.value(field)));
        var row = new Div(suggesting, add);
        row.addClassName("cv-row");
        add(new H3(getTranslation(keys + ".chosen")), chosenChips, new H3(getTranslation(keys + ".common")),
                commonChips, row);
        draw();
    }

    @Override
    Cv collect(Cv cv) {
        var all = new ArrayList<>(chosen);
        var typed = FieldSet.value(field);
        if (!typed.isEmpty() && all.stream().noneMatch(typed::equalsIgnoreCase)) {
            all.add(typed); // typed but not yet added: kept, not lost
        }
        return with.apply(cv, all);
    }

    @Override
    void show(List<FieldProblem> problems) {
        // a chip's problem (too long) can only come from the field: show it there
        showOthers(fields.show(problems.stream()
                .map(p -> p.field().startsWith(path + ".") ? new FieldProblem(path + ".new", p.problem(), p.limit()) : p)
                .toList()));
    }

    private void choose(String skill) {
        if (skill.isBlank()) {
            return;
        }
        if (chosen.size() >= CvCheck.TAGS) {
            field.setErrorMessage(getTranslation("cv.problem.TOO_MANY", CvCheck.TAGS));
            field.setInvalid(true);
            return;
        }
        if (skill.length() > CvCheck.TAG) {
            field.setErrorMessage(getTranslation("cv.problem.TOO_LONG", CvCheck.TAG));
            field.setInvalid(true);
            return;
        }
        if (chosen.stream().noneMatch(skill::equalsIgnoreCase)) {
            chosen.add(skill);
        }
        field.clear();
        field.setInvalid(false);
        suggesting.clearSuggestions();
        draw();
    }

    private void draw() {
        chosenChips.removeAll();
        if (chosen.isEmpty()) {
            chosenChips.add(new Paragraph(getTranslation(keys + ".none")));
        }
        for (var skill : chosen) {
            var chip = new Button(skill, VaadinIcon.CLOSE_SMALL.create(), click -> {
                chosen.remove(skill);
                draw();
            });
            chip.setIconAfterText(true);
            chip.addClassNames("cv-chip", "cv-chip-chosen");
            chip.getElement().setAttribute("aria-label", getTranslation("cv.tags.remove", skill));
            chosenChips.add(chip);
        }
        commonChips.removeAll();
        common.stream().filter(skill -> chosen.stream().noneMatch(skill::equalsIgnoreCase)).forEach(skill -> {
            var chip = new Button(skill, VaadinIcon.PLUS.create(), click -> choose(skill));
            chip.addClassName("cv-chip");
            commonChips.add(chip);
        });
    }
}
