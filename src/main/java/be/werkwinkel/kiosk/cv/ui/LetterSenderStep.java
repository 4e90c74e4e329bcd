package be.werkwinkel.kiosk.cv.ui;

import be.werkwinkel.kiosk.cv.Letter;
import be.werkwinkel.kiosk.reference.BelgianPlaces;

/** Letter step 3: the visitor as sender; filled in from the CV they are making, if any. */
final class LetterSenderStep extends StepForm<Letter> {

    private final PersonFields sender;

    LetterSenderStep(Letter letter, BelgianPlaces places) {
        sender = new PersonFields(fields, "sender.", letter.sender(), places, null);
        add(sender);
    }

    @Override
    Letter collect(Letter letter) {
        return letter.withSender(sender.person(letter.sender()));
    }
}
