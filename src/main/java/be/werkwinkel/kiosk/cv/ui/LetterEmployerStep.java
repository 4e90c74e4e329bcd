package be.werkwinkel.kiosk.cv.ui;

import static be.werkwinkel.kiosk.cv.ui.FieldSet.value;

import be.werkwinkel.kiosk.cv.CvCheck;
import be.werkwinkel.kiosk.cv.Letter;
import be.werkwinkel.kiosk.reference.BelgianPlaces;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;

/** Letter step 2: the employer the letter goes to, and its application address for sending it by e-mail. */
final class LetterEmployerStep extends StepForm<Letter> {

    private final TextField organisation;
    private final TextField contact;
    private final TextField street;
    private final TextField postcode;
    private final TextField place;
    private final TextField email;

    LetterEmployerStep(Letter letter, BelgianPlaces places) {
        var recipient = letter.recipient();
        organisation = fields.text("recipient.organisation", "cv.letter.organisation", CvCheck.LINE);
        organisation.setRequiredIndicatorVisible(true);
        contact = fields.text("recipient.contact", "cv.letter.contact", CvCheck.LINE);
        contact.setHelperText(getTranslation("cv.letter.contact.help"));
        street = fields.text("recipient.street", "cv.person.street", CvCheck.LINE);
        postcode = fields.text("recipient.postcode", "cv.person.postcode", CvCheck.POSTCODE);
        postcode.getElement().executeJs("this.inputElement.inputMode = 'numeric';");
        place = fields.text("recipient.place", "cv.person.place", CvCheck.PLACE);
        PostcodeFill.fillPlace(postcode, place, places);
        email = fields.text("recipient.email", "cv.letter.email", CvCheck.EMAIL);
        email.getElement().executeJs("this.inputElement.type = 'email';");
        email.setHelperText(getTranslation("cv.letter.email.help"));
        organisation.setValue(recipient.organisation());
        contact.setValue(recipient.contact());
        street.setValue(recipient.street());
        postcode.setValue(recipient.postcode());
        place.setValue(recipient.place());
        email.setValue(recipient.email());
        var where = new Div(postcode, place);
        where.addClassName("cv-row");
        add(organisation, contact, street, where, email);
    }

    @Override
    Letter collect(Letter letter) {
        var recipient = new Letter.Recipient(value(organisation), value(contact), value(street), value(postcode),
                value(place), value(email));
        return letter.withRecipient(recipient);
    }
}
