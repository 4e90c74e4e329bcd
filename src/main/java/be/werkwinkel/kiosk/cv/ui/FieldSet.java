package be.werkwinkel.kiosk.cv.ui;

import be.werkwinkel.kiosk.cv.FieldProblem;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields of one step by their path in the CV ({@code person.email}), so that what
 * {@code CvCheck} finds is shown next to the field it is about, in the visitor's language.
 */
final class FieldSet {

    private final Component owner;
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    FieldSet(Component owner) {
        this.owner = owner;
    }

    TextField text(String path, String labelKey, int maxLength) {
        var field = new TextField(owner.getTranslation(labelKey));
        field.setMaxLength(maxLength);
        prepare(field, path);
        return field;
    }

    TextArea area(String path, String labelKey, int maxLength) {
        var area = new TextArea(owner.getTranslation(labelKey));
        area.setMaxLength(maxLength);
        area.addClassName("cv-area");
        prepare(area, path);
        return area;
    }

    /** A field whose problems come under another path (a month-and-year pair, a list). */
    <T extends Component & HasValidation> T add(String path, T field) {
        fields.put(path, field);
        return field;
    }

    private <T extends Component & HasValidation> void prepare(T field, String path) {
        field.addClassName("cv-field");
        field.setId("cv-" + path.replace('.', '-'));
        fields.put(path, field);
    }

    /**
     * Marks the fields with problems and clears the others.
     *
     * @return the problems that have no field here
     */
    List<FieldProblem> show(List<FieldProblem> problems) {
        fields.values().forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
        return problems.stream().filter(problem -> {
            var field = fields.get(problem.field());
            if (field == null) {
                return true;
            }
            if (!field.isInvalid()) {
                field.setErrorMessage(message(owner, problem));
                field.setInvalid(true);
            }
            return false;
        }).toList();
    }

    static String message(Component owner, FieldProblem problem) {
        return owner.getTranslation("cv.problem." + problem.problem().name(), problem.limit());
    }

    /** Text as typed, without the spaces around it. */
    static String value(TextField field) {
        return field.getValue().strip();
    }

    static String value(TextArea area) {
        return area.getValue().strip();
    }
}
