package be.werkwinkel.kiosk.kiosk.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;

/** The content of a screen that reports a problem: a title, one plain sentence, the way home. */
final class ProblemScreen {

    private ProblemScreen() {
    }

    static void fill(Div screen, String titleKey, String explanationKey, Runnable backHome) {
        screen.removeAll();
        screen.addClassName("kiosk-problem");
        var home = new Button(screen.getTranslation("problem.backHome"), VaadinIcon.HOME.create(),
                click -> backHome.run());
        home.setId("problem-home");
        home.addThemeVariants(ButtonVariant.PRIMARY);
        home.addClassName("kiosk-big-button");
        screen.add(new H1(screen.getTranslation(titleKey)), new Paragraph(screen.getTranslation(explanationKey)), home);
    }
}
