package be.werkwinkel.kiosk.admin.ui;

import be.werkwinkel.kiosk.admin.audit.AuditEntry;
import be.werkwinkel.kiosk.admin.audit.StaffAuditLog;
import be.werkwinkel.kiosk.base.StaffScreens;
import be.werkwinkel.kiosk.base.ui.StaffFields;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** The audit log, newest first, searched by a word (staff member, action, target, remark) and by days. */
@Route(StaffScreens.PATH + "/audit")
@Menu(title = "admin.audit.menu", order = 90, icon = "vaadin:records")
@RolesAllowed(StaffScreens.ADMIN)
public class AuditLogView extends Section implements LocaleChangeObserver, HasDynamicTitle {

    private final StaffAuditLog log;
    private final Clock clock;
    private final H1 heading = new H1();
    private final TextField words = new TextField();
    private final DatePicker from;
    private final DatePicker to;
    private final Button search = new Button();
    private final Paragraph more = new Paragraph();
    private final Grid<AuditEntry> grid = new Grid<>();
    private final Div filters;

    public AuditLogView(StaffAuditLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
        addClassName("staff-page");
        var locale = UI.getCurrent().getLocale();
        from = StaffFields.datePicker("", locale);
        to = StaffFields.datePicker("", locale);
        words.setId("audit-words");
        words.setClearButtonVisible(true);
        words.addKeyPressListener(Key.ENTER, enter -> refresh());
        from.setId("audit-from");
        to.setId("audit-to");
        search.setId("audit-search");
        search.addClickListener(click -> refresh());
        filters = new Div(words, from, to, search);
        filters.addClassName("staff-filters");
        grid.setId("audit-grid");
        grid.setAllRowsVisible(false);
        add(heading, filters, more, grid);
        refresh();
    }

    private void refresh() {
        var entries = log.search(words.getValue(), from.getValue(), to.getValue());
        more.setVisible(entries.size() > StaffAuditLog.PAGE);
        grid.setItems(entries.size() > StaffAuditLog.PAGE ? entries.subList(0, StaffAuditLog.PAGE) : entries);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        var locale = event.getLocale();
        heading.setText(getTranslation("admin.audit.heading"));
        words.setLabel(getTranslation("admin.audit.words"));
        from.setLabel(getTranslation("admin.audit.from"));
        to.setLabel(getTranslation("admin.audit.to"));
        from.setLocale(locale);
        to.setLocale(locale);
        search.setText(getTranslation("admin.audit.search"));
        more.setText(getTranslation("admin.audit.more", StaffAuditLog.PAGE));
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT, FormatStyle.MEDIUM).withLocale(locale)
                .withZone(clock.getZone());
        grid.removeAllColumns();
        grid.addColumn(entry -> when.format(entry.at())).setHeader(getTranslation("admin.audit.at")).setAutoWidth(true);
        grid.addColumn(AuditEntry::actor).setHeader(getTranslation("admin.audit.actor")).setAutoWidth(true);
        grid.addColumn(AuditEntry::action).setHeader(getTranslation("admin.audit.action")).setAutoWidth(true);
        grid.addColumn(entry -> entry.target() == null ? "" : entry.target())
                .setHeader(getTranslation("admin.audit.target")).setAutoWidth(true);
        grid.addColumn(entry -> getTranslation("admin.audit.result." + entry.result().name()))
                .setHeader(getTranslation("admin.audit.result")).setAutoWidth(true);
        grid.addColumn(entry -> entry.detail() == null ? "" : entry.detail())
                .setHeader(getTranslation("admin.audit.detail")).setFlexGrow(1);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.audit.menu") + " – " + getTranslation("admin.title");
    }
}
