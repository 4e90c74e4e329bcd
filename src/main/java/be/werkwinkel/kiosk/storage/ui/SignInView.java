package be.werkwinkel.kiosk.storage.ui;

import be.werkwinkel.kiosk.storage.SignedInVisitor;
import static be.werkwinkel.kiosk.storage.ui.StorageScreens.bigButton;
import static be.werkwinkel.kiosk.storage.ui.StorageScreens.primary;

import be.werkwinkel.kiosk.kiosk.VisitorSessions;
import be.werkwinkel.kiosk.storage.DocumentContent;
import be.werkwinkel.kiosk.storage.DocumentKind;
import be.werkwinkel.kiosk.storage.PersonalStorage;
import be.werkwinkel.kiosk.storage.PinRules;
import be.werkwinkel.kiosk.storage.RequestId;
import be.werkwinkel.kiosk.storage.SignIn;
import be.werkwinkel.kiosk.storage.StorageLimits;
import be.werkwinkel.kiosk.storage.StorageProblem;
import be.werkwinkel.kiosk.storage.StorageUnreachable;
import be.werkwinkel.kiosk.storage.Visitor;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
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
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Signing in and making an account, one question per screen: do you have an account; your name;
 * your PIN (on the number pad); for a new account the PIN again and, if you like, an e-mail
 * address. Whatever was typed lives in this screen only and is gone when it is left.
 */
