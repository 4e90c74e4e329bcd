package be.werkwinkel.kiosk.appointment.ui;

import be.werkwinkel.kiosk.kiosk.Configured;
import be.werkwinkel.kiosk.kiosk.KioskFeature;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import be.werkwinkel.kiosk.appointment.AppointmentProblem;
import be.werkwinkel.kiosk.appointment.AppointmentType;
import be.werkwinkel.kiosk.appointment.Appointments;
import be.werkwinkel.kiosk.appointment.AppointmentsUnreachable;
import be.werkwinkel.kiosk.appointment.PendingBookings;
import be.werkwinkel.kiosk.appointment.BookingOutcome;
import be.werkwinkel.kiosk.appointment.BookingRequest;
import be.werkwinkel.kiosk.appointment.ConsultantChoice;
import be.werkwinkel.kiosk.appointment.ConsultantProfile;
import be.werkwinkel.kiosk.appointment.FreeSlot;
import be.werkwinkel.kiosk.appointment.NearbySite;
import be.werkwinkel.kiosk.appointment.SiteKind;
import be.werkwinkel.kiosk.appointment.SlotQuery;
import be.werkwinkel.kiosk.appointment.ui.BookingDraft.Step;
import be.werkwinkel.kiosk.base.KioskLanguage;
import be.werkwinkel.kiosk.base.ui.BigButton;
import be.werkwinkel.kiosk.base.ui.NoticeDialog;
import be.werkwinkel.kiosk.storage.PersonalStorage;
import be.werkwinkel.kiosk.storage.RequestId;
import be.werkwinkel.kiosk.storage.SignedInVisitor;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Making an appointment, one question per screen: what for, where (nearest first), when (a day,
 * then a time, or the first free moment), with whom (anyone, a consultant, a language), who the
 * visitor is, and a last look before it is booked. Each answer is kept in the session
 * ({@link BookingDraft}); a slot taken meanwhile is said plainly, with the nearest free ones.
 */
