package be.werkwinkel.kiosk.cv.ui;

import be.werkwinkel.kiosk.cv.Cv;
import be.werkwinkel.kiosk.cv.CvCheck;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;

/** Step 8: a few sentences about the visitor, with an example and how much room is left. */
final class AboutMeStep extends StepForm<Cv> {

    private final TextArea text;

    AboutMeStep(Cv cv) {
        text = fields.area("aboutMe", "cv.aboutMe.field", CvCheck.ABOUT_ME);
        text.setValue(cv.aboutMe());
        text.setValueChangeMode(ValueChangeMode.EAGER);
        text.addValueChangeListener(change -> room());
        text.addClassName("cv-about-me");
        room();
        add(text);
    }

    private void room() {
        text.setHelperText(getTranslation("cv.aboutMe.room", CvCheck.ABOUT_ME - text.getValue().length()));
    }

    @Override
    Cv collect(Cv cv) {
        return cv.withAboutMe(FieldSet.value(text));
    }
}
