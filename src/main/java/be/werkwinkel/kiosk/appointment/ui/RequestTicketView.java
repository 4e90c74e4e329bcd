package be.werkwinkel.kiosk.appointment.ui;

import be.werkwinkel.kiosk.appointment.PendingBooking;
import be.werkwinkel.kiosk.base.KioskLanguage;
import be.werkwinkel.kiosk.base.ui.BigButton;
import be.werkwinkel.kiosk.kiosk.Configured;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The ticket of a booking request made at a terminal while its hub was unreachable (decision 044):
 * it says first and in large type that this is a request, not yet an appointment, then the
 * reference to look the outcome up with at "my appointment", and what was asked for. Kept in the
 * visitor's session only, like {@link Tickets}.
 */
@AnonymousAllowed
@Route(RequestTicketView.LOCATION)
public final class RequestTicketView extends Div implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    static final String LOCATION = "appointment/request";

    /** What the ticket shows; the factor is what finds the outcome again with the reference. */
    record Shown(PendingBooking request, Tickets.Factor factor) {
    }

    private @Nullable Shown shown;

    public RequestTicketView() {
        addClassNames("appt-screen", "appt-ticket-screen");
    }

    static void show(VaadinSession session, PendingBooking request, Tickets.Factor factor) {
        session.setAttribute(Shown.class, new Shown(request, factor));
    }

    static Optional<Shown> in(VaadinSession session) {
        return Optional.ofNullable(session.getAttribute(Shown.class));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("appointment.pending.ticket.pageTitle");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        shown = in(event.getUI().getSession()).orElse(null);
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
        var request = shown.request();
        var locale = getLocale();
        var language = KioskLanguage.of(locale);
        var title = new H1(getTranslation("appointment.pending.ticket.title"));
        title.addClassName("appt-no-print");
        title.setId("appt-request-title");
        add(title);

        var actions = new Div();
        actions.addClassNames("appt-nav", "appt-no-print");
        actions.add(Configured.onlyWhilePrinting(BigButton.primary(this, "appointment.ticket.print", VaadinIcon.PRINT,
                "appt-print", () -> UI.getCurrent().getPage().executeJs("window.print()"))));
        actions.add(BigButton.of(this, "appointment.ticket.done", VaadinIcon.HOME, "appt-done", () -> {
            UI.getCurrent().getSession().setAttribute(Shown.class, null);
            UI.getCurrent().navigate("home");
        }));
        add(actions);

        var ticket = new Div();
        ticket.addClassNames("appt-ticket", "appt-ticket-pending");
        ticket.setId("appt-request-ticket");
        var status = new Div(VaadinIcon.HOURGLASS.create(), new Span(getTranslation("appointment.pending.ticket.status")));
        status.addClassName("appt-pending-status");
        status.setId("appt-request-status");
        ticket.add(status);
        var explanation = new Paragraph(getTranslation("appointment.pending.ticket.explanation"));
        explanation.addClassName("appt-pending-explanation");
        explanation.setId("appt-request-explanation");
        ticket.add(explanation);

        var code = new Span(request.reference().display());
        code.addClassName("appt-code");
        code.setId("appt-request-reference");
        var label = new Span(getTranslation("appointment.pending.ticket.reference"));
        label.addClassName("appt-ticket-label");
        var help = new Paragraph(getTranslation("appointment.pending.ticket.lookup",
                getTranslation("appointment.ticket.factor." + shown.factor().name())));
        help.addClassName("appt-code-help");
        var codeBlock = new Div(label, code, help);
        codeBlock.addClassName("appt-code-block");
        ticket.add(codeBlock);
        if (request.byEmail()) {
            var mail = new Paragraph(getTranslation("appointment.pending.ticket.email"));
            mail.addClassName("appt-code-help");
            mail.setId("appt-request-email");
            ticket.add(mail);
        }

        var when = Parts.date(request.start().toLocalDate(), locale) + "\n"
                + getTranslation("appointment.pending.ticket.at", Parts.time(request.start(), locale));
        ticket.add(TicketView.row(this, VaadinIcon.CALENDAR_CLOCK, "appointment.pending.ticket.when", when, "appt-request-when"));
        var site = request.site();
        ticket.add(TicketView.row(this, VaadinIcon.MAP_MARKER, "appointment.ticket.where", site.name() + "\n" + site.addressLine(),
                "appt-request-where"));
        ticket.add(TicketView.row(this, VaadinIcon.CLIPBOARD_TEXT, "appointment.ticket.what", request.type().name().in(language),
                "appt-request-what"));
        var bring = request.type().whatToBring().in(language);
        if (!bring.isEmpty()) {
            ticket.add(TicketView.row(this, VaadinIcon.BRIEFCASE, "appointment.ticket.bring", bring, "appt-request-bring"));
        }
        add(ticket);
    }
}