@AnonymousAllowed
@Route(BookingView.LOCATION)
public final class BookingView extends Div implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    static final String LOCATION = "appointment/book";

    /** Digits, spaces, +, /, ., - with 8 to 15 digits: what {@link BookingRequest} accepts. */
    private static final Pattern PHONE = Pattern.compile("[0-9 +/.\\-()]{8,25}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]{2,}");

    private final Appointments appointments;
    private final ObjectProvider<PersonalStorage> storage;
    /** A terminal's requests "to be confirmed" while its hub is unreachable; absent in standalone and on a hub. */
    private final ObjectProvider<PendingBookings> pending;
    private final Terminal terminal;
    private final Clock clock;
    private @Nullable BookingDraft draft;
    /** The day whose times are shown on the "when" screen; none while the days are shown. */
    private @Nullable LocalDate day;
    private @Nullable ContactFields contact;

    public BookingView(Appointments appointments, ObjectProvider<PersonalStorage> storage,
            ObjectProvider<PendingBookings> pending, Terminal terminal, Clock clock) {
        this.appointments = appointments;
        this.storage = storage;
        this.pending = pending;
        this.terminal = terminal;
        this.clock = clock;
        addClassName("appt-screen");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("appointment.book.pageTitle");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var session = event.getUI().getSession();
        draft = BookingDraft.in(session).orElseGet(() -> BookingDraft.start(session, null));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        keepContact();
        draw();
    }

    private Locale locale() {
        return getLocale();
    }

    private KioskLanguage language() {
        return KioskLanguage.of(getLocale());
    }

    private void draw() {
        removeAll();
        contact = null;
        if (draft == null) {
            return;
        }
        draft.goTo(reachable(draft.step()));
        var step = draft.step();
        var top = new Div(new H1(getTranslation("appointment.book.title")));
        top.addClassName("appt-top");
        add(top, Parts.progress(this, step.ordinal() + 1, Step.values().length,
                getTranslation("appointment.step.title." + step.name())));
        if (draft.vacancy() != null) {
            var about = new Paragraph(getTranslation("appointment.book.vacancy", draft.vacancy().title()));
            about.addClassName("appt-vacancy");
            about.setId("appt-vacancy");
            add(about);
        }
        var question = new H2(getTranslation("appointment.step.title." + step.name()));
        question.setId("appt-question");
        var explanation = new Paragraph(getTranslation(step == Step.CONFIRM && toBeConfirmed()
                ? "appointment.pending.confirm.explanation" : "appointment.step.explanation." + step.name()));
        explanation.addClassName("appt-explanation");
        add(question, explanation);
        if (toBeConfirmed() && (step == Step.WHEN || step == Step.WHO || step == Step.CONFIRM)) {
            add(toBeConfirmedNotice());
        }
        try {
            switch (step) {
                case WHAT -> what();
                case WHERE -> where();
                case WHEN -> when();
                case WHO -> who();
                case CONTACT -> contact();
                case CONFIRM -> confirm();
            }
        } catch (AppointmentProblem problem) {
            // a type, site or consultant removed by staff since the visitor chose it: that choice again
            new NoticeDialog(getTranslation("appointment.refused.title"), getTranslation(problem.messageKey())).open();
            var back = stepFor(problem).filter(earlier -> earlier.ordinal() < step.ordinal());
            if (back.isPresent()) {
                draft.goTo(back.get());
                draw();
                return;
            }
        } catch (AppointmentsUnreachable away) {
            // nothing known yet on this terminal (a first start without its hub): said plainly, no spinner
            var notice = notice("appointment.unreachable.text");
            notice.setId("appt-unreachable");
            add(notice);
        }
        add(nav(step));
    }

    /** The step asked for, or the first one before it whose answer is missing (a draft left halfway). */
    private Step reachable(Step wanted) {
        if (draft == null || wanted.ordinal() > Step.WHAT.ordinal() && draft.type() == null) {
            return Step.WHAT;
        }
        if (wanted.ordinal() > Step.WHERE.ordinal() && draft.site() == null) {
            return Step.WHERE;
        }
        if (wanted.ordinal() > Step.WHEN.ordinal() && draft.slot() == null) {
            return Step.WHEN;
        }
        if (wanted == Step.CONFIRM && (draft.name().isBlank() || draft.phone().isBlank() && draft.birthYear().isBlank())) {
            return Step.CONTACT;
        }
        return wanted;
    }

    private Div nav(Step step) {
        var nav = new Div();
        nav.addClassName("appt-nav");
        if (step.ordinal() > 0) {
            nav.add(BigButton.of(this, "appointment.book.back", VaadinIcon.ARROW_LEFT, "appt-back",
                    () -> go(Step.values()[step.ordinal() - 1])));
        } else {
            nav.add(BigButton.of(this, "appointment.book.back", VaadinIcon.ARROW_LEFT, "appt-back",
                    () -> UI.getCurrent().navigate(AppointmentStartView.class)));
        }
        if (step == Step.CONTACT) {
            var next = BigButton.primary(this, "appointment.book.next", VaadinIcon.ARROW_RIGHT, "appt-next", this::contactDone);
            next.setIconAfterText(true);
            nav.add(next);
        } else if (step == Step.CONFIRM) {
            nav.add(BigButton.primary(this, toBeConfirmed() ? "appointment.pending.send" : "appointment.confirm.book",
                    VaadinIcon.CHECK, "appt-book", this::book));
        }
        return nav;
    }

    private void go(Step step) {
        if (draft == null) {
            return;
        }
        keepContact();
        draft.goTo(step);
        if (step != Step.WHEN) {
            day = null;
        }
        draw();
        getElement().executeJs("window.scrollTo(0, 0)");
    }

    // --- what for ---

    private void what() {
        var choices = choices("appt-types");
        for (AppointmentType type : appointments.types()) {
            var on = type.id().equals(draft.type());
            var bring = type.whatToBring().in(language());
            choices.add(Parts.choice(Parts.icon(type.details().icon()), type.name().in(language()), on,
                    "appt-type-" + type.details().code(), () -> {
                        draft.type(type.id());
                        go(Step.WHERE);
                    },
                    type.details().description().in(language()),
                    getTranslation("appointment.what.minutes", type.duration().toMinutes()),
                    bring.isEmpty() ? "" : getTranslation("appointment.what.bring", bring)));
        }
        add(choices);
    }

    // --- where ---

    private void where() {
        var choices = choices("appt-sites");
        var sites = appointments.sites(draft.type(), terminal.place());
        if (sites.isEmpty()) {
            add(notice("appointment.where.none"));
        }
        for (NearbySite nearby : sites) {
            var site = nearby.site();
            var icon = site.kind() == SiteKind.JOB_SHOP ? VaadinIcon.OFFICE : VaadinIcon.HOME_O;
            choices.add(Parts.choice(icon, site.name(), site.id().equals(draft.site()), "appt-site-" + sites.indexOf(nearby),
                    () -> {
                        draft.site(site.id());
                        go(Step.WHEN);
                    },
                    site.addressLine(), distance(nearby.distanceKm())));
        }
        add(choices);
    }

    private String distance(double km) {
        if (km < 0.2) {
            return getTranslation("appointment.where.here");
        }
        return getTranslation("appointment.where.distance", String.format(locale(), "%.1f", km));
    }

    // --- when ---

    private @Nullable SlotQuery query() {
        if (draft == null || draft.type() == null || draft.site() == null) {
            return null;
        }
        return new SlotQuery(draft.type(), draft.site(), draft.consultant());
    }

    private void when() {
        var query = query();
        if (query == null) {
            return;
        }
        add(new SlotPicker(this, appointments, query, day, draft.slot(), chosenDay -> {
            day = chosenDay;
            draw();
        }, slot -> {
            draft.slot(slot);
            day = null;
            go(Step.WHO);
        }));
    }

    // --- with whom ---

    private void who() {
        var slot = draft.slot();
        if (slot == null) {
            return;
        }
        var chosenTime = new Paragraph(getTranslation("appointment.who.at", Parts.dateTime(slot.start(), locale())));
        chosenTime.addClassName("appt-chosen");
        add(chosenTime);

        // the language first: it narrows the consultants below
        var languages = new LinkedHashSet<String>();
        languages.add(language().code());
        slot.consultants().forEach(consultant -> languages.addAll(consultant.languages().stream().sorted().toList()));
        var preferred = draft.language();
        add(new H2(getTranslation("appointment.who.language")));
        var chips = new Div();
        chips.addClassName("appt-chips");
        chips.setId("appt-languages");
        chips.add(chip(getTranslation("appointment.who.language.any"), preferred == null, "appt-language-any", () -> {
            draft.language(null);
            if (draft.consultant() instanceof ConsultantChoice.Speaking) {
                draft.consultant(ConsultantChoice.anyone());
            }
            draw();
        }));
        for (var code : languages) {
            chips.add(chip(Parts.languageName(code, locale()), code.equals(preferred), "appt-language-" + code, () -> {
                draft.language(code);
                if (!(draft.consultant() instanceof ConsultantChoice.Chosen chosen && speaks(slot, chosen, code))) {
                    draft.consultant(new ConsultantChoice.Speaking(code));
                }
                draw();
            }));
        }
        add(chips);

        add(new H2(getTranslation("appointment.who.whom")));
        var free = slot.consultants().stream()
                .filter(consultant -> preferred == null || consultant.speaks(preferred))
                .toList();
        var choices = choices("appt-consultants");
        if (free.isEmpty()) {
            add(notice("appointment.who.nobody", Parts.languageName(preferred == null ? "nl" : preferred, locale())));
            var other = BigButton.of(this, "appointment.who.otherTime", VaadinIcon.CALENDAR, "appt-other-time", () -> go(Step.WHEN));
            add(other);
            return;
        }
        var anyone = !(draft.consultant() instanceof ConsultantChoice.Chosen);
        choices.add(Parts.choice(VaadinIcon.USERS, getTranslation("appointment.who.anyone"), anyone, "appt-consultant-any", () -> {
            draft.consultant(preferred == null ? ConsultantChoice.anyone() : new ConsultantChoice.Speaking(preferred));
            go(Step.CONTACT);
        }, getTranslation("appointment.who.anyone.description")));
        for (ConsultantProfile consultant : free) {
            var on = draft.consultant() instanceof ConsultantChoice.Chosen chosen && chosen.consultant().equals(consultant.id());
            choices.add(Parts.choice(VaadinIcon.USER, consultant.name(), on, "appt-consultant-" + free.indexOf(consultant), () -> {
                draft.consultant(new ConsultantChoice.Chosen(consultant.id()));
                go(Step.CONTACT);
            }, getTranslation("appointment.who.speaks", spoken(consultant))));
        }
        add(choices);
    }

    private static boolean speaks(FreeSlot slot, ConsultantChoice.Chosen chosen, String code) {
        return slot.consultants().stream().anyMatch(free -> free.id().equals(chosen.consultant()) && free.speaks(code));
    }

    private String spoken(ConsultantProfile consultant) {
        return String.join(", ", consultant.languages().stream().sorted().map(code -> Parts.languageName(code, locale())).toList());
    }

    private Button chip(String text, boolean on, String id, Runnable choose) {
        var button = new Button(text, click -> choose.run());
        button.setId(id);
        button.addClassName("appt-chip");
        button.getElement().setAttribute("aria-pressed", String.valueOf(on));
        if (on) {
            button.addClassName("appt-chip-on");
            button.setIcon(VaadinIcon.CHECK.create());
        }
        return button;
    }

    // --- contact ---

    private void contact() {
        var fields = new ContactFields(this, draft);
        contact = fields;
        var visitor = SignedInVisitor.current();
        if (visitor.isPresent()) {
            var personal = storage.getIfAvailable();
            if (personal != null && draft.email().isBlank() && draft.name().isBlank()) {
                try {
                    var email = personal.overview(visitor.get().account()).email();
                    if (email != null) {
                        fields.email.setValue(email);
                    }
                } catch (RuntimeException storageDown) {
                    // prefilling is a convenience: the visitor types it instead
                }
            }
            var signedIn = new Paragraph(getTranslation("appointment.contact.signedIn", visitor.get().username()));
            signedIn.addClassName("appt-explanation");
            add(signedIn);
        }
        add(fields.form);
        if (visitor.isEmpty() && storage.getIfAvailable() != null) {
            var signIn = BigButton.of(this, "appointment.contact.signIn", VaadinIcon.SIGN_IN, "appt-sign-in", () -> {
                keepContact();
                var session = UI.getCurrent().getSession();
                SignedInVisitor.returnAfterSignIn(session, LOCATION);
                UI.getCurrent().navigate(SignedInVisitor.SIGN_IN_LOCATION);
            });
            var why = new Paragraph(getTranslation("appointment.contact.signIn.why"));
            why.addClassName("appt-explanation");
            var block = new Div(why, signIn);
            block.addClassName("appt-sign-in");
            add(Configured.onlyWith(KioskFeature.DOCUMENTS, block)); // signing in is to the visitor's documents
        }
    }

    private void keepContact() {
        if (draft != null && contact != null) {
            draft.contact(contact.name.getValue().strip(), contact.phone.getValue().strip(), contact.email.getValue().strip(),
                    contact.birthYear.getValue().strip());
        }
    }

    private void contactDone() {
        if (contact == null || draft == null) {
            return;
        }
        keepContact();
        if (contact.check(clock)) {
            go(Step.CONFIRM);
        }
    }

    /** Name, phone, e-mail and birth year, checked here as the booking will check them. */
    private static final class ContactFields {

        final TextField name;
        final TextField phone;
        final TextField email;
        final TextField birthYear;
        final Div form = new Div();
        private final BookingView view;

        ContactFields(BookingView view, BookingDraft draft) {
            this.view = view;
            name = field("appointment.contact.name", "appt-name", draft.name(), 100);
            name.setRequiredIndicatorVisible(true);
            phone = field("appointment.contact.phone", "appt-phone", draft.phone(), 25);
            phone.setHelperText(view.getTranslation("appointment.contact.phone.help"));
            phone.setAllowedCharPattern("[0-9 +/.\\-()]");
            phone.getElement().executeJs("this.inputElement.inputMode = 'tel';");
            email = field("appointment.contact.email", "appt-email", draft.email(), 200);
            email.setHelperText(view.getTranslation("appointment.contact.email.help"));
            birthYear = field("appointment.contact.birthYear", "appt-birth-year", draft.birthYear(), 4);
            birthYear.setHelperText(view.getTranslation("appointment.contact.birthYear.help"));
            birthYear.setAllowedCharPattern("[0-9]");
            // the on-screen keyboard opens its number pad for numeric inputs (kiosk-keyboard.ts, wantsNumbers)
            birthYear.getElement().executeJs("this.inputElement.inputMode = 'numeric';");
            form.addClassName("appt-form");
            form.add(name, phone, email, birthYear);
            // "give your phone or your birth year" goes as soon as a phone number is typed, not at the next Next
            phone.setValueChangeMode(ValueChangeMode.EAGER);
            phone.addValueChangeListener(change -> {
                if (!change.getValue().isBlank() && birthYear.getValue().isBlank()) {
                    birthYear.setInvalid(false);
                }
            });
        }

        private TextField field(String key, String id, String value, int max) {
            var field = new TextField(view.getTranslation(key));
            field.setId(id);
            field.setValue(value);
            field.setMaxLength(max);
            field.setAutocomplete(Autocomplete.OFF);
            field.addClassName("appt-field");
            return field;
        }

        /** Marks what is wrong next to the field; true when all is well. */
        boolean check(Clock clock) {
            List<TextField> wrong = new ArrayList<>();
            mark(name, name.getValue().isBlank() ? "appointment.contact.name.missing" : null, wrong);
            var phoneText = phone.getValue().strip();
            var digits = phoneText.replaceAll("\\D", "").length();
            mark(phone, !phoneText.isEmpty() && (!PHONE.matcher(phoneText).matches() || digits < 8 || digits > 15)
                    ? "appointment.contact.phone.invalid" : null, wrong);
            var emailText = email.getValue().strip();
            mark(email, !emailText.isEmpty() && !EMAIL.matcher(emailText).matches() ? "appointment.contact.email.invalid" : null,
                    wrong);
            var yearText = birthYear.getValue().strip();
            String yearProblem = null;
            if (!yearText.isEmpty()) {
                var year = yearText.length() == 4 ? Integer.parseInt(yearText) : -1;
                var now = LocalDate.now(clock).getYear();
                if (year < now - 120 || year > now - 10) {
                    yearProblem = "appointment.contact.birthYear.invalid";
                }
            } else if (phoneText.isEmpty()) {
                yearProblem = "appointment.contact.secondFactor.missing";
            }
            mark(birthYear, yearProblem, wrong);
            if (!wrong.isEmpty()) {
                wrong.getFirst().focus();
            }
            return wrong.isEmpty();
        }

        private void mark(TextField field, @Nullable String problemKey, List<TextField> wrong) {
            field.setInvalid(problemKey != null);
            if (problemKey != null) {
                field.setErrorMessage(view.getTranslation(problemKey));
                wrong.add(field);
            }
        }
    }

    // --- confirm ---

    private void confirm() {
        var slot = draft.slot();
        if (draft.type() == null || draft.site() == null || slot == null) {
            return;
        }
        var type = appointments.type(draft.type()).orElseThrow(() -> new AppointmentProblem(AppointmentProblem.Reason.UNKNOWN_TYPE));
        var site = appointments.site(draft.site()).orElseThrow(() -> new AppointmentProblem(AppointmentProblem.Reason.UNKNOWN_SITE));
        var summary = new Div();
        summary.addClassName("appt-summary");
        summary.setId("appt-summary");
        summary.add(line(VaadinIcon.CLIPBOARD_TEXT, "appointment.confirm.what", type.name().in(language()), "appt-edit-what", Step.WHAT));
        summary.add(line(VaadinIcon.MAP_MARKER, "appointment.confirm.where", site.name() + "\n" + site.addressLine(),
                "appt-edit-where", Step.WHERE));
        summary.add(line(VaadinIcon.CALENDAR_CLOCK, "appointment.confirm.when", Parts.dateTime(slot.start(), locale()),
                "appt-edit-when", Step.WHEN));
        summary.add(line(VaadinIcon.USER, "appointment.confirm.who", whom(slot), "appt-edit-who", Step.WHO));
        var reach = new ArrayList<String>();
        reach.add(draft.name());
        if (!draft.phone().isBlank()) {
            reach.add(draft.phone());
        }
        if (!draft.email().isBlank()) {
            reach.add(draft.email());
        }
        summary.add(line(VaadinIcon.USER_CARD, "appointment.confirm.contact", String.join("\n", reach), "appt-edit-contact",
                Step.CONTACT));
        add(summary);
    }

    private String whom(FreeSlot slot) {
        return switch (draft.consultant()) {
            case ConsultantChoice.Chosen chosen -> slot.consultants().stream().filter(free -> free.id().equals(chosen.consultant()))
                    .map(ConsultantProfile::name).findFirst().orElse(getTranslation("appointment.who.anyone"));
            case ConsultantChoice.Speaking speaking -> getTranslation("appointment.confirm.speaking",
                    Parts.languageName(speaking.languageCode(), locale()));
            case ConsultantChoice.Anyone anyone -> getTranslation("appointment.who.anyone");
        };
    }

    private Div line(VaadinIcon icon, String labelKey, String value, String editId, Step step) {
        var label = new Span(getTranslation(labelKey));
        label.addClassName("appt-summary-label");
        var text = new Span(value);
        text.addClassName("appt-summary-value");
        var edit = new Button(getTranslation("appointment.confirm.change"), VaadinIcon.EDIT.create(), click -> go(step));
        edit.setId(editId);
        edit.addClassName("appt-summary-edit");
        edit.getElement().setAttribute("aria-label", getTranslation("appointment.confirm.changeWhat", getTranslation(labelKey)));
        var pictogram = icon.create();
        pictogram.addClassName("appt-summary-icon");
        var line = new Div(pictogram, new Div(label, text), edit);
        line.addClassName("appt-summary-line");
        return line;
    }

    private void book() {
        var current = draft;
        if (current == null || current.type() == null || current.site() == null || current.slot() == null) {
            return;
        }
        var visitor = SignedInVisitor.current();
        var year = current.birthYear().isBlank() ? null : Integer.valueOf(current.birthYear());
        var request = new BookingRequest(current.type(), current.site(), current.slot().start(), current.consultant(),
                current.name(), current.phone(), current.email(), year,
                visitor.map(SignedInVisitor::account).orElse(null), current.vacancy(), language(), terminal.id());
        if (toBeConfirmed()) {
            requestForLater(current, request);
            return;
        }
        try {
            switch (appointments.book(new RequestId(current.request()), request)) {
                case BookingOutcome.Booked booked -> {
                    var session = UI.getCurrent().getSession();
                    Tickets.show(session, booked.booking(),
                            current.phone().isBlank() ? Tickets.Factor.BIRTH_YEAR : Tickets.Factor.PHONE,
                            visitor.map(SignedInVisitor::account).orElse(null));
                    BookingDraft.forget(session);
                    draft = null;
                    UI.getCurrent().navigate(TicketView.class);
                }
                case BookingOutcome.JustTaken taken -> justTaken(taken.alternatives());
            }
        } catch (AppointmentProblem problem) {
            explain(problem);
        } catch (AppointmentsUnreachable away) {
            if (pending.getIfAvailable() != null) {
                requestForLater(current, request); // the line went while the visitor was confirming
            } else {
                new NoticeDialog(getTranslation("appointment.refused.title"), getTranslation("appointment.unreachable.text")).open();
            }
        }
    }

    /** True on a terminal whose hub is unreachable now: the free times shown are the last known ones. */
    private boolean toBeConfirmed() {
        var offline = pending.getIfAvailable();
        return offline != null && offline.toBeConfirmed();
    }

    private Div toBeConfirmedNotice() {
        var icon = VaadinIcon.CLOCK.create();
        icon.addClassName("appt-pending-icon");
        var title = new Span(getTranslation("appointment.pending.banner.title"));
        title.addClassName("appt-pending-title");
        var text = new Span(getTranslation("appointment.pending.banner.text"));
        var banner = new Div(icon, new Div(title, new Paragraph(text)));
        banner.addClassName("appt-pending-banner");
        banner.setId("appt-to-be-confirmed");
        banner.getElement().setAttribute("role", "status");
        return banner;
    }

    /**
     * The hub is unreachable: the booking becomes a request in the terminal's outbox, and the
     * visitor gets a ticket that says it is one, with the reference to look the outcome up with.
     */
    private void requestForLater(BookingDraft current, BookingRequest request) {
        var offline = pending.getIfAvailable();
        if (offline == null) {
            return;
        }
        try {
            var requested = offline.request(new RequestId(current.request()), request);
            var session = UI.getCurrent().getSession();
            RequestTicketView.show(session, requested,
                    current.phone().isBlank() ? Tickets.Factor.BIRTH_YEAR : Tickets.Factor.PHONE);
            BookingDraft.forget(session);
            draft = null;
            UI.getCurrent().navigate(RequestTicketView.class);
        } catch (AppointmentProblem problem) {
            explain(problem);
        } catch (PendingBookings.NotQueued notQueued) {
            var notice = new NoticeDialog(getTranslation("appointment.pending.notQueued.title"),
                    getTranslation(notQueued.messageKey()));
            notice.setId("appt-not-queued");
            notice.open();
        }
    }

    /** Someone else was quicker: said plainly, with the nearest free times to take instead. */
    private void justTaken(List<FreeSlot> alternatives) {
        var dialog = new Dialog();
        dialog.setId("appt-taken");
        dialog.addClassName("appt-taken");
        dialog.setHeaderTitle(getTranslation("appointment.taken.title"));
        dialog.add(new Paragraph(getTranslation(alternatives.isEmpty() ? "appointment.taken.none" : "appointment.taken")));
        var times = new Div();
        times.addClassName("appt-times");
        for (var slot : alternatives) {
            var button = new Button(Parts.dateTime(slot.start(), locale()), VaadinIcon.CLOCK.create(), click -> {
                dialog.close();
                if (draft != null) {
                    draft.slot(slot);
                    draw();
                }
            });
            button.setId("appt-alternative-" + alternatives.indexOf(slot));
            button.addClassNames("appt-time", "kiosk-big-button");
            times.add(button);
        }
        dialog.add(times);
        var other = BigButton.of(this, "appointment.taken.otherDay", VaadinIcon.CALENDAR, "appt-taken-other", () -> {
            dialog.close();
            go(Step.WHEN);
        });
        dialog.getFooter().add(other);
        dialog.open();
    }

    /** A refusal in the visitor's language; back to the screen where it can be put right. */
    private void explain(AppointmentProblem problem) {
        new NoticeDialog(getTranslation("appointment.refused.title"), getTranslation(problem.messageKey())).open();
        if (draft != null) {
            stepFor(problem).filter(step -> step != draft.step()).ifPresent(this::go);
        }
    }

    private static Optional<Step> stepFor(AppointmentProblem problem) {
        return switch (problem.reason()) {
            case UNKNOWN_TYPE -> Optional.of(Step.WHAT);
            case UNKNOWN_SITE -> Optional.of(Step.WHERE);
            case UNKNOWN_CONSULTANT -> Optional.of(Step.WHO);
            case INVALID_TIME, SLOT_IN_PAST, OUTSIDE_BOOKING_WINDOW, SLOT_NOT_OFFERED -> Optional.of(Step.WHEN);
            case NAME_INVALID, PHONE_INVALID, EMAIL_INVALID, BIRTH_YEAR_INVALID, SECOND_FACTOR_NEEDED -> Optional.of(Step.CONTACT);
            default -> Optional.<Step>empty();
        };
    }

    private Div choices(String id) {
        var choices = new Div();
        choices.setId(id);
        choices.addClassName("appt-choices");
        return choices;
    }

    private Paragraph notice(String key, Object... parameters) {
        var notice = new Paragraph(getTranslation(key, parameters));
        notice.addClassName("appt-notice");
        return notice;
    }
}
