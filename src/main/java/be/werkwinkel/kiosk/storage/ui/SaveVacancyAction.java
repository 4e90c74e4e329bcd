package be.werkwinkel.kiosk.storage.ui;

import be.werkwinkel.kiosk.storage.SignedInVisitor;
import be.werkwinkel.kiosk.base.ui.NoticeDialog;
import be.werkwinkel.kiosk.storage.AccountId;
import be.werkwinkel.kiosk.storage.DocumentContent;
import be.werkwinkel.kiosk.storage.DocumentKind;
import be.werkwinkel.kiosk.storage.PersonalStorage;
import be.werkwinkel.kiosk.storage.RequestId;
import be.werkwinkel.kiosk.storage.StorageProblem;
import be.werkwinkel.kiosk.storage.StorageUnreachable;
import be.werkwinkel.kiosk.vacancy.Vacancy;
import be.werkwinkel.kiosk.vacancy.VacancyAction;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * "Bewaren" on a vacancy's details: saves it to the signed-in visitor's documents; a visitor who
 * is not signed in signs in (or makes an account) first and comes back to the vacancy, saved.
 */
final class SaveVacancyAction implements VacancyAction {

    private final PersonalStorage storage;

    SaveVacancyAction(PersonalStorage storage) {
        this.storage = storage;
    }

    @Override
    public String key() {
        return VacancyAction.SAVE;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public VaadinIcon icon() {
        return VaadinIcon.FOLDER_ADD;
    }

    @Override
    public void perform(Vacancy vacancy) {
        var ui = UI.getCurrent();
        var signedIn = SignedInVisitor.in(ui.getSession());
        if (signedIn.isPresent()) {
            save(ui, storage, signedIn.get().account(), java.util.Objects.requireNonNull(vacancy.id()).toString(), vacancy.title());
        } else {
            new PendingSave(java.util.Objects.requireNonNull(vacancy.id()).toString(), vacancy.title()).keepIn(ui.getSession());
            ui.navigate(SignInView.class);
        }
    }

    /** Saves the vacancy unless the visitor already has it, and says which of the two happened. */
    static void save(UI ui, PersonalStorage storage, AccountId account, String vacancyId, String title) {
        try {
            saveOnce(ui, storage, account, vacancyId, title);
        } catch (StorageUnreachable unreachable) {
            StorageScreens.unreachableNotice(ui);
        }
    }

    private static void saveOnce(UI ui, PersonalStorage storage, AccountId account, String vacancyId, String title) {
        var content = vacancyId.getBytes(StandardCharsets.UTF_8);
        var already = storage.documents(account).stream()
                .filter(document -> document.kind() == DocumentKind.SAVED_VACANCY)
                .anyMatch(document -> Arrays.equals(storage.open(account, document.id()).content().bytes(), content));
        if (already) {
            new NoticeDialog(ui.getTranslation("storage.saveVacancy.already.title"),
                    ui.getTranslation("storage.saveVacancy.already", title)).open();
            return;
        }
        try {
            storage.save(RequestId.random(), account, DocumentKind.SAVED_VACANCY, title,
                    new DocumentContent(content, DocumentKind.VACANCY_MEDIA_TYPE));
            var dialog = new NoticeDialog(ui.getTranslation("storage.saveVacancy.saved.title"),
                    ui.getTranslation("storage.saveVacancy.saved", title));
            dialog.setId("storage-saved");
            dialog.open();
        } catch (StorageProblem problem) {
            new NoticeDialog(ui.getTranslation("storage.problem.title"),
                    ui.getTranslation("storage.problem." + problem.reason().name())).open();
        }
    }
}
