package be.werkwinkel.kiosk.terminal.ui;

import be.werkwinkel.kiosk.base.StaffAudit;
import be.werkwinkel.kiosk.base.StaffScreens;
import be.werkwinkel.kiosk.terminal.CommandKind;
import be.werkwinkel.kiosk.terminal.CommandView;
import be.werkwinkel.kiosk.terminal.TerminalId;
import be.werkwinkel.kiosk.terminal.TerminalState;
import be.werkwinkel.kiosk.terminal.TerminalView;
import be.werkwinkel.kiosk.terminal.Terminals;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Every terminal at a glance, live: state as colour, icon and text, filtered by site and state;
 * pick one to send it a command and follow each command's result. Administrators also create
 * terminals (and see their one-time enrollment code once) and revoke them.
 */
@Route(StaffScreens.PATH + "/terminals")
@Menu(title = "terminals.menu", order = 15, icon = "vaadin:desktop")
@RolesAllowed({StaffScreens.ADMIN, StaffScreens.STAFF})
public class TerminalsView extends Section implements LocaleChangeObserver, HasDynamicTitle {

    private static final String ALL = "";

    private final Terminals terminals;
    private final TerminalsBroadcast broadcast;
    private final StaffAudit audit;
    private final AuthenticationContext authentication;

    private final H1 heading = new H1();
    private final Select<String> site = new Select<>();
    private final Select<TerminalState> state = new Select<>();
    private final Button create = new Button(VaadinIcon.PLUS.create());
    private final Grid<TerminalView> grid = new Grid<>();
    private final Section details = new Section();
    private final H2 detailsHeading = new H2();
    private final Paragraph detailsFacts = new Paragraph();
    private final TextArea lockMessage = new TextArea();
    private final TextField announcement = new TextField();
    private final Button reset = new Button(VaadinIcon.REFRESH.create());
    private final Button lock = new Button(VaadinIcon.LOCK.create());
    private final Button unlock = new Button(VaadinIcon.UNLOCK.create());
    private final Button reload = new Button(VaadinIcon.COG.create());
    private final Button announce = new Button(VaadinIcon.MEGAPHONE.create());
    private final Button announceSite = new Button(VaadinIcon.MEGAPHONE.create());
    private final Button restart = new Button(VaadinIcon.POWER_OFF.create());
    private final Button newCode = new Button(VaadinIcon.KEY.create());
    private final Button revoke = new Button(VaadinIcon.BAN.create());
    private final Button settings = new Button(VaadinIcon.SLIDERS.create());
    private final Grid<CommandView> commands = new Grid<>();
    private @Nullable TerminalId selected;
    private @Nullable Registration subscription;

