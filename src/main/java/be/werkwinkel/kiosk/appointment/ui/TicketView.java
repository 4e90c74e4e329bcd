package be.werkwinkel.kiosk.appointment.ui;

import be.werkwinkel.kiosk.kiosk.Configured;
import be.werkwinkel.kiosk.kiosk.KioskFeature;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import be.werkwinkel.kiosk.appointment.AppointmentProblem;
import be.werkwinkel.kiosk.appointment.AppointmentStatus;
import be.werkwinkel.kiosk.appointment.Appointments;
import be.werkwinkel.kiosk.appointment.Booking;
import be.werkwinkel.kiosk.appointment.SharedDocument;
import be.werkwinkel.kiosk.base.KioskLanguage;
import be.werkwinkel.kiosk.base.ui.BigButton;
import be.werkwinkel.kiosk.base.ui.NoticeDialog;
import be.werkwinkel.kiosk.base.ui.QrCode;
import be.werkwinkel.kiosk.storage.AccountId;
import be.werkwinkel.kiosk.storage.DocumentKind;
import be.werkwinkel.kiosk.storage.DocumentSummary;
import be.werkwinkel.kiosk.storage.PersonalStorage;
import be.werkwinkel.kiosk.storage.RequestId;
import be.werkwinkel.kiosk.storage.SignedInVisitor;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The ticket: date, time, place with its address and a route hint, the consultant, what to bring,
 * and the booking code in large type with its QR code; printed by the kiosk browser with a print
 * style sheet that leaves only the ticket (decision 025). A visitor who was signed in when booking
 * may share a document from their storage with the consultant here, after saying yes to it, and
 * take it back.
 */
