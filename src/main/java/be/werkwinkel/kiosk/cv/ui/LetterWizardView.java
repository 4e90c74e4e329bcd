package be.werkwinkel.kiosk.cv.ui;

import be.werkwinkel.kiosk.base.KioskLanguage;
import be.werkwinkel.kiosk.cv.Cv;
import be.werkwinkel.kiosk.cv.CvCheck;
import be.werkwinkel.kiosk.cv.CvDocuments;
import be.werkwinkel.kiosk.cv.CvPdfs;
import be.werkwinkel.kiosk.cv.CvPreview;
import be.werkwinkel.kiosk.cv.FieldProblem;
import be.werkwinkel.kiosk.cv.Letter;
import be.werkwinkel.kiosk.cv.LetterKind;
import be.werkwinkel.kiosk.reference.BelgianPlaces;
import be.werkwinkel.kiosk.storage.DocumentContent;
import be.werkwinkel.kiosk.storage.DocumentKind;
import be.werkwinkel.kiosk.storage.PersonalStorage;
import be.werkwinkel.kiosk.storage.SaveForLater;
import be.werkwinkel.kiosk.storage.SignedInVisitor;
import be.werkwinkel.kiosk.storage.StorageProblem;
import be.werkwinkel.kiosk.vacancy.Vacancy;
import be.werkwinkel.kiosk.vacancy.VacancyId;
import be.werkwinkel.kiosk.vacancy.VacancySearch;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The letter wizard: the job (a saved vacancy fills in the rest), the employer, the sender, the
 * text written from a plain example, then print or keep it.
 */
@Route("letter/:" + WizardView.ID + "?")
@AnonymousAllowed
public final class LetterWizardView extends WizardView<Letter> {

    static final String LOCATION = "letter";

    private final CvCheck check;
    private final CvPdfs pdfs;
    private final ObjectProvider<PersonalStorage> storage;
    private final VacancySearch vacancies;
    private final BelgianPlaces places;
    private final Clock clock;

    public LetterWizardView(CvCheck check, CvPdfs pdfs, ObjectProvider<PersonalStorage> storage, CvPreview preview,
            VacancySearch vacancies, BelgianPlaces places, Clock clock, ApplicationEventPublisher events,
            ObjectProvider<SaveForLater> later) {
        super(Letter.class, LOCATION, "cv.letterWizard", storage, later, preview, events, clock);
        this.check = check;
        this.pdfs = pdfs;
        this.storage = storage;
        this.vacancies = vacancies;
        this.places = places;
        this.clock = clock;
        addClassName("cv-letter-wizard");
    }

    /** A new letter in the screen's language, signed with the name of the CV being made, if any. */
    static Letter newLetter(Locale screen, LocalDate today) {
        var sender = Optional.ofNullable(UI.getCurrent()).flatMap(ui -> Draft.in(ui.getSession(), Cv.class))
                .map(draft -> draft.value().person()).orElse(Cv.Person.EMPTY);
        return new Letter(KioskLanguage.of(screen), LetterKind.VACANCY, sender, Letter.Recipient.EMPTY, "", null, today,
                "", List.of(), "");
    }

    @Override
    List<LetterStep> steps() {
        return Arrays.asList(LetterStep.values());
    }

    @Override
    Letter blank(Locale screen) {
        return newLetter(screen, LocalDate.now(clock));
    }

    @Override
    StepForm<Letter> form(WizardStep step, Letter letter) {
        var screen = KioskLanguage.of(UI.getCurrent().getLocale());
        return switch ((LetterStep) step) {
            case JOB -> new LetterJobStep(letter, savedVacancies(), typed -> vacancies.suggest(typed, screen,
                    SuggestingField.SHOWN));
            case EMPLOYER -> new LetterEmployerStep(letter, places);
            case SENDER -> new LetterSenderStep(letter, places);
            case TEXT -> new LetterTextStep(letter);
            case FINISH -> new LetterFinishStep(letter);
        };
    }

    /** The vacancies the signed-in visitor saved that are still on offer, newest first. */
    private List<Vacancy> savedVacancies() {
        var personal = storage.getIfAvailable();
        var visitor = SignedInVisitor.current();
        if (personal == null || visitor.isEmpty()) {
            return List.of();
        }
        try {
            var account = visitor.get().account();
            return personal.documents(account).stream()
                    .filter(document -> document.kind() == DocumentKind.SAVED_VACANCY)
                    .limit(8)
                    .map(document -> new String(personal.open(account, document.id()).content().bytes(), StandardCharsets.UTF_8))
                    .flatMap(id -> VacancyId.parse(id).flatMap(vacancies::find).stream())
                    .toList();
        } catch (StorageProblem gone) {
            return List.of();
        }
    }

    @Override
    List<FieldProblem> problems(Letter letter) {
        return check.problems(letter);
    }

    @Override
    byte[] pdf(Letter letter) {
        return pdfs.letter(letter.withDate(LocalDate.now(clock)));
    }

    @Override
    String fileName(Letter letter) {
        return pdfName(getTranslation(letter.language().locale(), "cv.letter.fileName", letter.jobTitle()));
    }

    @Override
    DocumentKind kind() {
        return DocumentKind.LETTER;
    }

    @Override
    DocumentContent content(Letter letter) {
        return CvDocuments.content(letter.withDate(LocalDate.now(clock)));
    }

    @Override
    Letter read(DocumentContent content) {
        return CvDocuments.letter(content);
    }

    @Override
    String defaultName(Letter letter) {
        var about = letter.recipient().organisation().isBlank() ? letter.jobTitle()
                : letter.jobTitle().isBlank() ? letter.recipient().organisation()
                : letter.jobTitle() + " – " + letter.recipient().organisation();
        return fitName(getTranslation("cv.letter.defaultName", about));
    }
}
