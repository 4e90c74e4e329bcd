package be.werkwinkel.kiosk.storage.ui;

import be.werkwinkel.kiosk.storage.SignedInVisitor;
import static be.werkwinkel.kiosk.storage.ui.StorageScreens.bigButton;
import static be.werkwinkel.kiosk.storage.ui.StorageScreens.primary;

import be.werkwinkel.kiosk.base.ui.NoticeDialog;
import be.werkwinkel.kiosk.storage.DocumentKind;
import be.werkwinkel.kiosk.storage.DocumentSummary;
import be.werkwinkel.kiosk.storage.PersonalStorage;
import be.werkwinkel.kiosk.storage.RequestId;
import be.werkwinkel.kiosk.storage.StorageLimits;
import be.werkwinkel.kiosk.storage.StorageProblem;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.jspecify.annotations.Nullable;

/**
 * "Mijn documenten": the signed-in visitor's CVs, letters and saved vacancies with type, name and
 * date; open, rename, duplicate, print and delete each; what is stored about me; sign out.
 */
@Route("documents")
public final class DocumentsView extends Div implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private final PersonalStorage storage;
    private final Clock clock;
    private @Nullable SignedInVisitor visitor;

    public DocumentsView(PersonalStorage storage, Clock clock) {
        this.storage = storage;
        this.clock = clock;
        addClassName("storage-screen");
        addClassName("storage-documents");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("storage.documents.pageTitle");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        visitor = SignedInVisitor.current().orElse(null);
        if (visitor == null) {
            event.forwardTo(SignInView.class);
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        draw();
    }

    private void draw() {
        removeAll();
        if (visitor == null) {
            return;
        }
        var account = visitor.account();
        var title = new H1(getTranslation("storage.documents.title"));
        var who = new Paragraph(getTranslation("storage.documents.signedInAs", visitor.username()));
        who.setId("storage-signed-in-as");
        var top = new Div(
                bigButton(this, "storage.documents.aboutMe", VaadinIcon.USER_CARD, "storage-about-me",
                        () -> UI.getCurrent().navigate(AboutMeView.class)),
                bigButton(this, "storage.documents.signOut", VaadinIcon.SIGN_OUT, "storage-sign-out", this::signOut));
        top.addClassName("storage-buttons");
        add(title, who, top);

        var documents = storage.documents(account);
        if (documents.isEmpty()) {
            var empty = new Paragraph(getTranslation("storage.documents.empty"));
            empty.setId("storage-empty");
            add(empty, bigButton(this, "storage.documents.findVacancies", VaadinIcon.SEARCH, "storage-find-vacancies",
                    () -> UI.getCurrent().navigate("vacancies")));
            return;
        }
        var list = new UnorderedList();
        list.setId("storage-list");
        list.addClassName("storage-list");
        documents.forEach(document -> list.add(row(document)));
        add(list);
    }

    private ListItem row(DocumentSummary document) {
        var kind = new Span(getTranslation("storage.kind." + document.kind().name()));
        kind.addClassName("storage-kind");
        var name = new H2(document.name());
        name.addClassName("storage-name");
        var date = new Span(getTranslation("storage.documents.changedOn", StorageScreens.date(this, document.updatedAt(), clock)));
        date.addClassName("storage-date");
        var about = new Div(kind, name, date);
        about.addClassName("storage-about");

        var actions = new Div(
                primary(bigButton(this, "storage.documents.open", VaadinIcon.FOLDER_OPEN_O, "", () -> open(document, false))),
                bigButton(this, "storage.documents.print", VaadinIcon.PRINT, "", () -> open(document, true)),
                bigButton(this, "storage.documents.rename", VaadinIcon.EDIT, "", () -> rename(document)),
                bigButton(this, "storage.documents.duplicate", VaadinIcon.COPY_O, "", () -> duplicate(document)),
                bigButton(this, "storage.documents.delete", VaadinIcon.TRASH, "", () -> confirmDelete(document)));
        actions.addClassName("storage-actions");
        actions.getChildren().forEach(button -> {
            var action = ((Button) button).getIcon().getElement().getAttribute("icon");
            button.getElement().setAttribute("aria-label", ((Button) button).getText() + ": " + document.name());
            button.addClassName("storage-action-" + (action == null ? "" : action.substring(action.indexOf(':') + 1)));
        });
        var item = new ListItem(about, actions);
        item.addClassName("storage-document");
        item.setId("document-" + document.id());
        return item;
    }

    private void open(DocumentSummary document, boolean print) {
        var ui = UI.getCurrent();
        if (document.kind() == DocumentKind.SAVED_VACANCY) {
            try {
                var vacancyId = new String(storage.open(visitor.account(), document.id()).content().bytes(), StandardCharsets.UTF_8);
                ui.navigate("vacancies/" + vacancyId);
            } catch (StorageProblem problem) {
                StorageScreens.explain(this, problem);
                draw();
                return;
            }
        } else {
            ui.navigate(DocumentView.class, new com.vaadin.flow.router.RouteParameters(DocumentView.ID, document.id().toString()));
        }
        if (print) {
            ui.getPage().executeJs("setTimeout(() => window.print(), 300)"); // once the document is drawn
        }
    }

    private void rename(DocumentSummary document) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("storage.rename.title"));
        var field = new TextField(getTranslation("storage.rename.label"));
        field.setId("storage-rename-field");
        field.setValue(document.name());
        field.setMaxLength(StorageLimits.NAME_LENGTH);
        field.setWidthFull();
        dialog.add(field);
        var cancel = bigButton(this, "storage.cancel", VaadinIcon.CLOSE, "storage-rename-cancel", dialog::close);
        var save = primary(bigButton(this, "storage.rename.save", VaadinIcon.CHECK, "storage-rename-save", () -> {
            try {
                storage.rename(RequestId.random(), visitor.account(), document.id(), field.getValue());
                dialog.close();
                draw();
            } catch (StorageProblem problem) {
                field.setInvalid(true);
                field.setErrorMessage(getTranslation("storage.problem." + problem.reason().name()));
            }
        }));
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }

    private void duplicate(DocumentSummary document) {
        var name = getTranslation("storage.duplicate.name", document.name());
        if (name.length() > StorageLimits.NAME_LENGTH) {
            name = name.substring(0, StorageLimits.NAME_LENGTH);
        }
        try {
            storage.duplicate(RequestId.random(), visitor.account(), document.id(), name);
            draw();
        } catch (StorageProblem problem) {
            StorageScreens.explain(this, problem);
        }
    }

    private void confirmDelete(DocumentSummary document) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("storage.delete.title"));
        dialog.add(new Paragraph(getTranslation("storage.delete.question", document.name())));
        var no = bigButton(this, "storage.delete.no", VaadinIcon.CLOSE, "storage-delete-no", dialog::close);
        var yes = bigButton(this, "storage.delete.yes", VaadinIcon.TRASH, "storage-delete-yes", () -> {
            try {
                storage.delete(RequestId.random(), visitor.account(), document.id());
            } catch (StorageProblem gone) {
                // already deleted (another window): the list below shows it is gone
            }
            dialog.close();
            draw();
        });
        yes.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.PRIMARY);
        dialog.getFooter().add(no, yes);
        dialog.open();
    }

    private void signOut() {
        var ui = UI.getCurrent();
        SignedInVisitor.signOut(ui.getSession());
        PendingSave.forget(ui.getSession());
        visitor = null;
        removeAll();
        ui.navigate("home");
        new NoticeDialog(getTranslation("storage.signedOut.title"), getTranslation("storage.signedOut")).open();
    }
}
