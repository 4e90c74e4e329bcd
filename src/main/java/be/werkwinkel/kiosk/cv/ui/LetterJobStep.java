package be.werkwinkel.kiosk.cv.ui;

import be.werkwinkel.kiosk.base.KioskLanguage;
import be.werkwinkel.kiosk.cv.CvCheck;
import be.werkwinkel.kiosk.cv.Letter;
import be.werkwinkel.kiosk.cv.LetterKind;
import be.werkwinkel.kiosk.vacancy.Vacancy;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Letter step 1: what kind of letter, in which language, for which job; a vacancy the visitor
 * saved fills in the job, the employer and the application address at one tap.
 */
final class LetterJobStep extends StepForm<Letter> {

    private Letter letter;
    private final TextField jobTitle;
    private final Div kinds = new Div();
    private final Div languages = new Div();
    private final List<Vacancy> saved;

    LetterJobStep(Letter letter, List<Vacancy> saved, Function<String, List<String>> titles) {
        this.letter = letter;
        this.saved = saved;
        kinds.addClassName("cv-choices");
        kinds.setId("cv-letter-kind");
        languages.addClassName("cv-choices");
        languages.setId("cv-letter-language");
        jobTitle = fields.text("jobTitle", "cv.letter.jobTitle", CvCheck.LINE);
        jobTitle.setValue(letter.jobTitle());
        add(new H3(getTranslation("cv.letter.kind")), kinds);
        if (!saved.isEmpty()) {
            var list = new Div();
            list.addClassName("cv-saved-vacancies");
            list.setId("cv-letter-vacancies");
            saved.forEach(vacancy -> list.add(vacancyChoice(vacancy)));
            add(new H3(getTranslation("cv.letter.fromSaved")), list);
        }
        add(SuggestingField.filling(jobTitle, titles), new H3(getTranslation("cv.letter.language")), languages);
        draw();
    }

    private Button vacancyChoice(Vacancy vacancy) {
        var text = new Div(new Span(vacancy.title()), new Paragraph(vacancy.employer()));
        var button = WizardParts.richButton(text, click -> {
            var recipient = LetterForVacancyAction.recipientOf(vacancy);
            jobTitle.setValue(LetterForVacancyAction.cut(vacancy.title()));
            letter = with(letter, LetterKind.VACANCY, letter.language()).withRecipient(recipient)
                    .withJob(jobTitle.getValue(), String.valueOf(vacancy.id()));
            draw();
        });
        button.setIcon(VaadinIcon.FILE_TEXT_O.create());
        button.addClassNames("cv-choice", "cv-vacancy-choice");
        var chosen = String.valueOf(vacancy.id()).equals(letter.vacancyId());
        button.getElement().getClassList().set("cv-toggle-on", chosen);
        button.getElement().setAttribute("aria-pressed", String.valueOf(chosen));
        return button;
    }

    private void draw() {
        kinds.removeAll();
        for (var kind : LetterKind.values()) {
            var key = switch (kind) {
                case VACANCY -> "cv.letter.kind.vacancy";
                case OPEN_APPLICATION -> "cv.letter.kind.open";
                case TRAINEESHIP -> "cv.letter.kind.traineeship";
            };
            kinds.add(WizardParts.choice(getTranslation(key), getTranslation(key + ".description"), kind == letter.kind(),
                    "cv-letter-kind-" + kind.name().toLowerCase(Locale.ROOT), () -> {
                        letter = with(letter, kind, letter.language());
                        draw();
                    }));
        }
        languages.removeAll();
        for (var language : KioskLanguage.values()) {
            var choice = WizardParts.choice(language.nativeName(), "", language == letter.language(), "cv-letter-language-" + language.code(),
                    () -> {
                        letter = with(letter, letter.kind(), language);
                        draw();
                    });
            choice.getElement().setAttribute("lang", language.code());
            languages.add(choice);
        }
    }

    /** Another kind or language: the texts written from the old one's example are written anew. */
    private static Letter with(Letter letter, LetterKind kind, KioskLanguage language) {
        var changed = kind != letter.kind() || language != letter.language();
        return new Letter(language, kind, letter.sender(), letter.recipient(), letter.jobTitle(), letter.vacancyId(),
                letter.date(), changed ? "" : letter.salutation(), changed ? List.of() : letter.paragraphs(),
                changed ? "" : letter.closing());
    }

    @Override
    Letter collect(Letter ignored) {
        return letter.withSender(ignored.sender()).withJob(FieldSet.value(jobTitle), letter.vacancyId());
    }
}
