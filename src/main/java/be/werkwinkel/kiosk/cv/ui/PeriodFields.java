package be.werkwinkel.kiosk.cv.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/** From (month, year) and until (month, year) or "still doing this": the dates of a job or a study. */
final class PeriodFields extends Div {

    private final MonthYearField from;
    private final MonthYearField to;
    private final Button ongoing;
    private boolean stillGoing;

    /**
     * @param at the entry's field path, ending in a dot ({@code jobs.2.})
     * @param ongoingKey the label of the "still doing this" toggle
     */
    PeriodFields(FieldSet fields, String at, String ongoingKey, @Nullable YearMonth start, @Nullable YearMonth end,
            boolean isNew) {
        var locale = UI.getCurrent().getLocale();
        var id = "cv-" + at.replace('.', '-');
        from = fields.add(at + "from", new MonthYearField(getTranslation("cv.period.from"), id + "from", locale));
        to = fields.add(at + "to", new MonthYearField(getTranslation("cv.period.to"), id + "to", locale));
        from.setValue(start);
        to.setValue(end);
        ongoing = new Button(getTranslation(ongoingKey), click -> setOngoing(!stillGoing));
        ongoing.setId(id + "ongoing");
        ongoing.addClassNames("kiosk-big-button", "cv-toggle");
        addClassName("cv-period");
        add(from, to, ongoing);
        setOngoing(!isNew && start != null && end == null);
    }

    private void setOngoing(boolean going) {
        stillGoing = going;
        ongoing.setIcon(going ? VaadinIcon.CHECK_SQUARE_O.create() : VaadinIcon.THIN_SQUARE.create());
        ongoing.getElement().setAttribute("aria-pressed", String.valueOf(going));
        ongoing.getElement().getClassList().set("cv-toggle-on", going);
        to.setVisible(!going);
        if (going) {
            to.clear();
        }
    }

    @Nullable YearMonth from() {
        return from.getValue();
    }

    @Nullable YearMonth to() {
        return stillGoing ? null : to.getValue();
    }

    boolean blank() {
        return from.getValue() == null && !from.incomplete() && to.getValue() == null && !to.incomplete();
    }

    /** Marks a half-filled date, and an end left empty without "still doing this". */
    boolean complete() {
        var complete = true;
        for (var field : new MonthYearField[] {from, to}) {
            if (field.incomplete()) {
                field.setErrorMessage(getTranslation("cv.problem.HALF_DATE"));
                field.setInvalid(true);
                complete = false;
            }
        }
        if (complete && !stillGoing && to.getValue() == null && from.getValue() != null) {
            to.setErrorMessage(getTranslation("cv.problem.NO_END"));
            to.setInvalid(true);
            complete = false;
        }
        return complete;
    }
}
