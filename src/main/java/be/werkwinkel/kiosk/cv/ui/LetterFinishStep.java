package be.werkwinkel.kiosk.cv.ui;

import be.werkwinkel.kiosk.cv.Letter;
import com.vaadin.flow.component.html.Paragraph;

/** Letter step 5: look at it, print it, keep it; sending it by e-mail is in "Mijn documenten" once kept. */
final class LetterFinishStep extends StepForm<Letter> {

    LetterFinishStep(Letter letter) {
        var next = new Paragraph(getTranslation(letter.recipient().email().isBlank() ? "cv.letter.finish.noAddress"
                : "cv.letter.finish.send", letter.recipient().email()));
        next.addClassName("cv-explanation");
        add(next);
    }

    @Override
    Letter collect(Letter letter) {
        return letter;
    }
}
