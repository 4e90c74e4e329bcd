package be.werkwinkel.kiosk.cv.ui;

import static be.werkwinkel.kiosk.cv.ui.FieldSet.value;

import be.werkwinkel.kiosk.cv.Cv;
import be.werkwinkel.kiosk.cv.CvCheck;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Step 3: schools, courses and training, with the diploma or certificate they gave. */
final class StudiesStep extends EntryListStep<Cv.Study> {

    StudiesStep(Cv cv, StepContext context) {
        super("studies", "cv.studies.add", CvCheck.STUDIES, cv.studies(),
                studies -> context.check().problems(cv.withStudies(studies)));
        start();
    }

    @Override
    Component card(Cv.Study study) {
        return cardText(study.qualification(), Periods.text(this, study.from(), study.to(), study.school(), study.place()));
    }

    @Override
    Cv with(Cv cv, List<Cv.Study> studies) {
        return cv.withStudies(studies);
    }

    @Override
    EntryEditor<Cv.Study> editor(int index, Cv.@Nullable Study study) {
        var fields = new FieldSet(this);
        var at = "studies." + index + ".";
        TextField qualification = fields.text(at + "qualification", "cv.study.qualification", CvCheck.LINE);
        qualification.setRequiredIndicatorVisible(true);
        qualification.setHelperText(getTranslation("cv.study.qualification.example"));
        TextField school = fields.text(at + "school", "cv.study.school", CvCheck.LINE);
        TextField place = fields.text(at + "place", "cv.study.place", CvCheck.PLACE);
        var period = new PeriodFields(fields, at, "cv.study.ongoing", study == null ? null : study.from(),
                study == null ? null : study.to(), study == null);
        TextArea details = fields.area(at + "details", "cv.study.details", CvCheck.TEXT);
        details.setHelperText(getTranslation("cv.study.details.example"));
        if (study != null) {
            qualification.setValue(study.qualification());
            school.setValue(study.school());
            place.setValue(study.place());
            details.setValue(study.details());
        }
        var form = new Div(qualification, school, place, period, details);
        form.addClassName("cv-entry-form");
        return new EntryEditor<>(form, fields,
                () -> value(qualification).isEmpty() && value(school).isEmpty() && value(place).isEmpty()
                        && value(details).isEmpty() && period.blank(),
                period::complete,
                () -> new Cv.Study(value(qualification), value(school), value(place), period.from(), period.to(),
                        value(details)));
    }
}