    public TerminalsView(Terminals terminals, TerminalsBroadcast broadcast, StaffAudit audit,
            AuthenticationContext authentication) {
        this.terminals = terminals;
        this.broadcast = broadcast;
        this.audit = audit;
        this.authentication = authentication;
        addClassName("staff-page");
        addClassName("terminals-page");
        var admin = authentication.hasRole(StaffScreens.ADMIN);

        site.setId("terminals-site");
        site.setEmptySelectionAllowed(false);
        site.addValueChangeListener(change -> refresh());
        state.setId("terminals-state");
        state.setEmptySelectionAllowed(true);
        state.setItems(TerminalState.values());
        state.addValueChangeListener(change -> refresh());
        create.setId("terminals-create");
        create.setVisible(admin);
        create.addClickListener(click -> openCreateDialog());
        var filters = new Div(site, state, create);
        filters.addClassName("staff-filters");

        grid.setId("terminals-grid");
        grid.addComponentColumn(this::stateBadge).setKey("state").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(TerminalView::name).setKey("name");
        grid.addColumn(TerminalView::site).setKey("site");
        grid.addColumn(TerminalView::location).setKey("location");
        grid.addColumn(view -> time(view.lastSeenAt())).setKey("lastSeen");
        grid.addColumn(view -> Objects.toString(view.appVersion(), "")).setKey("version");
        grid.addColumn(view -> Objects.toString(view.feature(), "")).setKey("feature");
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(change -> {
            if (change.isFromClient() || change.getValue() != null) {
                selected = change.getValue() == null ? null : change.getValue().id();
                showDetails();
            }
        });

        lockMessage.setId("terminal-lock-message");
        lockMessage.setMaxLength(500);
        announcement.setId("terminal-announcement");
        announcement.setMaxLength(500);
        reset.setId("terminal-reset");
        reset.addClickListener(click -> send(CommandKind.RESET_SESSION, null));
        lock.setId("terminal-lock");
        lock.addThemeVariants(ButtonVariant.ERROR);
        lock.addClickListener(click -> {
            if (lockMessage.getValue().isBlank()) {
                lockMessage.setInvalid(true);
                lockMessage.setErrorMessage(getTranslation("terminals.lock.messageRequired"));
                return;
            }
            lockMessage.setInvalid(false);
            send(CommandKind.LOCK, lockMessage.getValue());
        });
        unlock.setId("terminal-unlock");
        unlock.addClickListener(click -> send(CommandKind.UNLOCK, null));
        reload.setId("terminal-reload");
        reload.addClickListener(click -> send(CommandKind.RELOAD_CONFIGURATION, null));
        announce.setId("terminal-announce");
        announce.addClickListener(click -> send(CommandKind.ANNOUNCE, announcement.getValue()));
        announceSite.setId("terminal-announce-site");
        announceSite.addClickListener(click -> announceToSite());
        restart.setId("terminal-restart");
        restart.addClickListener(click -> confirm(getTranslation("terminals.restart.confirm"),
                () -> send(CommandKind.RESTART, null)));
        newCode.setId("terminal-new-code");
        newCode.setVisible(admin);
        newCode.addClickListener(click -> newEnrollmentCode());
        revoke.setId("terminal-revoke");
        revoke.setVisible(admin);
        revoke.addThemeVariants(ButtonVariant.ERROR);
        revoke.addClickListener(click -> confirm(getTranslation("terminals.revoke.confirm"), this::revokeSelected));

        settings.setId("terminal-settings");
        settings.addClickListener(click -> {
            var terminal = selected;
            if (terminal != null) {
                getUI().ifPresent(ui -> ui.navigate(ConfigurationView.class, ConfigurationView.forTerminal(terminal)));
            }
        });

        commands.setId("terminal-commands");
        commands.addColumn(command -> command.seq()).setKey("seq").setAutoWidth(true).setFlexGrow(0);
        commands.addColumn(command -> getTranslation("terminals.command." + command.kind().name())).setKey("kind");
        commands.addColumn(command -> Objects.toString(command.text(), "")).setKey("text");
        commands.addColumn(CommandView::issuedBy).setKey("issuedBy");
        commands.addColumn(command -> time(command.queuedAt())).setKey("queuedAt");
        commands.addColumn(command -> getTranslation("terminals.status." + command.status().name())).setKey("status");
        commands.addColumn(command -> Objects.toString(command.result(), "")).setKey("result");
        commands.setAllRowsVisible(true);

        var lockRow = new Div(lockMessage, lock, unlock);
        lockRow.addClassName("terminals-command-row");
        var announceRow = new Div(announcement, announce, announceSite);
        announceRow.addClassName("terminals-command-row");
        var otherRow = new Div(reset, reload, settings, restart, newCode, revoke);
        otherRow.addClassName("terminals-command-row");
        details.setId("terminal-details");
        details.add(detailsHeading, detailsFacts, lockRow, announceRow, otherRow, commands);
        details.setVisible(false);

        add(heading, filters, grid, details);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        var ui = attachEvent.getUI();
        subscription = broadcast.subscribe(() -> ui.access(this::refresh));
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (subscription != null) {
            subscription.remove();
            subscription = null;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("terminals.title");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("terminals.title"));
        site.setLabel(getTranslation("terminals.filter.site"));
        site.setItemLabelGenerator(value -> value.isEmpty() ? getTranslation("terminals.filter.all") : value);
        state.setLabel(getTranslation("terminals.filter.state"));
        state.setEmptySelectionCaption(getTranslation("terminals.filter.all"));
        state.setItemLabelGenerator(value -> value == null ? getTranslation("terminals.filter.all")
                : getTranslation("terminals.state." + value.name()));
        create.setText(getTranslation("terminals.create"));
        grid.getColumnByKey("state").setHeader(getTranslation("terminals.column.state"));
        grid.getColumnByKey("name").setHeader(getTranslation("terminals.column.name"));
        grid.getColumnByKey("site").setHeader(getTranslation("terminals.column.site"));
        grid.getColumnByKey("location").setHeader(getTranslation("terminals.column.location"));
        grid.getColumnByKey("lastSeen").setHeader(getTranslation("terminals.column.lastSeen"));
        grid.getColumnByKey("version").setHeader(getTranslation("terminals.column.version"));
        grid.getColumnByKey("feature").setHeader(getTranslation("terminals.column.feature"));
        lockMessage.setLabel(getTranslation("terminals.lock.message"));
        announcement.setLabel(getTranslation("terminals.announcement"));
        reset.setText(getTranslation("terminals.command.RESET_SESSION"));
        lock.setText(getTranslation("terminals.command.LOCK"));
        unlock.setText(getTranslation("terminals.command.UNLOCK"));
        reload.setText(getTranslation("terminals.command.RELOAD_CONFIGURATION"));
        announce.setText(getTranslation("terminals.command.ANNOUNCE"));
        announceSite.setText(getTranslation("terminals.announceSite"));
        restart.setText(getTranslation("terminals.command.RESTART"));
        newCode.setText(getTranslation("terminals.newCode"));
        revoke.setText(getTranslation("terminals.revoke"));
        settings.setText(getTranslation("config.openSettings"));
        commands.getColumnByKey("seq").setHeader(getTranslation("terminals.commands.seq"));
        commands.getColumnByKey("kind").setHeader(getTranslation("terminals.commands.kind"));
        commands.getColumnByKey("text").setHeader(getTranslation("terminals.commands.text"));
        commands.getColumnByKey("issuedBy").setHeader(getTranslation("terminals.commands.issuedBy"));
        commands.getColumnByKey("queuedAt").setHeader(getTranslation("terminals.commands.queuedAt"));
        commands.getColumnByKey("status").setHeader(getTranslation("terminals.commands.status"));
        commands.getColumnByKey("result").setHeader(getTranslation("terminals.commands.result"));
        refresh();
    }

