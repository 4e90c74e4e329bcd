package be.werkwinkel.kiosk.cv.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/** What the CV and letter wizards look like alike: where the visitor is, and each step's introduction. */
final class WizardParts {

    private WizardParts() {
    }

    /** "Step 3 of 9: Education" with a bar, also for screen readers. */
    static Div progress(Component owner, int number, int count, String title) {
        var progress = new Div();
        progress.addClassName("cv-progress");
        var text = owner.getTranslation("cv.wizard.step", number, count, title);
        progress.getElement().setAttribute("role", "progressbar");
        progress.getElement().setAttribute("aria-valuemin", "1");
        progress.getElement().setAttribute("aria-valuemax", String.valueOf(count));
        progress.getElement().setAttribute("aria-valuenow", String.valueOf(number));
        progress.getElement().setAttribute("aria-valuetext", text);
        progress.getElement().setAttribute("aria-label", owner.getTranslation("cv.wizard.progress"));
        var bar = new Div();
        bar.addClassName("cv-progress-bar");
        bar.getStyle().set("width", (100 * number / count) + "%");
        var track = new Div(bar);
        track.addClassName("cv-progress-track");
        var where = new Span(text);
        where.setId("cv-step");
        progress.add(where, track);
        return progress;
    }

    /** A big choice of one among a few (a template, a language), on or off, with an optional line below its title. */
    static Button choice(String title, String description, boolean on, String id, Runnable choose) {
        var text = new Div(new Span(title));
        if (!description.isEmpty()) {
            text.add(new Paragraph(description));
        }
        var button = richButton(text, click -> choose.run());
        button.setIcon(on ? VaadinIcon.DOT_CIRCLE.create() : VaadinIcon.CIRCLE_THIN.create());
        button.addClassNames("cv-choice", "cv-toggle");
        button.getElement().getClassList().set("cv-toggle-on", on);
        button.getElement().setAttribute("aria-pressed", String.valueOf(on));
        button.setId(id);
        if (on) {
            button.addThemeVariants(ButtonVariant.PRIMARY);
        }
        return button;
    }

    /** A button whose label is more than a line of text (a title with a line below it). */
    static Button richButton(Component content, com.vaadin.flow.component.ComponentEventListener<com.vaadin.flow.component.ClickEvent<Button>> click) {
        var button = new Button();
        button.addClickListener(click);
        button.getElement().appendChild(content.getElement());
        return button;
    }

    /** The step's title, what it is for in plain words, and an example when it has one. */
    static Div intro(Component owner, String key) {
        var heading = new H2(owner.getTranslation(key + ".title"));
        var explanation = new Paragraph(owner.getTranslation(key + ".explanation"));
        explanation.addClassName("cv-explanation");
        var intro = new Div(heading, explanation);
        var example = owner.getTranslation(key + ".example");
        if (!example.isBlank()) {
            var exampleText = new Paragraph(owner.getTranslation("cv.wizard.example", example));
            exampleText.addClassName("cv-example");
            intro.add(exampleText);
        }
        intro.addClassName("cv-intro");
        return intro;
    }
}
