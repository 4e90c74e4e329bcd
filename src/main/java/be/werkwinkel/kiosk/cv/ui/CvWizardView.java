package be.werkwinkel.kiosk.cv.ui;

import be.werkwinkel.kiosk.base.KioskLanguage;
import be.werkwinkel.kiosk.cv.Cv;
import be.werkwinkel.kiosk.cv.CvCheck;
import be.werkwinkel.kiosk.cv.CvDocuments;
import be.werkwinkel.kiosk.cv.CvPdfs;
import be.werkwinkel.kiosk.cv.CvPreview;
import be.werkwinkel.kiosk.cv.FieldProblem;
import be.werkwinkel.kiosk.reference.BelgianPlaces;
import be.werkwinkel.kiosk.storage.DocumentContent;
import be.werkwinkel.kiosk.storage.DocumentKind;
import be.werkwinkel.kiosk.storage.PersonalStorage;
import be.werkwinkel.kiosk.storage.SaveForLater;
import be.werkwinkel.kiosk.vacancy.VacancySearch;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The CV wizard: personal details, work, education, languages (CEFR grid), digital skills,
 * driving licences, skills, about me, and finally the CV's language and look.
 */
@Route("cv/:" + WizardView.ID + "?")
@AnonymousAllowed
public final class CvWizardView extends WizardView<Cv> {

    static final String LOCATION = "cv";

    private final CvCheck check;
    private final CvPdfs pdfs;
    private final VacancySearch vacancies;
    private final BelgianPlaces places;
    private final SkillSuggestions skills;

    public CvWizardView(CvCheck check, CvPdfs pdfs, ObjectProvider<PersonalStorage> storage, CvPreview preview,
            VacancySearch vacancies, BelgianPlaces places, SkillSuggestions skills, ApplicationEventPublisher events,
            Clock clock, ObjectProvider<SaveForLater> later) {
        super(Cv.class, LOCATION, "cv.wizard", storage, later, preview, events, clock);
        this.check = check;
        this.pdfs = pdfs;
        this.vacancies = vacancies;
        this.places = places;
        this.skills = skills;
        addClassName("cv-wizard");
    }

    @Override
    List<CvStep> steps() {
        return Arrays.asList(CvStep.values());
    }

    @Override
    Cv blank(Locale screen) {
        return Cv.empty(KioskLanguage.of(screen));
    }

    @Override
    StepForm<Cv> form(WizardStep step, Cv cv) {
        var context = new StepContext(check, vacancies, places, skills, KioskLanguage.of(UI.getCurrent().getLocale()));
        return switch ((CvStep) step) {
            case PERSON -> new PersonStep(cv, context);
            case JOBS -> new JobsStep(cv, context);
            case STUDIES -> new StudiesStep(cv, context);
            case LANGUAGES -> new LanguagesStep(cv);
            case DIGITAL -> new TagsStep("digitalSkills", "cv.digitalSkills", cv.digitalSkills(), DigitalSkills.labels(this, cv),
                    typed -> DigitalSkills.suggest(this, cv, typed), Cv::withDigitalSkills);
            case LICENCES -> new LicencesStep(cv);
            case SKILLS -> new TagsStep("skills", "cv.skills", cv.skills(), skills.popular(cv.language()),
                    typed -> skills.suggest(typed, cv.language()), Cv::withSkills);
            case ABOUT_ME -> new AboutMeStep(cv);
            case FINISH -> new FinishStep(cv);
        };
    }

    @Override
    List<FieldProblem> problems(Cv cv) {
        return check.problems(cv);
    }

    @Override
    byte[] pdf(Cv cv) {
        return pdfs.cv(cv);
    }

    @Override
    String fileName(Cv cv) {
        return pdfName("cv " + cv.person().name());
    }

    @Override
    DocumentKind kind() {
        return DocumentKind.CV;
    }

    @Override
    DocumentContent content(Cv cv) {
        return CvDocuments.content(cv);
    }

    @Override
    Cv read(DocumentContent content) {
        return CvDocuments.cv(content);
    }

    @Override
    String defaultName(Cv cv) {
        return fitName(getTranslation("cv.save.defaultName", cv.person().name()));
    }
}