@AnonymousAllowed
@Route(TicketView.LOCATION)
public final class TicketView extends Div implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    static final String LOCATION = "appointment/ticket";

    private final Appointments appointments;
    private final ObjectProvider<PersonalStorage> storage;
    private Tickets.@Nullable Shown shown;

    public TicketView(Appointments appointments, ObjectProvider<PersonalStorage> storage) {
        this.appointments = appointments;
        this.storage = storage;
        addClassNames("appt-screen", "appt-ticket-screen");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("appointment.ticket.pageTitle");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        shown = Tickets.in(event.getUI().getSession()).orElse(null);
        if (shown == null) {
            event.forwardTo(AppointmentStartView.class);
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        draw();
    }

    private void draw() {
        removeAll();
        if (shown == null) {
            return;
        }
        var booking = shown.booking();
        var booked = booking.status() == AppointmentStatus.BOOKED;
        var title = new H1(getTranslation(booked ? "appointment.ticket.title" : "appointment.ticket.status." + booking.status().name()));
        title.addClassName("appt-no-print");
        title.setId("appt-ticket-title");
        add(title);

        // what to do next, above the ticket so that Print is in sight without scrolling
        var actions = new Div();
        actions.addClassNames("appt-nav", "appt-no-print");
        actions.add(Configured.onlyWhilePrinting(BigButton.primary(this, "appointment.ticket.print", VaadinIcon.PRINT,
                "appt-print", () -> UI.getCurrent().getPage().executeJs("window.print()"))));
        if (booked) {
            actions.add(BigButton.of(this, "appointment.ticket.change", VaadinIcon.EDIT, "appt-change",
                    () -> UI.getCurrent().navigate(MyAppointmentView.class)));
        }
        actions.add(BigButton.of(this, "appointment.ticket.done", VaadinIcon.HOME, "appt-done", () -> {
            Tickets.forget(UI.getCurrent().getSession());
            UI.getCurrent().navigate("home");
        }));
        add(actions, ticket(this, booking, shown.factor()));
        if (booked) {
            add(Configured.onlyWith(KioskFeature.DOCUMENTS, sharing(booking))); // documents live in storage
        }
    }

    /** The ticket itself, as shown and as printed. */
    static Div ticket(com.vaadin.flow.component.Component owner, Booking booking, Tickets.@Nullable Factor factor) {
        var locale = com.vaadin.flow.component.UI.getCurrent().getLocale();
        var language = KioskLanguage.of(locale);
        var ticket = new Div();
        ticket.addClassName("appt-ticket");
        ticket.setId("appt-ticket");

        var code = new Span(booking.code().display());
        code.addClassName("appt-code");
        code.setId("appt-code");
        var codeLabel = new Span(owner.getTranslation("appointment.ticket.code"));
        codeLabel.addClassName("appt-ticket-label");
        var qr = new Image(QrCode.svgDataUrl(booking.code().display()), owner.getTranslation("appointment.ticket.qr",
                booking.code().display()));
        qr.addClassName("appt-qr");
        var codeBlock = new Div(codeLabel, code);
        codeBlock.addClassName("appt-code-block");
        if (factor != null) {
            var help = new Paragraph(owner.getTranslation("appointment.ticket.codeHelp",
                    owner.getTranslation("appointment.ticket.factor." + factor.name())));
            help.addClassName("appt-code-help");
            codeBlock.add(help);
        }
        var head = new Div(codeBlock, qr);
        head.addClassName("appt-ticket-head");
        ticket.add(head);

        var when = Parts.date(booking.start().toLocalDate(), locale) + "\n"
                + owner.getTranslation("appointment.ticket.time", Parts.time(booking.start(), locale), Parts.time(booking.end(), locale));
        ticket.add(row(owner, VaadinIcon.CALENDAR_CLOCK, "appointment.ticket.when", when, "appt-ticket-when"));
        var site = booking.site();
        var where = site.name() + "\n" + site.addressLine();
        var hint = site.details().routeHint().in(language);
        if (!hint.isEmpty()) {
            where += "\n" + hint;
        }
        ticket.add(row(owner, VaadinIcon.MAP_MARKER, "appointment.ticket.where", where, "appt-ticket-where"));
        ticket.add(row(owner, VaadinIcon.USER, "appointment.ticket.who", booking.consultant().name(), "appt-ticket-who"));
        ticket.add(row(owner, VaadinIcon.CLIPBOARD_TEXT, "appointment.ticket.what", booking.type().name().in(language),
                "appt-ticket-what"));
        var bring = booking.type().whatToBring().in(language);
        if (!bring.isEmpty()) {
            ticket.add(row(owner, VaadinIcon.BRIEFCASE, "appointment.ticket.bring", bring, "appt-ticket-bring"));
        }
        if (booking.vacancy() != null) {
            ticket.add(row(owner, VaadinIcon.SEARCH, "appointment.ticket.vacancy", booking.vacancy().title(), "appt-ticket-vacancy"));
        }
        return ticket;
    }

    static Div row(com.vaadin.flow.component.Component owner, VaadinIcon icon, String labelKey, String value, String id) {
        var label = new Span(owner.getTranslation(labelKey));
        label.addClassName("appt-ticket-label");
        var text = new Span(value);
        text.addClassName("appt-ticket-value");
        var pictogram = icon.create();
        pictogram.addClassName("appt-ticket-icon");
        var row = new Div(pictogram, new Div(label, text));
        row.addClassName("appt-ticket-row");
        row.setId(id);
        return row;
    }

    // --- sharing a document with the consultant ---

    private Div sharing(Booking booking) {
        var section = new Div();
        section.addClassNames("appt-share", "appt-no-print");
        section.setId("appt-share");
        section.add(new H2(getTranslation("appointment.share.title", booking.consultant().name())));
        var visitor = SignedInVisitor.current();
        var personal = storage.getIfAvailable();
        var account = shown == null ? null : shown.account();
        if (personal == null || visitor.isEmpty() || account == null || !visitor.get().account().equals(account)) {
            section.add(explanation("appointment.share.signInFirst"));
            return section;
        }
        section.add(explanation("appointment.share.explanation", booking.consultant().name()));
        List<DocumentSummary> documents;
        Set<be.werkwinkel.kiosk.storage.DocumentId> shared;
        try {
            documents = personal.documents(account).stream().filter(document -> document.kind() != DocumentKind.SAVED_VACANCY).toList();
            shared = appointments.sharedDocuments(booking.id(), account).stream().map(SharedDocument::document)
                    .collect(Collectors.toSet());
        } catch (RuntimeException unavailable) {
            section.add(explanation("appointment.share.unavailable"));
            return section;
        }
        if (documents.isEmpty()) {
            section.add(explanation("appointment.share.noDocuments"));
            return section;
        }
        var list = new Div();
        list.addClassName("appt-share-list");
        list.setId("appt-share-list");
        for (var document : documents) {
            var isShared = shared.contains(document.id());
            var name = new Span(document.name());
            name.addClassName("appt-share-name");
            var state = new Span(getTranslation(isShared ? "appointment.share.shared" : "appointment.share.notShared"));
            state.addClassName(isShared ? "appt-share-on" : "appt-share-off");
            var index = documents.indexOf(document);
            Button action;
            if (isShared) {
                action = BigButton.of(this, "appointment.share.revoke", VaadinIcon.BAN, "appt-revoke-" + index,
                        () -> revoke(booking, account, document));
            } else {
                action = BigButton.of(this, "appointment.share.share", VaadinIcon.SHARE, "appt-share-" + index,
                        () -> askConsent(booking, account, document));
            }
            var line = new Div(VaadinIcon.FILE_TEXT_O.create(), new Div(name, state), action);
            line.addClassName("appt-share-line");
            list.add(line);
        }
        section.add(list);
        return section;
    }

    private Paragraph explanation(String key, Object... parameters) {
        var paragraph = new Paragraph(getTranslation(key, parameters));
        paragraph.addClassName("appt-explanation");
        return paragraph;
    }

    /** Nothing is shared without a yes on screen that names the document and the consultant. */
    private void askConsent(Booking booking, AccountId account, DocumentSummary document) {
        var dialog = new Dialog();
        dialog.setId("appt-consent");
        dialog.setHeaderTitle(getTranslation("appointment.share.consent.title"));
        dialog.add(new Paragraph(getTranslation("appointment.share.consent", booking.consultant().name(), document.name())),
                new Paragraph(getTranslation("appointment.share.consent.revocable")));
        var no = BigButton.of(this, "appointment.share.consent.no", VaadinIcon.CLOSE, "appt-consent-no", dialog::close);
        var yes = BigButton.primary(this, "appointment.share.consent.yes", VaadinIcon.CHECK, "appt-consent-yes", () -> {
            dialog.close();
            try {
                appointments.shareDocument(RequestId.random(), booking.id(), account, document.id(), true);
            } catch (AppointmentProblem problem) {
                new NoticeDialog(getTranslation("appointment.refused.title"), getTranslation(problem.messageKey())).open();
            }
            draw();
        });
        dialog.getFooter().add(no, yes);
        dialog.open();
    }

    private void revoke(Booking booking, AccountId account, DocumentSummary document) {
        try {
            appointments.revokeDocument(RequestId.random(), booking.id(), account, document.id());
            var notice = new NoticeDialog(getTranslation("appointment.share.revoked.title"),
                    getTranslation("appointment.share.revoked", document.name(), booking.consultant().name()));
            notice.setId("appt-revoked");
            notice.open();
        } catch (AppointmentProblem problem) {
            new NoticeDialog(getTranslation("appointment.refused.title"), getTranslation(problem.messageKey())).open();
        }
        draw();
    }

    /** Shows this appointment's ticket (from the visitor's own list or after finding it with the code). */
    static void open(UI ui, Booking booking, Tickets.@Nullable Factor factor, @Nullable AccountId account) {
        Tickets.show(ui.getSession(), booking, factor, account);
        ui.navigate(TicketView.class);
    }
}