    /** Runs on every change of any terminal (debounced), and after every action here. */
    void refresh() {
        var all = terminals.overview();
        var sites = new java.util.ArrayList<String>();
        sites.add(ALL);
        all.stream().map(TerminalView::site).distinct().sorted().forEach(sites::add);
        var chosenSite = Optional.ofNullable(site.getValue()).orElse(ALL);
        if (!sites.equals(site.getListDataView().getItems().toList())) {
            site.setItems(sites);
            site.setValue(sites.contains(chosenSite) ? chosenSite : ALL);
        } else if (site.getValue() == null) {
            site.setValue(ALL);
        }
        var shown = all.stream()
                .filter(view -> chosenSite.isEmpty() || view.site().equals(chosenSite))
                .filter(view -> state.getValue() == null || view.state() == state.getValue())
                .toList();
        // identity by id: a heartbeat changes the row, the selection stays
        grid.setItems(shown).setIdentifierProvider(TerminalView::id);
        if (selected != null) {
            shown.stream().filter(view -> view.id().equals(selected)).findFirst().ifPresent(grid::select);
        }
        showDetails();
    }

    private void showDetails() {
        var view = selected == null ? Optional.<TerminalView>empty() : terminals.find(selected);
        details.setVisible(view.isPresent());
        if (view.isEmpty()) {
            return;
        }
        var terminal = view.get();
        detailsHeading.setText(terminal.name() + " · " + terminal.site());
        detailsFacts.setText(getTranslation("terminals.facts",
                getTranslation("terminals.state." + terminal.state().name()),
                time(terminal.lastSeenAt()), Objects.toString(terminal.uptimeSeconds(), "–"),
                Objects.toString(terminal.outboxBacklog(), "–"), disk(terminal.freeDiskBytes()),
                time(terminal.indexBuiltAt())));
        var revoked = terminal.state() == TerminalState.REVOKED;
        revoke.setEnabled(!revoked && !terminal.localKiosk());
        newCode.setEnabled(!terminal.localKiosk());
        commands.setItems(terminals.commands(terminal.id(), 20));
    }

