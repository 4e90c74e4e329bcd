package be.werkwinkel.kiosk.mail.ui.staff;

import be.werkwinkel.kiosk.base.StaffScreens;
import be.werkwinkel.kiosk.base.ui.LiveRefresh;
import be.werkwinkel.kiosk.mail.MailOutboxAdministration;
import be.werkwinkel.kiosk.mail.MailOutboxAdministration.Entry;
import be.werkwinkel.kiosk.mail.MailStatus.State;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Content status, mail (decision 037): how many messages wait, why, when each is tried next, what
 * was given up, and "retry now". Never a subject, a text or an attachment, and recipients only
 * masked ({@code f•••@e•••.be}). Refreshes itself by server push. For administrators.
 */
@Route(StaffScreens.PATH + "/content/mail")
@Menu(title = "outbox.menu", order = 71, icon = "vaadin:envelopes")
@RolesAllowed(StaffScreens.ADMIN)
public class MailOutboxView extends Section implements LocaleChangeObserver, HasDynamicTitle {

    static final int LISTED = 200;
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private final MailOutboxAdministration outbox;
    private final AuthenticationContext authentication;

    private final H1 heading = new H1();
    private final Paragraph summary = new Paragraph();
    private final Paragraph noServer = new Paragraph();
    private final Button retryAll = new Button(VaadinIcon.REFRESH.create());
    private final Grid<Entry> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();
    private Duration sendEvery = Duration.ofSeconds(30);
    /** The messages listed now: listed again only when they changed, so that focus and reading stay put. */
    private List<Entry> listed = List.of();

    public MailOutboxView(MailOutboxAdministration outbox, AuthenticationContext authentication) {
        this.outbox = outbox;
        this.authentication = authentication;
        addClassNames("staff-page", "content-status");

        summary.setId("mail-summary");
        noServer.setId("mail-no-server");
        noServer.addClassName("content-warning");
        retryAll.setId("mail-retry-all");
        retryAll.addThemeVariants(ButtonVariant.PRIMARY);
        retryAll.addClickListener(click -> {
            var count = outbox.retryAll(staff());
            Notification.show(getTranslation("outbox.retried.all", count, seconds()));
            refresh();
        });

        grid.setId("mail-grid");
        grid.addComponentColumn(this::stateBadge).setKey("state").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(entry -> entry.recipient() == null ? "–" : entry.recipient()).setKey("recipient");
        grid.addColumn(entry -> time(entry.queuedAt())).setKey("queued");
        grid.addColumn(Entry::attempts).setKey("attempts").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(entry -> entry.problem() == null ? "–" : getTranslation("outbox.problem." + entry.problem().name()))
                .setKey("problem");
        grid.addColumn(entry -> time(entry.lastAttemptAt())).setKey("lastAttempt");
        grid.addColumn(this::next).setKey("next").setFlexGrow(2);
        grid.addComponentColumn(this::retryButton).setKey("retry").setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        // dates and reasons are read whole, never cut off
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        empty.setId("mail-empty");

        var actions = new Div(retryAll);
        actions.addClassName("staff-filters");
        add(heading, summary, noServer, actions, grid, empty);
        LiveRefresh.every(this, Duration.ofSeconds(5), this::refresh);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("outbox.title");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("outbox.title"));
        noServer.setText(getTranslation("outbox.noServer"));
        retryAll.setText(getTranslation("outbox.retryAll"));
        empty.setText(getTranslation("outbox.empty"));
        grid.getColumnByKey("state").setHeader(getTranslation("outbox.column.state"));
        grid.getColumnByKey("recipient").setHeader(getTranslation("outbox.column.recipient"));
        grid.getColumnByKey("queued").setHeader(getTranslation("outbox.column.queued"));
        grid.getColumnByKey("attempts").setHeader(getTranslation("outbox.column.attempts"));
        grid.getColumnByKey("problem").setHeader(getTranslation("outbox.column.problem"));
        grid.getColumnByKey("lastAttempt").setHeader(getTranslation("outbox.column.lastAttempt"));
        grid.getColumnByKey("next").setHeader(getTranslation("outbox.column.next"));
        grid.getColumnByKey("retry").setHeader(getTranslation("outbox.column.retry"));
        listed = List.of(); // the rows again, in the new language
        grid.getDataProvider().refreshAll();
        refresh();
    }

    /** Draws everything again from the port: on every push tick, after every action, and on a language switch. */
    void refresh() {
        var overview = outbox.overview(LISTED);
        sendEvery = overview.sendEvery();
        summary.setText(getTranslation("outbox.summary", overview.waiting(), overview.failing(), overview.givenUp(),
                overview.sentLastDay()));
        noServer.setVisible(!overview.mailServerConfigured());
        retryAll.setEnabled(overview.entries().stream()
                .anyMatch(entry -> entry.retryable() && (entry.state() == State.GIVEN_UP || entry.problem() != null)));
        if (!overview.entries().equals(listed)) {
            listed = overview.entries();
            grid.setItems(listed);
        }
        grid.setVisible(!overview.entries().isEmpty());
        empty.setVisible(overview.entries().isEmpty());
    }

    private Component stateBadge(Entry entry) {
        var failing = entry.state() == State.GIVEN_UP;
        var icon = (failing ? VaadinIcon.CLOSE_CIRCLE : entry.problem() != null ? VaadinIcon.WARNING
                : VaadinIcon.HOURGLASS).create();
        icon.getElement().setAttribute("aria-hidden", "true");
        var state = failing ? "GIVEN_UP" : entry.problem() != null ? "FAILING" : "WAITING";
        var badge = new Span(icon, new Span(getTranslation("outbox.state." + state)));
        badge.addClassNames("content-state", "content-state-" + state.toLowerCase(Locale.ROOT).replace('_', '-'));
        return badge;
    }

    private String next(Entry entry) {
        if (entry.state() == State.GIVEN_UP) {
            return getTranslation(entry.retryable() ? "outbox.givenUp" : "outbox.givenUp.gone", time(entry.givenUpAt()));
        }
        return getTranslation("outbox.next", time(entry.nextAttemptAt()), time(entry.givesUpAt()));
    }

    private Component retryButton(Entry entry) {
        if (!entry.retryable()) {
            return new Span();
        }
        var retry = new Button(getTranslation("outbox.retry"), VaadinIcon.REFRESH.create());
        retry.setId("mail-retry-" + entry.requestId().toString().substring(0, 8));
        // the visible text is the same on every row: say which message
        retry.setAriaLabel(getTranslation("outbox.retry.label", entry.recipient() == null ? "–" : entry.recipient(),
                time(entry.queuedAt())));
        retry.addClickListener(click -> {
            if (outbox.retryNow(entry.requestId(), staff())) {
                Notification.show(getTranslation("outbox.retried", seconds()));
            } else {
                Notification.show(getTranslation("outbox.retry.refused"));
            }
            refresh();
        });
        return retry;
    }

    private long seconds() {
        return Math.max(1, sendEvery.toSeconds());
    }

    private String staff() {
        return authentication.getPrincipalName().orElse("?");
    }

    private String time(@Nullable Instant instant) {
        if (instant == null) {
            return "–";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT, FormatStyle.MEDIUM).withLocale(getLocale())
                .format(instant.atZone(BRUSSELS));
    }
}
