package be.werkwinkel.kiosk.admin.ui;

import be.werkwinkel.kiosk.admin.usage.SessionLength;
import be.werkwinkel.kiosk.admin.usage.UsageCsv;
import be.werkwinkel.kiosk.admin.usage.UsageFeature;
import be.werkwinkel.kiosk.admin.usage.UsageQuery;
import be.werkwinkel.kiosk.admin.usage.UsageReport;
import be.werkwinkel.kiosk.admin.usage.UsageStatistics;
import be.werkwinkel.kiosk.admin.usage.UsageStatistics.TerminalChoice;
import be.werkwinkel.kiosk.base.KioskLanguage;
import be.werkwinkel.kiosk.base.StaffScreens;
import be.werkwinkel.kiosk.base.ui.StaffChart;
import be.werkwinkel.kiosk.base.ui.StaffFields;
import be.werkwinkel.kiosk.kiosk.SessionEndReason;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * How the kiosks are used, without personal data (decision 035): sessions per day, how long they
 * lasted, the use of each feature and the most searched words (only those searched in at least
 * {@code kiosk.statistics.min-term-count} visitor sessions), for a period and optionally one site or
 * terminal; sessions per terminal, how they ended and in which language. Every chart has its figures
 * as a table beside it, and the same figures download as CSV. Every staff member may look: nothing
 * here is about a person.
 */
@Route(StaffScreens.PATH + "/statistics")
@Menu(title = "admin.statistics.menu", order = 60, icon = "vaadin:chart")
@RolesAllowed(StaffScreens.STAFF)
public class StatisticsView extends Section implements LocaleChangeObserver, HasDynamicTitle {

    /** The periods offered at once; any other is chosen with the two dates. */
    enum Period {
        LAST_7_DAYS, LAST_30_DAYS, THIS_MONTH, LAST_MONTH, LAST_12_MONTHS, CUSTOM;

        /** From and to, both included, as of today; null for CUSTOM. */
        LocalDate @Nullable [] days(LocalDate today) {
            return switch (this) {
                case LAST_7_DAYS -> new LocalDate[] {today.minusDays(6), today};
                case LAST_30_DAYS -> new LocalDate[] {today.minusDays(29), today};
                case THIS_MONTH -> new LocalDate[] {today.withDayOfMonth(1), today};
                case LAST_MONTH -> new LocalDate[] {today.minusMonths(1).withDayOfMonth(1),
                        today.withDayOfMonth(1).minusDays(1)};
                case LAST_12_MONTHS -> new LocalDate[] {today.minusMonths(12).plusDays(1), today};
                case CUSTOM -> null;
            };
        }
    }

    private final UsageStatistics statistics;
    private final H1 heading = new H1();
    private final Paragraph intro = new Paragraph();
    private final Select<Period> period = new Select<>();
    private final DatePicker from;
    private final DatePicker to;
    private final Select<String> site = new Select<>();
    private final Select<TerminalChoice> terminal = new Select<>();
    private final Anchor csv;
    private final Paragraph problem = new Paragraph();
    private final Paragraph summary = new Paragraph();
    private final Figure perDay = new Figure("statistics-per-day", false);
    private final Figure lengths = new Figure("statistics-lengths", false);
    private final Figure features = new Figure("statistics-features", true);
    private final Figure terms = new Figure("statistics-terms", true);
    private final Paragraph termsNote = new Paragraph();
    private final H2 terminalsHeading = new H2();
    private final NativeTable terminals = new NativeTable();
    private final H2 endingsHeading = new H2();
    private final NativeTable endReasons = new NativeTable();
    private final NativeTable languages = new NativeTable();
    private List<TerminalChoice> terminalChoices = List.of();
    private @Nullable UsageReport report;
    private boolean quiet;

