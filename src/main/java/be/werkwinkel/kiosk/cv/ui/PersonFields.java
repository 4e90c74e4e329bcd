package be.werkwinkel.kiosk.cv.ui;

import static be.werkwinkel.kiosk.cv.ui.FieldSet.value;

import be.werkwinkel.kiosk.cv.Cv;
import be.werkwinkel.kiosk.cv.CvCheck;
import be.werkwinkel.kiosk.reference.BelgianPlaces;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Name, phone, e-mail and address of the visitor, for the CV's first step and a letter's sender;
 * the CV also asks which work they look for. No photo, birth date or nationality.
 */
final class PersonFields extends Div {

    private final TextField name;
    private final @Nullable TextField headline;
    private final TextField email;
    private final TextField phone;
    private final TextField street;
    private final TextField postcode;
    private final TextField place;

    /**
     * @param at the field paths' prefix: {@code person.} or {@code sender.}
     * @param jobTitles suggestions for the work sought; null leaves that field out
     */
    PersonFields(FieldSet fields, String at, Cv.Person person, BelgianPlaces places,
            @Nullable Function<String, List<String>> jobTitles) {
        name = fields.text(at + "name", "cv.person.name", CvCheck.NAME);
        name.setRequiredIndicatorVisible(true);
        name.setAutocomplete(Autocomplete.OFF);
        email = fields.text(at + "email", "cv.person.email", CvCheck.EMAIL);
        email.getElement().executeJs("this.inputElement.type = 'email';");
        email.setHelperText(getTranslation("cv.person.email.help"));
        phone = fields.text(at + "phone", "cv.person.phone", CvCheck.PHONE);
        phone.getElement().executeJs("this.inputElement.inputMode = 'tel';");
        street = fields.text(at + "street", "cv.person.street", CvCheck.LINE);
        postcode = fields.text(at + "postcode", "cv.person.postcode", CvCheck.POSTCODE);
        postcode.getElement().executeJs("this.inputElement.inputMode = 'numeric';");
        place = fields.text(at + "place", "cv.person.place", CvCheck.PLACE);
        PostcodeFill.fillPlace(postcode, place, places);
        name.setValue(person.name());
        email.setValue(person.email());
        phone.setValue(person.phone());
        street.setValue(person.street());
        postcode.setValue(person.postcode());
        place.setValue(person.place());
        add(name);
        if (jobTitles != null) {
            headline = fields.text(at + "headline", "cv.person.headline", CvCheck.LINE);
            headline.setHelperText(getTranslation("cv.person.headline.example"));
            headline.setValue(person.headline());
            add(SuggestingField.filling(headline, jobTitles));
        } else {
            headline = null;
        }
        var where = new Div(postcode, place);
        where.addClassName("cv-row");
        add(phone, email, street, where);
    }

    Cv.Person person(Cv.Person before) {
        return new Cv.Person(FieldSet.value(name), headline == null ? before.headline() : FieldSet.value(headline),
                value(email), value(phone), value(street), value(postcode), value(place));
    }
}
