package be.werkwinkel.kiosk.cv.ui;

import be.werkwinkel.kiosk.base.ui.BigButton;
import be.werkwinkel.kiosk.base.ui.NoticeDialog;
import be.werkwinkel.kiosk.base.ui.PdfPrint;
import be.werkwinkel.kiosk.cv.CvPreview;
import be.werkwinkel.kiosk.cv.DocumentMade;
import be.werkwinkel.kiosk.cv.FieldProblem;
import be.werkwinkel.kiosk.kiosk.Configured;
import be.werkwinkel.kiosk.kiosk.PdfPrinted;
import be.werkwinkel.kiosk.storage.ClaimReceipt;
import be.werkwinkel.kiosk.storage.DocumentContent;
import be.werkwinkel.kiosk.storage.DocumentId;
import be.werkwinkel.kiosk.storage.DocumentKind;
import be.werkwinkel.kiosk.storage.PersonalStorage;
import be.werkwinkel.kiosk.storage.PinRules;
import be.werkwinkel.kiosk.storage.SaveForLater;
import be.werkwinkel.kiosk.storage.RequestId;
import be.werkwinkel.kiosk.storage.SignedInVisitor;
import be.werkwinkel.kiosk.storage.StorageLimits;
import be.werkwinkel.kiosk.storage.StorageProblem;
import be.werkwinkel.kiosk.storage.StorageUnreachable;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;

/**
 * What the CV and letter wizards share: one topic per screen with an explanation and an example,
 * big Back and Next, where the visitor is in the whole, the document as it will print one tap
 * away, print, and save. No account is needed to make and print; saving asks the visitor to sign
 * in and comes back to save. Leaving with unsaved changes asks whether to save them; the draft
 * stays in the session until Stop either way.
 *
 * <p>The address {@code <location>/<document id>} opens a saved one (from "Mijn documenten");
 * the wizard itself always shows at {@code <location>}.
 *
 * @param <T> {@code Cv} or {@code Letter}
 */
