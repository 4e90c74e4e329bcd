package be.werkwinkel.kiosk.cv.ui;

import be.werkwinkel.kiosk.base.KioskLanguage;
import be.werkwinkel.kiosk.cv.Cv;
import be.werkwinkel.kiosk.cv.CvTemplate;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import java.util.Locale;

/**
 * The last step: the language the CV is written in (headings, months) and how it looks; the
 * wizard puts preview, print and save under it.
 */
final class FinishStep extends StepForm<Cv> {

    private KioskLanguage language;
    private CvTemplate template;
    private final Div languages = new Div();
    private final Div templates = new Div();

    FinishStep(Cv cv) {
        language = cv.language();
        template = cv.template();
        languages.addClassName("cv-choices");
        languages.setId("cv-cv-language");
        templates.addClassName("cv-choices");
        templates.setId("cv-template");
        add(new H3(getTranslation("cv.finish.language")), languages, new H3(getTranslation("cv.finish.template")), templates);
        draw();
    }

    @Override
    Cv collect(Cv cv) {
        var before = cv.language().locale();
        var after = language.locale();
        // a language chosen from the list is renamed into the CV's new language ("Frans" becomes "Français")
        var renamed = cv.languages().stream().map(skill -> LanguagesStep.COMMON.stream()
                .filter(code -> LanguagesStep.name(code, before).equalsIgnoreCase(skill.language())).findFirst()
                .map(code -> new Cv.LanguageSkill(LanguagesStep.name(code, after), skill.motherTongue(), skill.listening(),
                        skill.reading(), skill.spokenInteraction(), skill.spokenProduction(), skill.writing()))
                .orElse(skill)).toList();
        return cv.inLanguage(language).withTemplate(template).withLanguages(renamed);
    }

    private void draw() {
        languages.removeAll();
        for (var option : KioskLanguage.values()) {
            var choice = WizardParts.choice(option.nativeName(), "", option == language, "cv-language-" + option.code(), () -> {
                language = option;
                draw();
            });
            choice.getElement().setAttribute("lang", option.code());
            languages.add(choice);
        }
        templates.removeAll();
        for (var option : CvTemplate.values()) {
            var key = switch (option) {
                case EUROPASS -> "cv.template.europass";
                case MODERN -> "cv.template.modern";
            };
            var choice = WizardParts.choice(getTranslation(key), getTranslation(key + ".description"), option == template,
                    "cv-template-" + option.name().toLowerCase(Locale.ROOT), () -> {
                        template = option;
                        draw();
                    });
            templates.add(choice);
        }
    }
}
