package be.werkwinkel.kiosk.cv.ui;

import be.werkwinkel.kiosk.cv.FieldProblem;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;

/**
 * The fields of one wizard step. It is drawn from the draft, gives back the draft with what was
 * typed ({@link #collect}), and shows the problems {@code CvCheck} finds in its part.
 *
 * @param <T> {@code Cv} or {@code Letter}
 */
abstract class StepForm<T> extends Div {

    protected final FieldSet fields = new FieldSet(this);
    private final Paragraph otherProblems = new Paragraph();

    StepForm() {
        addClassName("cv-step-form");
        otherProblems.addClassName("cv-problems");
        otherProblems.setId("cv-step-problems");
        otherProblems.setVisible(false);
        otherProblems.getElement().setAttribute("role", "alert");
    }

    /** The CV or letter with what this step's fields hold; nothing is checked here. */
    abstract T collect(T value);

    /**
     * Whether the fields hold something the CV cannot (a month without a year); such fields are
     * marked, and the step is not left with Next.
     */
    boolean complete() {
        return true;
    }

    /** Marks the fields with problems; problems without a field of their own are listed at the top. */
    void show(List<FieldProblem> problems) {
        var rest = fields.show(problems);
        showOthers(rest);
    }

    protected final void showOthers(List<FieldProblem> rest) {
        otherProblems.setVisible(!rest.isEmpty());
        otherProblems.setText(String.join(" ", rest.stream().map(problem -> FieldSet.message(this, problem)).distinct().toList()));
        if (otherProblems.getParent().isEmpty()) {
            addComponentAsFirst(otherProblems);
        }
    }
}
