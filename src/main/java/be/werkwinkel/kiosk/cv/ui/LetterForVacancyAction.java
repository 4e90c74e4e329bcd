package be.werkwinkel.kiosk.cv.ui;

import be.werkwinkel.kiosk.base.ui.NoticeDialog;
import be.werkwinkel.kiosk.cv.CvCheck;
import be.werkwinkel.kiosk.cv.Letter;
import be.werkwinkel.kiosk.vacancy.Vacancy;
import be.werkwinkel.kiosk.vacancy.VacancyAction;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

/**
 * "Write a letter" on a vacancy's details: starts a letter with the vacancy's job title, employer
 * and application address filled in. A letter being written and not kept is never thrown away
 * for it: the visitor is sent to that one first.
 */
final class LetterForVacancyAction implements VacancyAction {

    static final String KEY = "vacancy.details.letter";

    private final Clock clock;

    LetterForVacancyAction(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public VaadinIcon icon() {
        return VaadinIcon.ENVELOPE_O;
    }

    @Override
    public void perform(Vacancy vacancy) {
        var ui = UI.getCurrent();
        var session = ui.getSession();
        var current = Draft.in(session, Letter.class);
        if (current.isPresent() && current.get().started() && current.get().unsaved()) {
            ui.navigate(LetterWizardView.LOCATION);
            new NoticeDialog(ui.getTranslation("cv.letter.otherUnsaved.title"), ui.getTranslation("cv.letter.otherUnsaved")).open();
            return;
        }
        var letter = LetterWizardView.newLetter(ui.getLocale(), LocalDate.now(clock)).withRecipient(recipientOf(vacancy))
                .withJob(cut(vacancy.title()), String.valueOf(vacancy.id()));
        var draft = Draft.start(session, Letter.class, letter, null, null);
        draft.goTo(LetterStep.EMPLOYER.ordinal());
        ui.navigate(LetterWizardView.LOCATION);
    }

    /** The employer and application address a vacancy gives, as a letter's recipient. */
    static Letter.Recipient recipientOf(Vacancy vacancy) {
        var contact = vacancy.applicationContact();
        var location = vacancy.location();
        return new Letter.Recipient(cut(vacancy.employer()),
                contact == null || contact.name() == null ? "" : cut(contact.name()),
                cut(Objects.requireNonNullElse(location.streetAddress(), "")),
                Objects.requireNonNullElse(location.postcode(), ""),
                Objects.requireNonNullElse(location.locality(), ""),
                contact == null || contact.email() == null ? "" : contact.email());
    }

    /** Vacancy texts can be longer than a letter line takes. */
    static String cut(String text) {
        return text.length() > CvCheck.LINE ? text.substring(0, CvCheck.LINE).strip() : text;
    }
}
