package be.werkwinkel.kiosk.storage.ui;

import static be.werkwinkel.kiosk.storage.ui.StorageScreens.bigButton;
import static be.werkwinkel.kiosk.storage.ui.StorageScreens.primary;

import be.werkwinkel.kiosk.base.ui.NoticeDialog;
import be.werkwinkel.kiosk.base.ui.PdfPrint;
import be.werkwinkel.kiosk.kiosk.Configured;
import be.werkwinkel.kiosk.kiosk.PdfPrinted;
import be.werkwinkel.kiosk.storage.DocumentFormat;
import be.werkwinkel.kiosk.storage.DocumentKind;
import be.werkwinkel.kiosk.storage.DocumentMail;
import be.werkwinkel.kiosk.storage.DocumentSummary;
import be.werkwinkel.kiosk.storage.PersonalStorage;
import be.werkwinkel.kiosk.storage.RequestId;
import be.werkwinkel.kiosk.storage.SentMail;
import be.werkwinkel.kiosk.storage.SignedInVisitor;
import be.werkwinkel.kiosk.storage.StorageLimits;
import be.werkwinkel.kiosk.storage.SaveForLater;
import be.werkwinkel.kiosk.storage.StorageProblem;
import be.werkwinkel.kiosk.storage.StorageSettings;
import be.werkwinkel.kiosk.storage.StorageUnreachable;
import be.werkwinkel.kiosk.kiosk.VisitorSessions;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
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
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.shared.Registration;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * "Mijn documenten": the signed-in visitor's CVs, letters and saved vacancies with type, name and
 * date; open, print, send by e-mail, rename, duplicate and delete each; the e-mails sent from here
 * with what became of them; what is stored about me; sign out. A CV or letter opens in the screen
 * of the feature that made it and prints as its PDF ({@link DocumentFormat}); documents no format
 * reads are shown and printed as they are.
 */
