package be.werkwinkel.kiosk.cv.ui;

import be.werkwinkel.kiosk.base.ui.BigButton;
import be.werkwinkel.kiosk.storage.SignedInVisitor;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * "Mijn cv en documenten", the home tile's screen: make a CV, write a letter, or open what is
 * kept in the visitor's storage. Making and printing needs no account; keeping does.
 */
@Route("cv-letters")
@AnonymousAllowed
public final class CvLettersView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    public CvLettersView() {
        addClassNames("cv-screen", "cv-start");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cv.start.pageTitle");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        var session = UI.getCurrent().getSession();
        var draft = Draft.in(session, be.werkwinkel.kiosk.cv.Cv.class).filter(Draft::started);
        var letter = Draft.in(session, be.werkwinkel.kiosk.cv.Letter.class).filter(Draft::started);
        add(new H1(getTranslation("cv.start.title")), new Paragraph(getTranslation("cv.start.noAccountNeeded")));
        var choices = new Div();
        choices.addClassName("cv-start-choices");
        if (draft.isPresent()) {
            choices.add(choice("cv.start.continueCv", VaadinIcon.FILE_TEXT_O, "cv-start-continue",
                    () -> UI.getCurrent().navigate(CvWizardView.LOCATION)));
        }
        choices.add(choice("cv.start.newCv", VaadinIcon.FILE_ADD, "cv-start-new", () -> {
            if (draft.isPresent()) {
                confirmNew("cv.start.replaceCv", () -> {
                    Draft.forget(session, be.werkwinkel.kiosk.cv.Cv.class);
                    UI.getCurrent().navigate(CvWizardView.LOCATION);
                });
            } else {
                UI.getCurrent().navigate(CvWizardView.LOCATION);
            }
        }));
        if (letter.isPresent()) {
            choices.add(choice("cv.start.continueLetter", VaadinIcon.ENVELOPE_OPEN_O, "cv-start-continue-letter",
                    () -> UI.getCurrent().navigate(LetterWizardView.LOCATION)));
        }
        choices.add(choice("cv.start.newLetter", VaadinIcon.ENVELOPE_O, "cv-start-letter", () -> {
            if (letter.isPresent()) {
                confirmNew("cv.start.replaceLetter", () -> {
                    Draft.forget(session, be.werkwinkel.kiosk.cv.Letter.class);
                    UI.getCurrent().navigate(LetterWizardView.LOCATION);
                });
            } else {
                UI.getCurrent().navigate(LetterWizardView.LOCATION);
            }
        }));
        choices.add(choice("cv.start.documents", VaadinIcon.FOLDER_OPEN_O, "cv-start-documents",
                () -> UI.getCurrent().navigate(SignedInVisitor.DOCUMENTS_LOCATION)));
        add(choices);
    }

    private Button choice(String key, VaadinIcon icon, String id, Runnable action) {
        var text = new Div(new Span(getTranslation(key)), new Paragraph(getTranslation(key + ".description")));
        var button = WizardParts.richButton(text, click -> action.run());
        button.setIcon(icon.create());
        button.setId(id);
        button.addClassName("cv-start-choice");
        return button;
    }

    private void confirmNew(String key, Runnable start) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(key + ".title"));
        dialog.add(new Paragraph(getTranslation(key)));
        var no = BigButton.of(this, "cv.start.keep", VaadinIcon.ARROW_LEFT, "cv-start-keep", dialog::close);
        var yes = BigButton.of(this, "cv.start.startOver", VaadinIcon.TRASH, "cv-start-over", () -> {
            dialog.close();
            start.run();
        });
        yes.addThemeVariants(ButtonVariant.ERROR);
        dialog.getFooter().add(no, yes);
        dialog.open();
    }
}
