package be.werkwinkel.kiosk.storage.ui;

import static be.werkwinkel.kiosk.storage.ui.StorageScreens.bigButton;
import static be.werkwinkel.kiosk.storage.ui.StorageScreens.primary;

import be.werkwinkel.kiosk.base.ui.NoticeDialog;
import be.werkwinkel.kiosk.storage.DocumentFormat;
import be.werkwinkel.kiosk.storage.DocumentId;
import be.werkwinkel.kiosk.storage.DocumentKind;
import be.werkwinkel.kiosk.storage.DocumentMail;
import be.werkwinkel.kiosk.storage.DocumentSummary;
import be.werkwinkel.kiosk.storage.PersonalStorage;
import be.werkwinkel.kiosk.storage.RequestId;
import be.werkwinkel.kiosk.storage.SentMail;
import be.werkwinkel.kiosk.storage.SignedInVisitor;
import be.werkwinkel.kiosk.storage.StorageLimits;
import be.werkwinkel.kiosk.storage.StorageProblem;
import be.werkwinkel.kiosk.storage.StorageUnreachable;
import be.werkwinkel.kiosk.storage.StorageProblem.Reason;
import be.werkwinkel.kiosk.storage.StoredDocument;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * "Send by e-mail" for one document, one question per screen: to whom (myself, or for a letter
 * with an employer's address, the employer); my address (the account's, or typed on the
 * on-screen keyboard), or which CV goes with the letter. The message waits in the mail outbox
 * until the mail server takes it; Mijn documenten shows what became of it. One request id per
 * visit of this screen: a second tap on "Send" sends nothing more.
 */