@Route("documents/sign-in")
@AnonymousAllowed
public final class SignInView extends Div implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    /** The screens of this flow. */
    enum Step { UNREACHABLE, CHOICE, NAME, PIN, NEW_NAME, NEW_PIN, NEW_PIN_AGAIN, EMAIL, RESET_PIN, RESET_PIN_AGAIN }

    private final PersonalStorage storage;
    private final VisitorSessions sessions;
    private final Clock clock;
    private Step step = Step.CHOICE;
    private String username = "";
    private String pin = "";
    private String message = "";
    private Visitor resetVisitor;

    public SignInView(PersonalStorage storage, VisitorSessions sessions, Clock clock) {
        this.storage = storage;
        this.sessions = sessions;
        this.clock = clock;
        addClassName("storage-screen");
        addClassName("storage-sign-in");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("storage.signIn.pageTitle");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (SignedInVisitor.current().isPresent()) {
            event.forwardTo(DocumentsView.class);
        } else if (!storage.reachable()) {
            step = Step.UNREACHABLE; // a terminal whose hub is away: say so before anything is typed
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        draw();
    }

    Step step() {
        return step;
    }

    private void go(Step next) {
        step = next;
        message = "";
        draw();
    }

    private void draw() {
        removeAll();
        switch (step) {
            case UNREACHABLE -> add(StorageScreens.unreachable(this, () -> {
                if (storage.reachable()) {
                    go(Step.CHOICE);
                }
            }));
            case CHOICE -> choice();
            case NAME -> question("storage.signIn.name.question", "storage.signIn.name.hint", textField(username, false),
                    this::nameEntered, Step.CHOICE);
            case PIN -> question("storage.signIn.pin.question", "storage.signIn.pin.hint", textField("", true),
                    this::pinEntered, Step.NAME);
            case NEW_NAME -> question("storage.create.name.question", "storage.create.name.hint", textField(username, false),
                    this::newNameEntered, Step.CHOICE);
            case NEW_PIN -> question("storage.create.pin.question", "storage.create.pin.hint", textField("", true),
                    this::newPinEntered, Step.NEW_NAME);
            case NEW_PIN_AGAIN -> question("storage.create.pinAgain.question", "storage.create.pinAgain.hint",
                    textField("", true), this::newPinRepeated, Step.NEW_PIN);
            case EMAIL -> email();
            case RESET_PIN -> question("storage.reset.pin.question", "storage.reset.pin.hint", textField("", true),
                    this::resetPinEntered, null);
            case RESET_PIN_AGAIN -> question("storage.create.pinAgain.question", "storage.create.pinAgain.hint",
                    textField("", true), this::resetPinRepeated, Step.RESET_PIN);
        }
    }

    private void choice() {
        var title = new H1(getTranslation("storage.signIn.choice.question"));
        var explanation = new Paragraph(getTranslation("storage.signIn.choice.explanation"));
        var have = primary(bigButton(this, "storage.signIn.choice.have", VaadinIcon.SIGN_IN, "storage-have-account",
                () -> go(Step.NAME)));
        var create = bigButton(this, "storage.signIn.choice.new", VaadinIcon.USER_CHECK, "storage-new-account",
                () -> go(Step.NEW_NAME));
        have.addClassName("storage-choice");
        create.addClassName("storage-choice");
        var choices = new Div(have, create);
        choices.addClassName("storage-choices");
        add(title, explanation, choices);
    }

    private TextField textField(String value, boolean isPin) {
        var field = new TextField();
        field.setId(isPin ? "storage-pin" : "storage-username");
        field.addClassName("storage-field");
        field.setAutocomplete(Autocomplete.OFF);
        field.setValue(value);
        if (isPin) {
            field.addClassName("storage-pin");
            field.setMaxLength(PinRules.LENGTH);
            field.setAllowedCharPattern("[0-9]");
            // the on-screen keyboard opens its number pad for numeric inputs (kiosk-keyboard.ts, wantsNumbers)
            field.getElement().executeJs("this.inputElement.inputMode = 'numeric';");
        } else {
            field.setMaxLength(StorageLimits.USERNAME_MAX);
        }
        return field;
    }

    private void question(String questionKey, String hintKey, TextField field, java.util.function.Consumer<String> next,
            Step back) {
        var title = new H1(getTranslation(questionKey));
        title.setId("storage-question");
        field.setLabel(getTranslation(hintKey));
        if (!message.isEmpty()) {
            field.setInvalid(true);
            field.setErrorMessage(message);
        }
        field.addKeyDownListener(Key.ENTER, enter -> next.accept(field.getValue()));
        var buttons = new Div();
        buttons.addClassName("storage-buttons");
        if (back != null) {
            buttons.add(bigButton(this, "storage.back", VaadinIcon.ARROW_LEFT, "storage-back", () -> go(back)));
        }
        buttons.add(primary(bigButton(this, "storage.next", VaadinIcon.ARROW_RIGHT, "storage-next",
                () -> next.accept(field.getValue()))));
        add(title, field, buttons);
        field.focus();
    }

    private void email() {
        var title = new H1(getTranslation("storage.create.email.question"));
        title.setId("storage-question");
        var field = new TextField(getTranslation("storage.create.email.hint"));
        field.setId("storage-email");
        field.addClassName("storage-field");
        field.setAutocomplete(Autocomplete.OFF);
        field.setMaxLength(254);
        field.getElement().executeJs("this.inputElement.type = 'email';");
        if (!message.isEmpty()) {
            field.setInvalid(true);
            field.setErrorMessage(message);
        }
        var buttons = new Div(
                bigButton(this, "storage.back", VaadinIcon.ARROW_LEFT, "storage-back", () -> go(Step.NEW_PIN)),
                bigButton(this, "storage.create.email.skip", VaadinIcon.ARROW_RIGHT, "storage-skip", () -> create(null)),
                primary(bigButton(this, "storage.create.done", VaadinIcon.CHECK, "storage-next",
                        () -> create(field.getValue()))));
        buttons.addClassName("storage-buttons");
        add(title, new Paragraph(getTranslation("storage.create.email.explanation")), field, buttons);
    }

    private void nameEntered(String typed) {
        if (typed.isBlank()) {
            fail("storage.signIn.name.empty");
            return;
        }
        username = typed.strip();
        go(Step.PIN);
    }

    private void pinEntered(String typed) {
        var session = UI.getCurrent().getSession();
        SignIn outcome;
        try {
            outcome = storage.signIn(username, typed, sessions.sessionId(session));
        } catch (StorageUnreachable unreachable) {
            go(Step.UNREACHABLE);
            return;
        }
        switch (outcome) {
            case SignIn.SignedIn signedIn -> {
                if (signedIn.visitor().mustChoosePin()) {
                    resetVisitor = signedIn.visitor();
                    go(Step.RESET_PIN);
                } else {
                    signedIn(signedIn.visitor());
                }
            }
            case SignIn.Refused refused -> fail("storage.signIn.refused");
            case SignIn.Paused paused -> {
                var minutes = Math.max(1, (Duration.between(clock.instant(), paused.until()).toSeconds() + 59) / 60);
                message = getTranslation("storage.signIn.paused", minutes);
                draw();
            }
        }
    }

    private void newNameEntered(String typed) {
        var normalised = StorageLimits.normalisedUsername(typed);
        if (normalised.isEmpty()) {
            fail("storage.problem.USERNAME_INVALID");
            return;
        }
        boolean free;
        try {
            free = storage.isUsernameFree(typed);
        } catch (StorageUnreachable unreachable) {
            go(Step.UNREACHABLE);
            return;
        }
        if (!free) {
            username = typed.strip();
            fail("storage.problem.USERNAME_TAKEN");
            return;
        }
        username = typed.strip();
        go(Step.NEW_PIN);
    }

    private void newPinEntered(String typed) {
        if (checkPin(typed)) {
            pin = typed;
            go(Step.NEW_PIN_AGAIN);
        }
    }

    private void newPinRepeated(String typed) {
        if (!typed.equals(pin)) {
            pin = "";
            step = Step.NEW_PIN;
            fail("storage.create.pinAgain.different");
            return;
        }
        go(Step.EMAIL);
    }

    private void resetPinEntered(String typed) {
        if (checkPin(typed)) {
            pin = typed;
            go(Step.RESET_PIN_AGAIN);
        }
    }

    private void resetPinRepeated(String typed) {
        if (!typed.equals(pin)) {
            pin = "";
            step = Step.RESET_PIN;
            fail("storage.create.pinAgain.different");
            return;
        }
        try {
            storage.choosePin(RequestId.random(), resetVisitor.id(), pin);
        } catch (StorageUnreachable unreachable) {
            go(Step.UNREACHABLE);
            return;
        }
        pin = "";
        signedIn(resetVisitor);
    }

    private boolean checkPin(String typed) {
        var problem = PinRules.problem(typed);
        if (problem.isPresent()) {
            fail("storage.pin.problem." + problem.get().name());
            return false;
        }
        return true;
    }

    private void create(String email) {
        try {
            var account = storage.createAccount(RequestId.random(), username, pin, email);
            pin = "";
            signedIn(new Visitor(account, username, email, false));
        } catch (StorageUnreachable unreachable) {
            go(Step.UNREACHABLE);
        } catch (StorageProblem problem) {
            switch (problem.reason()) {
                case EMAIL_INVALID -> fail("storage.problem.EMAIL_INVALID");
                case USERNAME_TAKEN, USERNAME_INVALID -> {
                    step = Step.NEW_NAME;
                    fail("storage.problem." + problem.reason().name());
                }
                default -> {
                    step = Step.NEW_PIN;
                    fail("storage.problem." + problem.reason().name());
                }
            }
        }
    }

    private void fail(String key) {
        message = getTranslation(key);
        draw();
    }

    /**
     * Keeps the visitor in the session; goes back to the screen that asked for the sign-in, or
     * saves the vacancy they wanted to save, or shows their documents.
     */
    private void signedIn(Visitor visitor) {
        var ui = UI.getCurrent();
        var session = ui.getSession();
        new SignedInVisitor(visitor.id(), visitor.username()).keepIn(session);
        var pending = PendingSave.take(session);
        var returnTo = SignedInVisitor.takeReturnLocation(session);
        if (returnTo.isPresent()) {
            ui.navigate(returnTo.get());
        } else if (pending.isPresent()) {
            var save = pending.get();
            ui.navigate("vacancies/" + save.vacancyId());
            SaveVacancyAction.save(ui, storage, visitor.id(), save.vacancyId(), save.title());
        } else {
            ui.navigate(DocumentsView.class);
        }
    }

    static DocumentContent vacancyContent(String vacancyId) {
        return new DocumentContent(vacancyId.getBytes(StandardCharsets.UTF_8), DocumentKind.VACANCY_MEDIA_TYPE);
    }
}