@Route("documents")
@AnonymousAllowed
public final class DocumentsView extends Div implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(DocumentsView.class);
    /** While an e-mail waits, its state is looked at again this often. */
    static final int MAIL_POLL_MILLIS = 15_000;

    private final PersonalStorage storage;
    private final DocumentMail mail;
    private final ObjectProvider<DocumentFormat> formats;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final VisitorSessions sessions;
    private final StorageSettings settings;
    private final Section mails = new Section();
    /** Where documents can be saved for later (a terminal), a visitor can claim one with their receipt's code. */
    private final boolean claims;
    private @Nullable SignedInVisitor visitor;
    private boolean mailWaiting;
    private @Nullable Registration polling;

    public DocumentsView(PersonalStorage storage, DocumentMail mail, ObjectProvider<DocumentFormat> formats, Clock clock,
            ApplicationEventPublisher events, ObjectProvider<SaveForLater> saveForLater, VisitorSessions sessions,
            StorageSettings settings) {
        this.storage = storage;
        this.sessions = sessions;
        this.settings = settings;
        this.claims = saveForLater.getIfAvailable() != null;
        this.mail = mail;
        this.formats = formats;
        this.clock = clock;
        this.events = events;
        addClassName("storage-screen");
        addClassName("storage-documents");
        mails.setId("storage-sent-mails");
        mails.addClassName("storage-section");
    }

    @Override
    protected void onAttach(AttachEvent event) {
        polling = event.getUI().addPollListener(poll -> {
            if (visitor != null) {
                drawMails();
            }
        });
        event.getUI().setPollInterval(mailWaiting ? MAIL_POLL_MILLIS : -1);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        event.getUI().setPollInterval(-1);
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
        if (claims) {
            top.add(bigButton(this, "storage.claim.open", VaadinIcon.TICKET, "storage-claim", this::claim));
        }
        List<DocumentSummary> documents;
        try {
            documents = storage.documents(account);
        } catch (StorageUnreachable unreachable) {
            add(StorageScreens.unreachable(this, this::draw));
            return;
        }
        add(title, who, top);

        if (documents.isEmpty()) {
            var empty = new Paragraph(getTranslation("storage.documents.empty"));
            empty.setId("storage-empty");
            add(empty, bigButton(this, "storage.documents.findVacancies", VaadinIcon.SEARCH, "storage-find-vacancies",
                    () -> UI.getCurrent().navigate("vacancies")));
        } else {
            var list = new UnorderedList();
            list.setId("storage-list");
            list.addClassName("storage-list");
            documents.forEach(document -> list.add(row(document)));
            add(list);
        }
        add(mails);
        drawMails();
    }

    /** The e-mails sent from here and their state; looked at again every few seconds while one waits. */
    private void drawMails() {
        mails.removeAll();
        List<SentMail> sent;
        try {
            sent = visitor == null ? List.of() : mail.sent(visitor.account());
        } catch (StorageUnreachable unreachable) {
            sent = List.of(); // the documents above say it; the list comes back with the hub
        }
        mails.setVisible(!sent.isEmpty());
        if (!sent.isEmpty()) {
            mails.add(new H2(getTranslation("storage.mail.title")), SentMailList.of(this, sent, clock));
        }
        mailWaiting = sent.stream().anyMatch(one -> one.state().waiting());
        getUI().ifPresent(ui -> ui.setPollInterval(mailWaiting ? MAIL_POLL_MILLIS : -1));
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
                Configured.onlyWhilePrinting(
                        bigButton(this, "storage.documents.print", VaadinIcon.PRINT, "", () -> open(document, true))));
        if (mail.canSend(document)) {
            actions.add(bigButton(this, "storage.documents.send", VaadinIcon.ENVELOPE_O, "", () -> UI.getCurrent()
                    .navigate(SendDocumentView.class, new RouteParameters(SendDocumentView.ID, document.id().toString()))));
        }
        actions.add(
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
        var format = StorageScreens.format(formats, document.mediaType());
        if (format.isPresent()) {
            if (print) {
                printPdf(document, format.get());
            } else {
                ui.navigate(format.get().location(document.id()));
            }
            return;
        }
        if (document.kind() == DocumentKind.SAVED_VACANCY) {
            try {
                var vacancyId = new String(storage.open(visitor.account(), document.id()).content().bytes(), StandardCharsets.UTF_8);
                ui.navigate("vacancies/" + vacancyId);
            } catch (StorageProblem problem) {
                StorageScreens.explain(this, problem);
                draw();
                return;
            } catch (StorageUnreachable unreachable) {
                StorageScreens.unreachableNotice(this);
                return;
            }
        } else {
            ui.navigate(DocumentView.class, new RouteParameters(DocumentView.ID, document.id().toString()));
        }
        if (print) {
            ui.getPage().executeJs("setTimeout(() => window.print(), 300)"); // once the document is drawn
        }
    }

    /** A CV or letter prints as its PDF, from memory, through the kiosk browser (nothing on disk). */
    private void printPdf(DocumentSummary document, DocumentFormat format) {
        DocumentFormat.Pdf pdf;
        try {
            pdf = format.pdf(storage.open(visitor.account(), document.id()), UI.getCurrent().getLocale());
        } catch (StorageProblem problem) {
            StorageScreens.explain(this, problem);
            draw();
            return;
        } catch (StorageUnreachable unreachable) {
            StorageScreens.unreachableNotice(this);
            return;
        } catch (RuntimeException cannotRender) {
            log.warn("A {} could not be rendered for printing: {}", document.kind(), cannotRender.toString());
            StorageScreens.explain(this, new StorageProblem(StorageProblem.Reason.NO_PDF));
            return;
        }
        PdfPrint.print(this, pdf.fileName(), pdf.content());
        events.publishEvent(new PdfPrinted(clock.instant())); // counted by the usage statistics
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
            } catch (StorageUnreachable unreachable) {
                dialog.close();
                StorageScreens.unreachableNotice(this);
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
        } catch (StorageUnreachable unreachable) {
            StorageScreens.unreachableNotice(this);
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
            } catch (StorageUnreachable unreachable) {
                dialog.close();
                StorageScreens.unreachableNotice(this);
                return; // the list stays as it is: nothing was deleted
            }
            dialog.close();
            draw();
        });
        yes.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.PRIMARY);
        dialog.getFooter().add(no, yes);
        dialog.open();
    }

    /** "I have a receipt to claim": the code typed, the document filed into this visitor's storage once. */
    private void claim() {
        var dialog = new Dialog();
        dialog.setId("storage-claim-dialog");
        dialog.setHeaderTitle(getTranslation("storage.claim.title"));
        var field = new TextField(getTranslation("storage.claim.label"));
        field.setId("storage-claim-code");
        field.setMaxLength(20);
        field.setWidthFull();
        dialog.add(new Paragraph(getTranslation("storage.claim.explanation")), field);
        var request = RequestId.random(); // one claim, however often the button is tapped
        var cancel = bigButton(this, "storage.cancel", VaadinIcon.CLOSE, "storage-claim-cancel", dialog::close);
        var ok = primary(bigButton(this, "storage.claim.ok", VaadinIcon.CHECK, "storage-claim-ok", () -> {
            try {
                storage.claim(request, visitor.account(), field.getValue(), sessions.sessionId(UI.getCurrent().getSession()));
                dialog.close();
                draw();
                var notice = new NoticeDialog(getTranslation("storage.claim.doneTitle"), getTranslation("storage.claim.done"));
                notice.setId("storage-claimed");
                notice.open();
            } catch (StorageProblem problem) {
                field.setInvalid(true);
                // the pause is the hub's; a terminal carries the same kiosk.storage.pause (decision 043)
                field.setErrorMessage(getTranslation("storage.problem." + problem.reason().name(),
                        Math.max(1, settings.pause().toMinutes())));
            } catch (StorageUnreachable unreachable) {
                field.setInvalid(true);
                field.setErrorMessage(getTranslation("storage.unreachable.explanation"));
            }
        }));
        dialog.getFooter().add(cancel, ok);
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
