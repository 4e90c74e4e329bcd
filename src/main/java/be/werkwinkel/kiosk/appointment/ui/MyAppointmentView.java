package be.werkwinkel.kiosk.appointment.ui;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import be.werkwinkel.kiosk.appointment.AppointmentProblem;
import be.werkwinkel.kiosk.appointment.AppointmentStatus;
import be.werkwinkel.kiosk.appointment.Appointments;
import be.werkwinkel.kiosk.appointment.AppointmentsUnreachable;
import be.werkwinkel.kiosk.appointment.Booking;
import be.werkwinkel.kiosk.appointment.BookingCode;
import be.werkwinkel.kiosk.appointment.BookingOutcome;
import be.werkwinkel.kiosk.appointment.ConsultantChoice;
import be.werkwinkel.kiosk.appointment.FreeSlot;
import be.werkwinkel.kiosk.appointment.SlotQuery;
import be.werkwinkel.kiosk.base.ui.BigButton;
import be.werkwinkel.kiosk.base.ui.NoticeDialog;
import be.werkwinkel.kiosk.storage.RequestId;
import be.werkwinkel.kiosk.storage.SignedInVisitor;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
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
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * "Mijn afspraak" at any terminal: the booking code and the second factor (birth year or the last
 * four digits of the phone number) find the appointment; it can then be cancelled (after a
 * confirmation) or moved to another free time. A wrong code, too many tries and a change too late
 * each get their own plain sentence, and change nothing. What was typed stays in this screen only.
 */