    private Component stateBadge(TerminalView view) {
        var icon = switch (view.state()) {
            case ATTRACT -> VaadinIcon.CHECK_CIRCLE;
            case IN_SESSION -> VaadinIcon.USER;
            case LOCKED -> VaadinIcon.LOCK;
            case SETUP -> VaadinIcon.COG;
            case OFFLINE -> VaadinIcon.PLUG;
            case NOT_ENROLLED -> VaadinIcon.HOURGLASS;
            case REVOKED -> VaadinIcon.BAN;
        };
        var symbol = icon.create();
        symbol.getElement().setAttribute("aria-hidden", "true");
        var badge = new Span(symbol, new Span(getTranslation("terminals.state." + view.state().name())));
        badge.addClassName("terminal-state");
        badge.addClassName("terminal-state-" + view.state().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        return badge;
    }

    private void send(CommandKind kind, @Nullable String text) {
        var terminal = selected;
        if (terminal == null) {
            return;
        }
        var staff = staff();
        try {
            var seq = terminals.send(terminal, kind, text, staff);
            audit.done(staff, "TERMINAL_" + kind.name(), "terminal " + terminal + " command " + seq);
            Notification.show(getTranslation("terminals.sent", getTranslation("terminals.command." + kind.name())));
        } catch (IllegalArgumentException refused) {
            audit.record(staff, "TERMINAL_" + kind.name(), "terminal " + terminal, StaffAudit.Result.REFUSED,
                    refused.getMessage());
            Notification.show(getTranslation("terminals.refused"));
        }
        refresh();
    }

    private void announceToSite() {
        var terminal = selected == null ? Optional.<TerminalView>empty() : terminals.find(selected);
        terminal.ifPresent(view -> {
            var count = terminals.announceToSite(view.site(), announcement.getValue(), staff());
            audit.done(staff(), "TERMINAL_ANNOUNCE_SITE", "site " + view.site());
            Notification.show(getTranslation("terminals.sentToSite", count));
            refresh();
        });
    }

    private void revokeSelected() {
        var terminal = selected;
        if (terminal == null) {
            return;
        }
        terminals.revoke(terminal);
        audit.done(staff(), "TERMINAL_REVOKE", "terminal " + terminal);
        refresh();
    }

    private void newEnrollmentCode() {
        var terminal = selected;
        if (terminal == null) {
            return;
        }
        var enrollment = terminals.newEnrollmentCode(terminal);
        audit.done(staff(), "TERMINAL_NEW_CODE", "terminal " + terminal);
        showCode(enrollment.code(), enrollment.expiresAt());
        refresh();
    }

    private void openCreateDialog() {
        var dialog = new Dialog();
        dialog.setId("terminal-create-dialog");
        dialog.setHeaderTitle(getTranslation("terminals.create"));
        var name = new TextField(getTranslation("terminals.column.name"));
        name.setId("terminal-create-name");
        name.setMaxLength(80);
        name.setRequired(true);
        var siteName = new TextField(getTranslation("terminals.column.site"));
        siteName.setId("terminal-create-site");
        siteName.setMaxLength(80);
        siteName.setRequired(true);
        var location = new TextField(getTranslation("terminals.column.location"));
        location.setId("terminal-create-location");
        location.setMaxLength(200);
        var save = new Button(getTranslation("terminals.create.save"), click -> {
            name.setInvalid(name.getValue().isBlank());
            siteName.setInvalid(siteName.getValue().isBlank());
            if (name.isInvalid() || siteName.isInvalid()) {
                return;
            }
            var enrollment = terminals.create(name.getValue(), siteName.getValue(), location.getValue());
            audit.done(staff(), "TERMINAL_CREATE", "terminal " + enrollment.terminal());
            dialog.close();
            selected = enrollment.terminal();
            refresh();
            showCode(enrollment.code(), enrollment.expiresAt());
        });
        save.setId("terminal-create-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        var cancel = new Button(getTranslation("terminals.cancel"), click -> dialog.close());
        name.setErrorMessage(getTranslation("terminals.create.required"));
        siteName.setErrorMessage(getTranslation("terminals.create.required"));
        dialog.add(new Div(name, siteName, location));
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }

    private void showCode(String code, java.time.Instant expiresAt) {
        var dialog = new Dialog();
        dialog.setId("terminal-code-dialog");
        dialog.setHeaderTitle(getTranslation("terminals.code.title"));
        var shown = new Paragraph(code);
        shown.setId("terminal-code");
        shown.addClassName("terminal-code");
        dialog.add(shown, new Paragraph(getTranslation("terminals.code.text", time(expiresAt))));
        var ok = new Button(getTranslation("terminals.code.done"), click -> dialog.close());
        ok.setId("terminal-code-done");
        dialog.getFooter().add(ok);
        dialog.open();
    }

    private void confirm(String question, Runnable action) {
        var dialog = new Dialog();
        dialog.setId("terminal-confirm");
        dialog.add(new Paragraph(question));
        var yes = new Button(getTranslation("terminals.confirm.yes"), click -> {
            dialog.close();
            action.run();
        });
        yes.setId("terminal-confirm-yes");
        yes.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("terminals.cancel"), click -> dialog.close()), yes);
        dialog.open();
    }

    private String staff() {
        return authentication.getPrincipalName().orElse("?");
    }

    private String time(java.time.@Nullable Instant instant) {
        if (instant == null) {
            return "–";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT, FormatStyle.MEDIUM)
                .withLocale(getLocale()).format(instant.atZone(ZoneId.of("Europe/Brussels")));
    }

    private static String disk(@Nullable Long bytes) {
        return bytes == null ? "–" : (bytes / (1024 * 1024 * 1024)) + " GB";
    }

}