@Route("documents/:" + SendDocumentView.ID + "/send")
@AnonymousAllowed
public final class SendDocumentView extends Div implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    static final String ID = "id";
    private static final Logger log = LoggerFactory.getLogger(SendDocumentView.class);

    /** The screens of this flow. */
    enum Step { CHOICE, MYSELF, EMPLOYER }

    private final PersonalStorage storage;
    private final DocumentMail mail;
    private final ObjectProvider<DocumentFormat> formats;
    private final RequestId request = RequestId.random();
    private @Nullable SignedInVisitor visitor;
    private @Nullable StoredDocument document;
    private DocumentFormat.@Nullable Application application;
    private List<DocumentSummary> cvs = List.of();
    private @Nullable DocumentId chosenCv;
    private Step step = Step.MYSELF;
    /** Storage could not be reached to open the document (a terminal whose hub is away). */
    private boolean unreachable;
    private String address = "";
    /** The bundle key of what is wrong with the typed address: translated at each drawing, so a language switch shows it anew. */
    private String problemKey = "";

    public SendDocumentView(PersonalStorage storage, DocumentMail mail, ObjectProvider<DocumentFormat> formats) {
        this.storage = storage;
        this.mail = mail;
        this.formats = formats;
        addClassName("storage-screen");
        addClassName("storage-send");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("storage.send.pageTitle");
    }

    Step step() {
        return step;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        visitor = SignedInVisitor.current().orElse(null);
        if (visitor == null) {
            event.forwardTo(SignInView.class);
            return;
        }
        var id = event.getRouteParameters().get(ID).flatMap(DocumentId::parse);
        unreachable = false;
        try {
            document = id.isEmpty() ? null : storage.open(visitor.account(), id.get());
            var overview = storage.overview(visitor.account());
            address = overview.email() == null ? "" : overview.email();
            cvs = overview.documents().stream()
                    .filter(one -> one.kind() == DocumentKind.CV && mail.canSend(one)).toList();
        } catch (StorageProblem notThere) {
            document = null;
        } catch (StorageUnreachable away) {
            document = null;
            unreachable = true;
        }
        if (document != null && !mail.canSend(document.summary())) {
            event.forwardTo(DocumentsView.class);
            return;
        }
        application = document == null ? null : application(document).orElse(null);
        step = application != null ? Step.CHOICE : Step.MYSELF;
    }

    /** Where a letter goes when it is sent to the employer; empty for every other document. */
    private Optional<DocumentFormat.Application> application(StoredDocument stored) {
        if (stored.summary().kind() != DocumentKind.LETTER) {
            return Optional.empty();
        }
        try {
            return StorageScreens.format(formats, stored.summary().mediaType())
                    .flatMap(format -> format.application(stored, UI.getCurrent().getLocale()));
        } catch (RuntimeException unreadable) {
            log.warn("A letter's application could not be read: {}", unreadable.toString());
            return Optional.empty();
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        draw();
    }

    private void go(Step next) {
        step = next;
        problemKey = "";
        draw();
    }

    private void draw() {
        removeAll();
        if (visitor == null) {
            return;
        }
        if (unreachable) {
            add(StorageScreens.unreachable(this));
            return;
        }
        if (document == null) {
            add(backToDocuments(), new H1(getTranslation("storage.document.notFound")));
            return;
        }
        switch (step) {
            case CHOICE -> choice();
            case MYSELF -> myself();
            case EMPLOYER -> employer();
        }
    }

    private Button backToDocuments() {
        return bigButton(this, "storage.aboutMe.back", VaadinIcon.ARROW_LEFT, "storage-back",
                () -> UI.getCurrent().navigate(DocumentsView.class));
    }

    private void choice() {
        var title = new H1(getTranslation("storage.send.choice.question", name()));
        title.setId("storage-question");
        var myself = primary(bigButton(this, "storage.send.choice.myself", VaadinIcon.USER, "storage-send-myself",
                () -> go(Step.MYSELF)));
        var employer = bigButton(this, "storage.send.choice.employer", VaadinIcon.BUILDING_O, "storage-send-employer",
                () -> go(Step.EMPLOYER));
        myself.addClassName("storage-choice");
        employer.addClassName("storage-choice");
        var choices = new Div(myself, employer);
        choices.addClassName("storage-choices");
        var buttons = new Div(backToDocuments());
        buttons.addClassName("storage-buttons");
        add(title, new Paragraph(getTranslation("storage.send.choice.employerIs", application.recipient())), choices,
                buttons);
    }

    private void myself() {
        var title = new H1(getTranslation("storage.send.myself.question"));
        title.setId("storage-question");
        var what = new Paragraph(getTranslation(document.summary().kind() == DocumentKind.SAVED_VACANCY
                ? "storage.send.myself.vacancy" : "storage.send.myself.pdf", name()));
        var field = new TextField(getTranslation("storage.send.myself.hint"));
        field.setId("storage-send-address");
        field.addClassName("storage-field");
        field.setAutocomplete(Autocomplete.OFF);
        field.setMaxLength(254);
        field.setValue(address);
        field.getElement().executeJs("this.inputElement.type = 'email'; this.inputElement.autocapitalize = 'none';");
        field.addValueChangeListener(change -> address = change.getValue());
        if (!problemKey.isEmpty()) {
            field.setInvalid(true);
            field.setErrorMessage(getTranslation(problemKey));
        }
        field.addKeyDownListener(Key.ENTER, enter -> sendToMyself(field.getValue()));
        var buttons = new Div(application != null
                ? bigButton(this, "storage.back", VaadinIcon.ARROW_LEFT, "storage-back", () -> go(Step.CHOICE))
                : backToDocuments(),
                sendButton(() -> sendToMyself(field.getValue())));
        buttons.addClassName("storage-buttons");
        add(title, what, field, buttons);
        if (address.isEmpty()) {
            field.focus();
        }
    }

    private void employer() {
        var title = new H1(getTranslation("storage.send.employer.question"));
        title.setId("storage-question");
        var to = new Paragraph(getTranslation("storage.send.employer.to", application.recipient()));
        to.setId("storage-send-employer-address");
        var subject = new Paragraph(getTranslation("storage.send.employer.subject", application.subject()));
        var about = new Div(to, subject, new Paragraph(getTranslation("storage.send.employer.explanation")),
                new Paragraph(getTranslation(address.isEmpty() ? "storage.send.employer.noReplyTo"
                        : "storage.send.employer.replyTo", address)));
        about.addClassName("storage-section");
        add(title, about);
        if (!cvs.isEmpty()) {
            var choices = new Div(cvChoice(null, getTranslation("storage.send.employer.noCv")));
            cvs.forEach(cv -> choices.add(cvChoice(cv.id(), cv.name())));
            choices.addClassName("storage-cv-choices");
            choices.getElement().setAttribute("role", "group");
            var question = new H2(getTranslation("storage.send.employer.cvQuestion"));
            question.setId("storage-cv-question");
            choices.getElement().setAttribute("aria-labelledby", "storage-cv-question");
            add(question, choices);
        }
        var buttons = new Div(bigButton(this, "storage.back", VaadinIcon.ARROW_LEFT, "storage-back", () -> go(Step.CHOICE)),
                sendButton(this::sendToEmployer));
        buttons.addClassName("storage-buttons");
        add(buttons);
    }

    /** One of "no CV" and the visitor's CVs, by name; the chosen one is marked (and said to be, for screen readers). */
    private Button cvChoice(@Nullable DocumentId cv, String label) {
        var chosen = java.util.Objects.equals(cv, chosenCv);
        var button = new Button(label, (chosen ? VaadinIcon.CHECK_SQUARE_O : VaadinIcon.THIN_SQUARE).create(), click -> {
            chosenCv = cv;
            draw();
        });
        button.addClassName("kiosk-big-button");
        button.addClassName("storage-cv-choice");
        button.setId(cv == null ? "storage-cv-none" : "storage-cv-" + cv);
        button.getElement().setAttribute("aria-pressed", String.valueOf(chosen));
        if (chosen) {
            button.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.PRIMARY);
        }
        return button;
    }

    private Button sendButton(Runnable send) {
        var button = primary(bigButton(this, "storage.send.send", VaadinIcon.ENVELOPE_O, "storage-send", send));
        button.setDisableOnClick(true);
        return button;
    }

    private void sendToMyself(String typed) {
        var recipient = typed.strip();
        address = recipient;
        if (!StorageLimits.validEmail(recipient)) {
            problemKey = "storage.problem.EMAIL_INVALID";
            draw();
            return;
        }
        send(() -> mail.sendToMyself(request, visitor.account(), document.summary().id(), recipient,
                UI.getCurrent().getLocale()));
    }

    private void sendToEmployer() {
        send(() -> mail.sendToEmployer(request, visitor.account(), document.summary().id(), chosenCv,
                UI.getCurrent().getLocale()));
    }

    private void send(Supplier<SentMail> sending) {
        SentMail sent;
        try {
            sent = sending.get();
        } catch (StorageProblem problem) {
            if (problem.reason() == Reason.EMAIL_INVALID && step == Step.MYSELF) {
                problemKey = "storage.problem.EMAIL_INVALID";
            } else {
                StorageScreens.explain(this, problem);
            }
            draw();
            return;
        } catch (StorageUnreachable away) {
            StorageScreens.unreachableNotice(this);
            draw(); // the same step again, with what was typed, and the send button enabled
            return;
        }
        var ui = UI.getCurrent();
        ui.navigate(DocumentsView.class);
        var done = new NoticeDialog(getTranslation("storage.send.done.title"),
                getTranslation("storage.send.done", sent.recipient()));
        done.setId("storage-mail-queued");
        done.open();
    }

    private String name() {
        return document == null ? "" : document.summary().name();
    }
}
