package be.werkwinkel.kiosk.cv.ui;

import be.werkwinkel.kiosk.cv.CvCheck;
import be.werkwinkel.kiosk.cv.Letter;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Letter step 4: the text. The first time it is written from the example of the letter's kind,
 * in the letter's language, with the job and the employer filled in; the visitor changes what
 * they want. Three paragraphs: why this letter, why me, what next.
 */
final class LetterTextStep extends StepForm<Letter> {

    static final int PARAGRAPHS = 3;

    private final TextField salutation;
    private final List<TextArea> paragraphs = new ArrayList<>();
    private final TextField closing;

    LetterTextStep(Letter letter) {
        var written = letter.paragraphs().isEmpty() ? example(letter) : letter;
        salutation = fields.text("salutation", "cv.letter.salutation", CvCheck.LINE);
        salutation.setValue(written.salutation());
        add(salutation);
        for (int i = 0; i < PARAGRAPHS; i++) {
            var area = fields.area("paragraphs." + i, "cv.letter.paragraph." + (i + 1), CvCheck.TEXT);
            area.setValue(i < written.paragraphs().size() ? written.paragraphs().get(i) : "");
            paragraphs.add(area);
            add(area);
        }
        closing = fields.text("closing", "cv.letter.closing", CvCheck.LINE);
        closing.setValue(written.closing());
        add(closing);
    }

    /** The letter with its kind's example text, in its own language. */
    Letter example(Letter letter) {
        var locale = letter.language().locale();
        var job = letter.jobTitle().isBlank() ? getTranslation(locale, "cv.letter.template.job") : letter.jobTitle();
        var organisation = letter.recipient().organisation().isBlank() ? getTranslation(locale, "cv.letter.template.organisation")
                : letter.recipient().organisation();
        var example = switch (letter.kind()) {
            case VACANCY -> "cv.letter.template.vacancy.";
            case OPEN_APPLICATION -> "cv.letter.template.open.";
            case TRAINEESHIP -> "cv.letter.template.traineeship.";
        };
        var text = IntStream.rangeClosed(1, PARAGRAPHS)
                .mapToObj(i -> getTranslation(locale, example + i, job, organisation))
                .toList();
        var greeting = letter.recipient().contact().isBlank() ? getTranslation(locale, "cv.letter.template.salutation")
                : getTranslation(locale, "cv.letter.template.salutationTo", letter.recipient().contact());
        return letter.withText(greeting, text, getTranslation(locale, "cv.letter.template.closing"));
    }

    @Override
    Letter collect(Letter letter) {
        return letter.withText(FieldSet.value(salutation), paragraphs.stream().map(FieldSet::value).toList(),
                FieldSet.value(closing));
    }
}