    public StatisticsView(UsageStatistics statistics) {
        this.statistics = statistics;
        addClassName("staff-page");
        addClassName("staff-statistics");
        var locale = UI.getCurrent().getLocale();
        from = StaffFields.datePicker("", locale);
        to = StaffFields.datePicker("", locale);
        var today = statistics.today();
        from.setMax(today);
        to.setMax(today);
        from.setId("statistics-from");
        to.setId("statistics-to");
        period.setId("statistics-period");
        period.setItems(Period.values());
        site.setId("statistics-site");
        site.setEmptySelectionAllowed(true);
        terminal.setId("statistics-terminal");
        terminal.setEmptySelectionAllowed(true);

        csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            var shown = Objects.requireNonNull(report, "no report shown");
            var bytes = UsageCsv.write(shown, this::getTranslation, this::terminalName);
            return new DownloadResponse(new ByteArrayInputStream(bytes),
                    UsageCsv.fileName(getTranslation("admin.statistics.csv.file"), shown.query()),
                    "text/csv; charset=UTF-8", bytes.length);
        }), "");
        csv.setId("statistics-csv");
        csv.addClassName("staff-download");
        csv.setDownload(true);

        var filters = new Div(period, from, to, site, terminal);
        filters.addClassName("staff-filters");
        problem.setId("statistics-problem");
        problem.addClassName("staff-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        summary.setId("statistics-summary");
        termsNote.setId("statistics-terms-note");
        terms.section.addComponentAtIndex(1, termsNote);
        terminals.setId("statistics-terminals");
        endReasons.setId("statistics-end-reasons");
        languages.setId("statistics-languages");
        var terminalsSection = new Section(terminalsHeading, terminals);
        var endingsSection = new Section(endingsHeading, endReasons, languages);
        endingsSection.addClassName("staff-statistics-tables");
        add(heading, intro, filters, csv, problem, summary, perDay.section, lengths.section, features.section,
                terms.section, terminalsSection, endingsSection);

        period.addValueChangeListener(change -> {
            var days = change.getValue() == null ? null : change.getValue().days(statistics.today());
            if (days != null && !quiet) {
                quietly(() -> {
                    from.setValue(days[0]);
                    to.setValue(days[1]);
                });
                refresh();
            }
        });
        from.addValueChangeListener(change -> datesChanged());
        to.addValueChangeListener(change -> datesChanged());
        site.addValueChangeListener(change -> {
            if (!quiet) {
                quietly(() -> {
                    fillTerminals(change.getValue());
                    terminal.clear();
                });
                refresh();
            }
        });
        terminal.addValueChangeListener(change -> {
            if (!quiet) {
                refresh();
            }
        });

        site.setItems(statistics.sites());
        fillTerminals(null);
        quietly(() -> period.setValue(Period.LAST_30_DAYS));
        var days = Period.LAST_30_DAYS.days(today);
        quietly(() -> {
            from.setValue(days[0]);
            to.setValue(days[1]);
        });
        refresh();
    }

    private void datesChanged() {
        if (quiet) {
            return;
        }
        quietly(() -> period.setValue(Period.CUSTOM));
        refresh();
    }

    private void quietly(Runnable change) {
        var before = quiet;
        quiet = true;
        try {
            change.run();
        } finally {
            quiet = before;
        }
    }

    private void fillTerminals(@Nullable String chosenSite) {
        terminalChoices = statistics.terminals().stream()
                .filter(choice -> chosenSite == null || choice.site().equals(chosenSite)).toList();
        terminal.setItems(terminalChoices);
    }

    /**
     * Shows the figures of the chosen period and place. A period that cannot be (no day, the end
     * before the start, longer than {@value UsageQuery#MAX_DAYS} days) is said next to the dates
     * and changes nothing on the screen.
     */
    private void refresh() {
        from.setInvalid(false);
        to.setInvalid(false);
        var start = from.getValue();
        var end = to.getValue();
        String refusal = null;
        if (start == null || end == null) {
            refusal = "admin.statistics.problem.noDay";
        } else if (end.isBefore(start)) {
            refusal = "admin.statistics.problem.endBeforeStart";
        } else if (ChronoUnit.DAYS.between(start, end) + 1 > UsageQuery.MAX_DAYS) {
            refusal = "admin.statistics.problem.tooLong";
        }
        if (refusal != null) {
            var field = start == null ? from : to;
            field.setErrorMessage(getTranslation(refusal, UsageQuery.MAX_DAYS));
            field.setInvalid(true);
            problem.setText(getTranslation(refusal, UsageQuery.MAX_DAYS));
            problem.setVisible(true);
            return;
        }
        problem.setVisible(false);
        var chosen = terminal.getValue();
        report = statistics.report(new UsageQuery(start, end, site.getValue(), chosen == null ? null : chosen.id()));
        draw();
    }

    private void draw() {
        var shown = report;
        if (shown == null) {
            return;
        }
        var locale = getLocale();
        var numbers = NumberFormat.getIntegerInstance(locale);
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        var query = shown.query();
        var searches = shown.features().getOrDefault(UsageFeature.SEARCH, 0L);
        summary.setText(getTranslation("admin.statistics.summary", numbers.format(shown.sessions()),
                numbers.format(searches), dates.format(query.from()), dates.format(query.to())));

        var dayLabel = DateTimeFormatter.ofPattern("d MMM", locale);
        var sessionsLabel = getTranslation("admin.statistics.sessions");
        perDay.show(getTranslation("admin.statistics.perDay.title"), getTranslation("admin.statistics.perDay.day"),
                sessionsLabel, shown.sessionsPerDay().stream().map(day -> new Bar(dayLabel.format(day.day()),
                        dates.format(day.day()), day.sessions())).toList(), numbers);

        var buckets = new ArrayList<Bar>();
        for (var bucket : SessionLength.values()) {
            var count = shown.lengths().get(bucket);
            if (count != null) {
                var label = getTranslation("admin.statistics.length." + bucket.name());
                buckets.add(new Bar(label, label, count));
            }
        }
        lengths.show(getTranslation("admin.statistics.length.title"), getTranslation("admin.statistics.length.bucket"),
                sessionsLabel, buckets, numbers);

        var uses = new ArrayList<Bar>();
        for (var feature : UsageFeature.values()) {
            var label = getTranslation("admin.statistics.feature." + feature.name());
            uses.add(new Bar(label, label, shown.features().getOrDefault(feature, 0L)));
        }
        features.show(getTranslation("admin.statistics.features.title"),
                getTranslation("admin.statistics.features.feature"), getTranslation("admin.statistics.uses"), uses,
                numbers);

        var words = shown.topTerms().stream().map(term -> new Bar(term.term(), term.term(), term.sessions())).toList();
        terms.show(getTranslation("admin.statistics.terms.title"), getTranslation("admin.statistics.terms.term"),
                getTranslation("admin.statistics.terms.sessions"), words, numbers);
        termsNote.setText(getTranslation(words.isEmpty() ? "admin.statistics.terms.none" : "admin.statistics.terms.note",
                shown.minTermCount()));

        terminalsHeading.setText(getTranslation("admin.statistics.terminals.title"));
        var perTerminal = shown.perTerminal().stream().map(row -> List.of(siteLabel(row.site()),
                terminalName(row.terminal()),
                numbers.format(row.sessions()))).toList();
        fillTable(terminals, getTranslation("admin.statistics.terminals.title"),
                List.of(getTranslation("admin.statistics.csv.site"), getTranslation("admin.statistics.csv.terminal"),
                        sessionsLabel), perTerminal.isEmpty()
                        ? List.of(List.of(getTranslation("admin.statistics.noSessions"), "", "")) : perTerminal);

        endingsHeading.setText(getTranslation("admin.statistics.endReasons.title"));
        var reasons = new ArrayList<List<String>>();
        for (var reason : SessionEndReason.values()) {
            reasons.add(List.of(getTranslation("admin.statistics.endReason." + reason.name()),
                    numbers.format(shown.endReasons().getOrDefault(reason, 0L))));
        }
        fillTable(endReasons, getTranslation("admin.statistics.endReasons.title"),
                List.of(getTranslation("admin.statistics.endReasons.reason"), sessionsLabel), reasons);
        var spoken = new ArrayList<List<String>>();
        for (var language : KioskLanguage.values()) {
            spoken.add(List.of(language.nativeName(), numbers.format(shown.languages().getOrDefault(language, 0L))));
        }
        fillTable(languages, getTranslation("admin.statistics.languages.title"),
                List.of(getTranslation("admin.statistics.languages.language"), sessionsLabel), spoken);
    }

    /** One bar: its short label under the axis, its full label in the table, its value. */
    private record Bar(String axisLabel, String tableLabel, long value) {
    }

    /** A chart with its heading and its figures as a table (in a disclosure, so the page stays short). */
    private final class Figure {

        final Section section = new Section();
        final H2 title = new H2();
        final StaffChart chart;
        final NativeDetails details = new NativeDetails();
        final NativeTable table = new NativeTable();

        Figure(String id, boolean horizontal) {
            chart = new StaffChart(horizontal);
            section.setId(id);
            section.addClassName("staff-figure");
            chart.setId(id + "-chart");
            table.setId(id + "-table");
            details.setContent(table);
            details.setId(id + "-details");
            section.add(title, chart, details);
        }

        void show(String heading, String itemHeader, String countHeader, List<Bar> bars, NumberFormat numbers) {
            title.setText(heading);
            var total = bars.stream().mapToLong(Bar::value).sum();
            var top = bars.stream().max(Comparator.comparingLong(Bar::value));
            var text = bars.isEmpty() || total == 0 ? getTranslation("admin.statistics.chart.empty", heading)
                    : getTranslation("admin.statistics.chart.summary", heading, numbers.format(total),
                            top.get().tableLabel(), numbers.format(top.get().value()));
            chart.show(bars.stream().map(Bar::axisLabel).toList(), bars.stream().map(Bar::value).toList(), countHeader,
                    text);
            chart.setVisible(!bars.isEmpty());
            details.setSummaryText(getTranslation("admin.statistics.asTable", heading));
            details.setVisible(!bars.isEmpty());
            fillTable(table, heading, List.of(itemHeader, countHeader), bars.stream()
                    .map(bar -> List.of(bar.tableLabel(), numbers.format(bar.value()))).toList());
        }
    }

    /** A plain table: a caption, column headers, the first cell of each row as its header. */
    private static void fillTable(NativeTable table, String caption, List<String> headers, List<List<String>> rows) {
        table.getHead().removeAllRows();
        table.getBody().removeAllRows();
        table.setCaptionText(caption);
        var head = table.getHead().addRow();
        for (var header : headers) {
            var cell = head.addHeaderCell();
            cell.setText(header);
            cell.getElement().setAttribute("scope", "col");
        }
        var body = table.getBody();
        for (var values : rows) {
            var row = body.addRow();
            for (int i = 0; i < values.size(); i++) {
                Component cell;
                if (i == 0) {
                    var header = row.addHeaderCell();
                    header.setText(values.get(i));
                    header.getElement().setAttribute("scope", "row");
                    cell = header;
                } else {
                    var data = row.addDataCell();
                    data.setText(values.get(i));
                    cell = data;
                }
                if (i == values.size() - 1 && i > 0) {
                    cell.addClassName("staff-number");
                }
            }
        }
    }

    private String terminalName(long id) {
        if (id == 0) {
            return getTranslation("admin.statistics.terminal.instance");
        }
        return statistics.terminalName(id).orElseGet(() -> getTranslation("admin.statistics.terminal.removed", id));
    }

    private String terminalLabel(TerminalChoice choice) {
        return (choice.id() == 0 ? getTranslation("admin.statistics.terminal.instance")
                : choice.name().orElseGet(() -> getTranslation("admin.statistics.terminal.removed", choice.id())))
                + " – " + siteLabel(choice.site());
    }

    /** Counts from before sites were recorded have an empty site. */
    private String siteLabel(String site) {
        return site.isEmpty() ? getTranslation("admin.statistics.site.unknown") : site;
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        var locale = event.getLocale();
        heading.setText(getTranslation("admin.statistics.heading"));
        intro.setText(getTranslation("admin.statistics.intro"));
        period.setLabel(getTranslation("admin.statistics.period"));
        period.setItemLabelGenerator(choice -> getTranslation("admin.statistics.period." + choice.name()));
        from.setLabel(getTranslation("admin.statistics.from"));
        to.setLabel(getTranslation("admin.statistics.to"));
        from.setLocale(locale);
        to.setLocale(locale);
        site.setLabel(getTranslation("admin.statistics.site"));
        site.setEmptySelectionCaption(getTranslation("admin.statistics.allSites"));
        site.setItemLabelGenerator(name -> name == null ? getTranslation("admin.statistics.allSites") : siteLabel(name));
        terminal.setLabel(getTranslation("admin.statistics.terminal"));
        terminal.setEmptySelectionCaption(getTranslation("admin.statistics.allTerminals"));
        Function<TerminalChoice, String> label = choice -> choice == null ? getTranslation("admin.statistics.allTerminals")
                : terminalLabel(choice);
        terminal.setItemLabelGenerator(label::apply);
        csv.removeAll();
        csv.add(VaadinIcon.DOWNLOAD.create());
        csv.add(getTranslation("admin.statistics.csv.download"));
        if (problem.isVisible()) {
            refresh(); // says it again in the new language
        }
        draw();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.statistics.menu") + " – " + getTranslation("admin.title");
    }
}