abstract class WizardView<T> extends Div implements BeforeEnterObserver, BeforeLeaveObserver, LocaleChangeObserver,
        HasDynamicTitle {

    static final String ID = "id";

    private final Class<T> type;
    private final String location;
    private final String keys;
    private final ObjectProvider<PersonalStorage> storage;
    private final ObjectProvider<SaveForLater> later;
    private final CvPreview preview;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private @Nullable Draft<T> draft;
    private @Nullable StepForm<T> form;
    private boolean leavingOnPurpose;

    /**
     * @param location the wizard's route
     * @param keys the prefix of its own texts: {@code cv.wizard} or {@code cv.letterWizard}
     */
    WizardView(Class<T> type, String location, String keys, ObjectProvider<PersonalStorage> storage,
            ObjectProvider<SaveForLater> later, CvPreview preview, ApplicationEventPublisher events, Clock clock) {
        this.later = later;
        this.type = type;
        this.location = location;
        this.keys = keys;
        this.storage = storage;
        this.preview = preview;
        this.events = events;
        this.clock = clock;
        addClassName("cv-screen");
    }

    /** The steps, in order. */
    abstract List<? extends WizardStep> steps();

    /** A new, empty one, in the screen's language. */
    abstract T blank(Locale screen);

    /** The form of a step, drawn from the draft. */
    abstract StepForm<T> form(WizardStep step, T value);

    abstract List<FieldProblem> problems(T value);

    /** Only for a value without problems. */
    abstract byte[] pdf(T value);

    abstract String fileName(T value);

    abstract DocumentKind kind();

    abstract DocumentContent content(T value);

    abstract T read(DocumentContent content);

    /** The name it is saved under unless the visitor types another. */
    abstract String defaultName(T value);

    @Override
    public String getPageTitle() {
        return getTranslation(keys + ".pageTitle");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        leavingOnPurpose = false;
        var session = event.getUI().getSession();
        var id = event.getRouteParameters().get(ID);
        if (id.isEmpty()) {
            draft = Draft.in(session, type).orElseGet(() -> Draft.start(session, type, blank(event.getUI().getLocale()),
                    null, null));
            if (draft.saveAfterSignIn() && SignedInVisitor.in(session).isPresent()) {
                draft.saveAfterSignIn(false);
                event.getUI().access(this::save); // once the screen is drawn
            }
            return;
        }
        var visitor = SignedInVisitor.in(session);
        var document = id.flatMap(DocumentId::parse);
        if (visitor.isEmpty() || document.isEmpty() || storage.getIfAvailable() == null) {
            SignedInVisitor.returnAfterSignIn(session, location + "/" + id.get());
            event.forwardTo(SignedInVisitor.SIGN_IN_LOCATION);
            return;
        }
        var current = Draft.in(session, type);
        if (current.isEmpty() || !current.get().savedAs().equals(document)) {
            try {
                var stored = storage.getObject().open(visitor.get().account(), document.get());
                Draft.start(session, type, read(stored.content()), document.get(), stored.summary().name());
            } catch (StorageProblem | IllegalArgumentException | StorageUnreachable notThereOrAway) {
                // Mijn documenten says what is wrong (a terminal whose hub is away says that plainly)
                event.forwardTo(SignedInVisitor.DOCUMENTS_LOCATION);
                return;
            }
        }
        event.forwardTo(location); // one address for the draft, whichever document it came from
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        if (form != null && draft != null) {
            draft.change(form.collect(draft.value()));
        }
        draw();
    }

    private WizardStep step() {
        return steps().get(draft == null ? 0 : draft.step());
    }

    private void draw() {
        removeAll();
        if (draft == null) {
            return;
        }
        var number = draft.step();
        var steps = steps();
        var step = steps.get(number);
        form = form(step, draft.value());

        var title = new H1(getTranslation(keys + ".title"));
        var preview = BigButton.of(this, "cv.wizard.preview", VaadinIcon.EYE, "cv-preview", this::preview);
        var save = BigButton.of(this, "cv.wizard.save", VaadinIcon.DOWNLOAD_ALT, "cv-save", this::save);
        var top = new Div(title, preview, save);
        top.addClassName("cv-top");

        var progress = WizardParts.progress(this, number + 1, steps.size(), getTranslation(step.key() + ".title"));
        var intro = WizardParts.intro(this, step.key());

        var nav = new Div();
        nav.addClassName("cv-nav");
        if (number > 0) {
            nav.add(BigButton.of(this, "cv.wizard.back", VaadinIcon.ARROW_LEFT, "cv-back", () -> move(number - 1, false)));
        }
        if (number == steps.size() - 1) {
            nav.add(BigButton.of(this, "cv.wizard.preview", VaadinIcon.EYE, "cv-finish-preview", this::preview),
                    Configured.onlyWhilePrinting(BigButton.of(this, "cv.wizard.print", VaadinIcon.PRINT, "cv-print", this::print)),
                    BigButton.primary(this, "cv.wizard.save", VaadinIcon.DOWNLOAD_ALT, "cv-finish-save", this::save));
        } else {
            var next = BigButton.primary(this, "cv.wizard.next", VaadinIcon.ARROW_RIGHT, "cv-next", () -> move(number + 1, true));
            next.setIconAfterText(true);
            nav.add(next);
        }
        add(top, progress, intro, form, nav);
    }

    /** Keeps what the step holds; goes forward only when the step has no problems. */
    private void move(int to, boolean checked) {
        if (draft == null || form == null) {
            return;
        }
        var collected = form.collect(draft.value());
        if (checked) {
            var problems = problems(collected, step());
            var complete = form.complete();
            if (!problems.isEmpty() || !complete) {
                form.show(problems);
                showFirstProblem();
                return;
            }
        }
        draft.change(collected);
        draft.goTo(to);
        draw();
        getElement().executeJs("window.scrollTo(0, 0)");
    }

    /** Brings the first field marked wrong, or the list of problems, into sight. */
    private void showFirstProblem() {
        getElement().executeJs("requestAnimationFrame(() => { const first = this.querySelector('[invalid], .cv-problems:not([hidden])');"
                + " if (first) { first.scrollIntoView({block: 'center'}); } })");
    }

    private List<FieldProblem> problems(T value, WizardStep step) {
        return problems(value).stream().filter(problem -> step.owns(problem.field())).toList();
    }

    /**
     * The draft when it has no problems; otherwise goes to the first step with one, shows them,
     * and gives nothing.
     */
    private @Nullable T ready() {
        if (draft == null || form == null) {
            return null;
        }
        if (!form.complete()) {
            form.show(List.of());
            return null;
        }
        draft.change(form.collect(draft.value()));
        var problems = problems(draft.value());
        if (problems.isEmpty()) {
            return draft.value();
        }
        var steps = steps();
        var first = 0;
        while (first < steps.size() - 1 && problems(draft.value(), steps.get(first)).isEmpty()) {
            first++;
        }
        draft.goTo(first);
        draw();
        form.show(problems(draft.value(), steps.get(first)));
        showFirstProblem();
        new NoticeDialog(getTranslation("cv.wizard.problems.title"), getTranslation("cv.wizard.problems")).open();
        return null;
    }

    private void preview() {
        var value = ready();
        if (value != null) {
            CvPreviewDialog.open(this, preview, pdf(value), fileName(value), this::printed);
        }
    }

    private void print() {
        var value = ready();
        if (value != null) {
            PdfPrint.print(this, fileName(value), pdf(value));
            printed();
        }
    }

    /** For the usage statistics: a PDF printed, and a new document made at its first print. */
    private void printed() {
        events.publishEvent(new PdfPrinted(clock.instant()));
        made();
    }

    /** Once per new document (not one opened from "Mijn documenten"), at its first print or save. */
    private void made() {
        if (draft != null && draft.countAsMade()) {
            events.publishEvent(new DocumentMade(kind(), clock.instant()));
        }
    }

    /** Saves in the visitor's storage; asks them to sign in first, and comes back here to save. */
    private void save() {
        var value = ready();
        if (value == null || draft == null) {
            return;
        }
        var ui = UI.getCurrent();
        var personal = storage.getIfAvailable();
        if (personal == null) {
            new NoticeDialog(getTranslation("cv.save.unavailable.title"), getTranslation("cv.save.unavailable")).open();
            return;
        }
        var visitor = SignedInVisitor.in(ui.getSession());
        if (visitor.isEmpty() && !personal.reachable() && later.getIfAvailable() != null) {
            saveForLater(value, null, null); // signing in needs the hub, which is away now
            return;
        }
        if (visitor.isEmpty()) {
            draft.saveAfterSignIn(true);
            SignedInVisitor.returnAfterSignIn(ui.getSession(), location);
            leavingOnPurpose = true;
            ui.navigate(SignedInVisitor.SIGN_IN_LOCATION);
            return;
        }
        var account = visitor.get().account();
        var content = content(value);
        var current = draft;
        if (current.savedAs().isPresent()) {
            try {
                personal.replace(RequestId.random(), account, current.savedAs().get(), content);
                current.saved(current.savedAs().get(), current.name().orElse(defaultName(value)));
                saved();
                return;
            } catch (StorageUnreachable unreachable) {
                unreachable(value, current.name().orElse(defaultName(value)), visitor.get().username());
                return;
            } catch (StorageProblem problem) {
                if (problem.reason() != StorageProblem.Reason.NOT_FOUND) {
                    explain(problem);
                    return;
                }
                // deleted meanwhile (on another terminal): saved as a new document below
            }
        }
        askName(value, name -> {
            try {
                var document = personal.save(RequestId.random(), account, kind(), name, content);
                current.saved(document, name);
                made();
                saved();
                return true;
            } catch (StorageUnreachable unreachable) {
                unreachable(value, name, visitor.get().username());
                return true;
            } catch (StorageProblem problem) {
                explain(problem);
                return problem.reason() != StorageProblem.Reason.NAME_INVALID;
            }
        });
    }

    /** The hub went away while saving: offer to save for later, where this kiosk can (a terminal). */
    private void unreachable(T value, String name, String username) {
        if (later.getIfAvailable() == null) {
            new NoticeDialog(getTranslation("cv.save.unavailable.title"), getTranslation("cv.save.unavailable")).open();
            return;
        }
        saveForLater(value, name, username);
    }

    /**
     * "Save for later" (decision 043): personal storage cannot be reached now, so the visitor types
     * username and PIN (not checked now), the document goes into this terminal's outbox sealed to
     * the hub, and the claim receipt shows, ready to print. One request id per dialog: tapping
     * twice queues one document.
     */
    private void saveForLater(T value, @Nullable String name, @Nullable String username) {
        var saving = later.getIfAvailable();
        if (saving == null || draft == null) {
            return;
        }
        var current = draft;
        var request = RequestId.random();
        var dialog = new Dialog();
        dialog.setId("cv-later");
        dialog.setHeaderTitle(getTranslation("cv.later.title"));
        var user = new TextField(getTranslation("cv.later.username"));
        user.setId("cv-later-username");
        user.setMaxLength(StorageLimits.USERNAME_MAX);
        user.setWidthFull();
        user.addClassName("cv-field");
        if (username != null) {
            user.setValue(username);
        }
        var pin = new TextField(getTranslation("cv.later.pin"));
        pin.setId("cv-later-pin");
        pin.setMaxLength(PinRules.LENGTH);
        pin.setAllowedCharPattern("[0-9]");
        pin.setWidthFull();
        pin.addClassName("cv-field");
        pin.addClassName("storage-pin"); // shown as dots, as on the sign-in screen: the kiosk stands in public
        pin.getElement().executeJs("this.inputElement.inputMode = 'numeric';");
        var documentName = new TextField(getTranslation("cv.save.name"));
        documentName.setId("cv-later-name");
        documentName.setMaxLength(StorageLimits.NAME_LENGTH);
        documentName.setValue(name != null ? name : defaultName(value));
        documentName.setWidthFull();
        documentName.addClassName("cv-field");
        var explanation = new Paragraph(getTranslation("cv.later.explanation"));
        explanation.setId("cv-later-explanation");
        dialog.add(explanation, user, pin, documentName);
        var cancel = BigButton.of(this, "cv.save.cancel", VaadinIcon.CLOSE, "cv-later-cancel", dialog::close);
        var ok = BigButton.primary(this, "cv.later.ok", VaadinIcon.CLOCK, "cv-later-ok", () -> {
            user.setInvalid(false);
            pin.setInvalid(false);
            documentName.setInvalid(false);
            if (StorageLimits.normalisedUsername(user.getValue()).isEmpty()) {
                user.setErrorMessage(getTranslation("storage.problem.USERNAME_INVALID"));
                user.setInvalid(true);
                return;
            }
            if (!pin.getValue().matches("[0-9]{" + PinRules.LENGTH + "}")) {
                pin.setErrorMessage(getTranslation("cv.later.pinShape"));
                pin.setInvalid(true);
                return;
            }
            if (!StorageLimits.validName(documentName.getValue())) {
                documentName.setErrorMessage(getTranslation("storage.problem.NAME_INVALID"));
                documentName.setInvalid(true);
                return;
            }
            try {
                var receipt = saving.save(request, user.getValue(), pin.getValue(), kind(), documentName.getValue().strip(),
                        content(value));
                pin.clear();
                dialog.close();
                made();
                current.savedForLater();
                var ui = UI.getCurrent();
                receipt.keepIn(ui.getSession());
                leavingOnPurpose = true;
                ui.navigate(ClaimReceipt.LOCATION);
            } catch (StorageProblem problem) {
                explain(problem);
            }
        });
        dialog.getFooter().add(cancel, ok);
        dialog.open();
    }

    /** A name that fits in storage: cut at the longest a name may be. */
    static String fitName(String name) {
        var stripped = name.strip();
        return stripped.length() > StorageLimits.NAME_LENGTH ? stripped.substring(0, StorageLimits.NAME_LENGTH) : stripped;
    }

    /** A file name made of letters, digits and dashes. */
    static String pdfName(String name) {
        var safe = name.replaceAll("[^\\p{L}\\p{N} _-]", "").strip().replaceAll("\\s+", "-");
        return (safe.isEmpty() ? "document" : safe) + ".pdf";
    }

    private void askName(T value, Predicate<String> save) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("cv.save.title"));
        var field = new TextField(getTranslation("cv.save.name"));
        field.setId("cv-save-name");
        field.setMaxLength(StorageLimits.NAME_LENGTH);
        field.setValue(defaultName(value));
        field.setWidthFull();
        field.addClassName("cv-field");
        dialog.add(new Paragraph(getTranslation("cv.save.explanation")), field);
        var cancel = BigButton.of(this, "cv.save.cancel", VaadinIcon.CLOSE, "cv-save-cancel", dialog::close);
        var ok = BigButton.primary(this, "cv.save.ok", VaadinIcon.CHECK, "cv-save-ok", () -> {
            if (!StorageLimits.validName(field.getValue())) {
                field.setErrorMessage(getTranslation("storage.problem.NAME_INVALID"));
                field.setInvalid(true);
                return;
            }
            if (save.test(field.getValue().strip())) {
                dialog.close();
            }
        });
        dialog.getFooter().add(cancel, ok);
        dialog.open();
    }

    private void saved() {
        var notice = new NoticeDialog(getTranslation("cv.saved.title"), getTranslation(keys + ".saved"));
        notice.setId("cv-saved");
        notice.open();
    }

    private void explain(StorageProblem problem) {
        new NoticeDialog(getTranslation("storage.problem.title"),
                getTranslation("storage.problem." + problem.reason().name())).open();
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (draft == null || form == null || leavingOnPurpose) {
            return;
        }
        draft.change(form.collect(draft.value()));
        if (!draft.unsaved()) {
            return;
        }
        var action = event.postpone();
        var dialog = new Dialog();
        dialog.setId("cv-leave");
        dialog.setHeaderTitle(getTranslation("cv.leave.title"));
        dialog.add(new Paragraph(getTranslation(keys + ".leave")));
        var stay = BigButton.of(this, "cv.leave.stay", VaadinIcon.ARROW_LEFT, "cv-leave-stay", dialog::close);
        var later = BigButton.of(this, "cv.leave.later", VaadinIcon.CLOCK, "cv-leave-later", () -> {
            dialog.close();
            leavingOnPurpose = true;
            action.proceed();
        });
        var saveIt = BigButton.primary(this, "cv.leave.save", VaadinIcon.DOWNLOAD_ALT, "cv-leave-save", () -> {
            dialog.close();
            save();
        });
        var discard = BigButton.of(this, "cv.leave.discard", VaadinIcon.TRASH, "cv-leave-discard", () -> {
            dialog.close();
            Draft.forget(UI.getCurrent().getSession(), type);
            draft = null;
            leavingOnPurpose = true;
            action.proceed();
        });
        discard.addThemeVariants(ButtonVariant.ERROR);
        dialog.getFooter().add(stay, discard, later, saveIt);
        dialog.open();
    }
}