@AnonymousAllowed
@Route(MyAppointmentView.LOCATION)
public final class MyAppointmentView extends Div implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    static final String LOCATION = "appointment/mine";

    private final Appointments appointments;
    private final Terminal terminal;
    private String code = "";
    private String factor = "";
    private @Nullable Booking found;
    private boolean moving;
    private @Nullable LocalDate day;
    /** One id per change the visitor confirms: a lost answer repeated has no second effect. */
    private UUID request = UUID.randomUUID();

    public MyAppointmentView(Appointments appointments, Terminal terminal) {
        this.appointments = appointments;
        this.terminal = terminal;
        addClassName("appt-screen");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("appointment.mine.pageTitle");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // from the ticket just shown: its code is filled in, the second factor is still asked
        Tickets.in(event.getUI().getSession()).ifPresent(shown -> code = shown.booking().code().display());
        RequestTicketView.in(event.getUI().getSession()).ifPresent(shown -> code = shown.request().reference().display());
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        draw();
    }

    private void draw() {
        removeAll();
        add(new H1(getTranslation("appointment.mine.title")));
        if (found == null) {
            ask();
        } else if (moving) {
            move(found);
        } else {
            show(found);
        }
    }

    private void ask() {
        var explanation = new Paragraph(getTranslation("appointment.mine.explanation"));
        explanation.addClassName("appt-explanation");
        var codeField = new TextField(getTranslation("appointment.mine.code"));
        codeField.setId("appt-mine-code");
        codeField.setValue(code);
        codeField.setMaxLength(12);
        codeField.setHelperText(getTranslation("appointment.mine.code.help"));
        codeField.setAutocomplete(Autocomplete.OFF);
        codeField.addClassNames("appt-field", "appt-code-field");
        var factorField = new TextField(getTranslation("appointment.mine.factor"));
        factorField.setId("appt-mine-factor");
        factorField.setValue(factor);
        factorField.setMaxLength(4);
        factorField.setAllowedCharPattern("[0-9]");
        factorField.setHelperText(getTranslation("appointment.mine.factor.help"));
        factorField.setAutocomplete(Autocomplete.OFF);
        factorField.addClassName("appt-field");
        factorField.getElement().executeJs("this.inputElement.inputMode = 'numeric';");
        var form = new Div(codeField, factorField);
        form.addClassName("appt-form");
        var nav = new Div(BigButton.of(this, "appointment.book.back", VaadinIcon.ARROW_LEFT, "appt-back",
                () -> UI.getCurrent().navigate(AppointmentStartView.class)),
                BigButton.primary(this, "appointment.mine.find", VaadinIcon.SEARCH, "appt-mine-find", () -> {
                    code = codeField.getValue().strip();
                    factor = factorField.getValue().strip();
                    find(codeField, factorField);
                }));
        nav.addClassName("appt-nav");
        add(explanation, form, nav);
    }

    private void find(TextField codeField, TextField factorField) {
        codeField.setInvalid(false);
        factorField.setInvalid(false);
        if (BookingCode.parse(code).isEmpty()) {
            codeField.setErrorMessage(getTranslation("appointment.mine.code.invalid"));
            codeField.setInvalid(true);
            return;
        }
        if (!factor.matches("[0-9]{4}")) {
            factorField.setErrorMessage(getTranslation("appointment.mine.factor.invalid"));
            factorField.setInvalid(true);
            return;
        }
        try {
            found = appointments.find(code, factor, terminal.id());
            draw();
        } catch (AppointmentProblem problem) {
            refused(problem);
        } catch (AppointmentsUnreachable away) {
            unreachable();
        }
    }

    private void show(Booking booking) {
        var booked = booking.status() == AppointmentStatus.BOOKED;
        var state = new H2(getTranslation(booked ? "appointment.mine.found" : "appointment.ticket.status." + booking.status().name()));
        state.setId("appt-mine-state");
        add(state);
        var nav = new Div(); // above the ticket: what can be done is in sight without scrolling
        nav.addClassName("appt-nav");
        nav.add(BigButton.of(this, "appointment.mine.other", VaadinIcon.ARROW_LEFT, "appt-mine-other", () -> {
            found = null;
            factor = "";
            code = "";
            draw();
        }));
        if (booked) {
            var cancel = BigButton.of(this, "appointment.mine.cancel", VaadinIcon.CLOSE_CIRCLE, "appt-mine-cancel",
                    () -> confirmCancel(booking));
            cancel.addThemeVariants(ButtonVariant.ERROR);
            nav.add(BigButton.of(this, "appointment.mine.move", VaadinIcon.CALENDAR, "appt-mine-move", () -> {
                moving = true;
                day = null;
                draw();
            }), cancel);
            // signed in: the ticket screen shows what is shared with the consultant, to share or take back
            SignedInVisitor.current().ifPresent(visitor -> nav.add(BigButton.of(this, "appointment.mine.documents",
                    VaadinIcon.FILE_TEXT_O, "appt-mine-documents",
                    () -> TicketView.open(UI.getCurrent(), booking, null, visitor.account()))));
        }
        add(nav, TicketView.ticket(this, booking, null));
    }

    private void confirmCancel(Booking booking) {
        var dialog = new Dialog();
        dialog.setId("appt-cancel-confirm");
        dialog.setHeaderTitle(getTranslation("appointment.mine.cancel.title"));
        dialog.add(new Paragraph(getTranslation("appointment.mine.cancel.question", Parts.dateTime(booking.start(), getLocale()))));
        var keep = BigButton.of(this, "appointment.mine.cancel.no", VaadinIcon.ARROW_LEFT, "appt-cancel-no", dialog::close);
        var yes = BigButton.of(this, "appointment.mine.cancel.yes", VaadinIcon.CLOSE_CIRCLE, "appt-cancel-yes", () -> {
            dialog.close();
            try {
                found = appointments.cancel(new RequestId(request), code, factor, terminal.id());
                request = UUID.randomUUID();
                var done = new NoticeDialog(getTranslation("appointment.mine.cancelled.title"),
                        getTranslation("appointment.mine.cancelled"));
                done.setId("appt-cancelled");
                done.open();
            } catch (AppointmentProblem problem) {
                refused(problem);
            } catch (AppointmentsUnreachable away) {
                unreachable(); // the same request id again when the visitor tries again: cancelled once
            }
            draw();
        });
        yes.addThemeVariants(ButtonVariant.ERROR);
        dialog.getFooter().add(keep, yes);
        dialog.open();
    }

    private void move(Booking booking) {
        var heading = new H2(getTranslation("appointment.mine.moveTitle"));
        var now = new Paragraph(getTranslation("appointment.mine.now", Parts.dateTime(booking.start(), getLocale())));
        now.addClassName("appt-chosen");
        add(heading, now);
        var query = new SlotQuery(booking.type().id(), booking.site().id(), ConsultantChoice.anyone());
        try {
            add(new SlotPicker(this, appointments, query, day, null, chosen -> {
                day = chosen;
                draw();
            }, slot -> confirmMove(booking, slot)));
        } catch (AppointmentProblem problem) {
            refused(problem);
        } catch (AppointmentsUnreachable away) {
            unreachable();
        }
        var nav = new Div(BigButton.of(this, "appointment.mine.keep", VaadinIcon.ARROW_LEFT, "appt-mine-keep", () -> {
            moving = false;
            draw();
        }));
        nav.addClassName("appt-nav");
        add(nav);
    }

    private void confirmMove(Booking booking, FreeSlot slot) {
        var dialog = new Dialog();
        dialog.setId("appt-move-confirm");
        dialog.setHeaderTitle(getTranslation("appointment.mine.move.title"));
        dialog.add(new Paragraph(getTranslation("appointment.mine.move.question", Parts.dateTime(booking.start(), getLocale()),
                Parts.dateTime(slot.start(), getLocale()))));
        var no = BigButton.of(this, "appointment.mine.move.no", VaadinIcon.ARROW_LEFT, "appt-move-no", dialog::close);
        var yes = BigButton.primary(this, "appointment.mine.move.yes", VaadinIcon.CHECK, "appt-move-yes", () -> {
            dialog.close();
            try {
                switch (appointments.move(new RequestId(request), code, factor, terminal.id(), slot.start(), ConsultantChoice.anyone())) {
                    case BookingOutcome.Booked booked -> {
                        found = booked.booking();
                        moving = false;
                        request = UUID.randomUUID();
                        var done = new NoticeDialog(getTranslation("appointment.mine.moved.title"),
                                getTranslation("appointment.mine.moved", Parts.dateTime(booked.booking().start(), getLocale())));
                        done.setId("appt-moved");
                        done.open();
                    }
                    case BookingOutcome.JustTaken taken -> {
                        request = UUID.randomUUID();
                        var notice = new NoticeDialog(getTranslation("appointment.taken.title"),
                                getTranslation("appointment.mine.move.taken"));
                        notice.setId("appt-taken");
                        notice.open();
                    }
                }
            } catch (AppointmentProblem problem) {
                refused(problem);
            } catch (AppointmentsUnreachable away) {
                unreachable(); // the same request id again when the visitor tries again: moved once
            }
            draw();
        });
        dialog.getFooter().add(no, yes);
        dialog.open();
    }

    /** A terminal whose hub cannot be reached now: finding, moving and cancelling need it. */
    private void unreachable() {
        var notice = new NoticeDialog(getTranslation("appointment.mine.refused.title"),
                getTranslation("appointment.unreachable.mine"));
        notice.setId("appt-unreachable");
        notice.open();
    }

    /** Wrong code, too many tries, too late: said plainly; nothing changed. */
    private void refused(AppointmentProblem problem) {
        var text = switch (problem.reason()) {
            case NOT_FOUND -> getTranslation("appointment.mine.notFound");
            case TOO_MANY_ATTEMPTS -> problem.retryAt() == null ? getTranslation("appointment.mine.tooMany.later")
                    : getTranslation("appointment.mine.tooMany",
                            Parts.time(problem.retryAt().atZone(Appointments.ZONE), getLocale()));
            case TOO_LATE_TO_CHANGE -> getTranslation("appointment.mine.tooLate");
            default -> getTranslation(problem.messageKey());
        };
        var notice = new NoticeDialog(getTranslation("appointment.mine.refused.title"), text);
        notice.setId("appt-refused");
        notice.open();
        if (problem.reason() == AppointmentProblem.Reason.NOT_FOUND || problem.reason() == AppointmentProblem.Reason.TOO_MANY_ATTEMPTS) {
            found = null;
            moving = false;
        }
    }
}
