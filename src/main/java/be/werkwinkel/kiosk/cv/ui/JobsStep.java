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

/** Step 2: work experience, newest first as the visitor enters it; job titles suggested as people write them. */
final class JobsStep extends EntryListStep<Cv.Job> {

    private final StepContext context;

    JobsStep(Cv cv, StepContext context) {
        super("jobs", "cv.jobs.add", CvCheck.JOBS, cv.jobs(), jobs -> context.check().problems(cv.withJobs(jobs)));
        this.context = context;
        start();
    }

    @Override
    Component card(Cv.Job job) {
        return cardText(job.title(), Periods.text(this, job.from(), job.to(), job.employer(), job.place()));
    }

    @Override
    Cv with(Cv cv, List<Cv.Job> jobs) {
        return cv.withJobs(jobs);
    }

    @Override
    EntryEditor<Cv.Job> editor(int index, Cv.@Nullable Job job) {
        var fields = new FieldSet(this);
        var at = "jobs." + index + ".";
        TextField title = fields.text(at + "title", "cv.job.title", CvCheck.LINE);
        title.setRequiredIndicatorVisible(true);
        TextField employer = fields.text(at + "employer", "cv.job.employer", CvCheck.LINE);
        TextField place = fields.text(at + "place", "cv.job.place", CvCheck.PLACE);
        var period = new PeriodFields(fields, at, "cv.job.ongoing", job == null ? null : job.from(),
                job == null ? null : job.to(), job == null);
        TextArea tasks = fields.area(at + "tasks", "cv.job.tasks", CvCheck.TEXT);
        tasks.setHelperText(getTranslation("cv.job.tasks.example"));
        if (job != null) {
            title.setValue(job.title());
            employer.setValue(job.employer());
            place.setValue(job.place());
            tasks.setValue(job.tasks());
        }
        var form = new Div(SuggestingField.filling(title, context::jobTitles), employer, place, period, tasks);
        form.addClassName("cv-entry-form");
        return new EntryEditor<>(form, fields,
                () -> value(title).isEmpty() && value(employer).isEmpty() && value(place).isEmpty()
                        && value(tasks).isEmpty() && period.blank(),
                period::complete,
                () -> new Cv.Job(value(title), value(employer), value(place), period.from(), period.to(), value(tasks)));
    }
}
