package be.werkwinkel.kiosk.vacancy.ui.staff;

import be.werkwinkel.kiosk.base.StaffScreens;
import be.werkwinkel.kiosk.base.ui.LiveRefresh;
import be.werkwinkel.kiosk.vacancy.VacancyFeeds;
import be.werkwinkel.kiosk.vacancy.VacancyFeeds.ImportRecord;
import be.werkwinkel.kiosk.vacancy.VacancyFeeds.Overview;
import be.werkwinkel.kiosk.vacancy.VacancyFeeds.Source;
import be.werkwinkel.kiosk.vacancy.VacancyFeeds.SourceKind;
import be.werkwinkel.kiosk.vacancy.VacancyFeeds.Task;
import be.werkwinkel.kiosk.vacancy.VacancyFeeds.TaskKind;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.progressbar.ProgressBar;
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
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Content status, vacancies (decision 037): each source's last import in plain words with its
 * counts and, folded away, the importer's own report; the drop folder; "import now" per source or
 * for all feeds, and "rebuild the search index", each with its progress and outcome. Refreshes
 * itself by server push. For administrators: the issue gives staff members terminals, agenda and
 * visitor PINs only.
 */
@Route(StaffScreens.PATH + "/content/vacancies")
@Menu(title = "feeds.menu", order = 70, icon = "vaadin:cloud-download")
@RolesAllowed(StaffScreens.ADMIN)
public class VacancyFeedsView extends Section implements LocaleChangeObserver, HasDynamicTitle {

    static final Duration REFRESH = Duration.ofSeconds(2);
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private final VacancyFeeds feeds;
    private final AuthenticationContext authentication;

    private final H1 heading = new H1();
    private final Paragraph summary = new Paragraph();
    private final Button importAll = new Button(VaadinIcon.DOWNLOAD.create());
    private final Button rebuild = new Button(VaadinIcon.REFRESH.create());
    private final Div task = new Div();
    private final Div dropFolder = new Div();
    private final H2 sourcesHeading = new H2();
    private final Div sources = new Div();
    /** What the screen shows now: drawn again only when it changed, so that an opened report stays open. */
    private @Nullable Overview shown;
    /** The sources whose report the staff member opened. */
    private final Set<String> openReports = new HashSet<>();

    public VacancyFeedsView(VacancyFeeds feeds, AuthenticationContext authentication) {
        this.feeds = feeds;
        this.authentication = authentication;
        addClassNames("staff-page", "content-status");

        summary.setId("feeds-summary");
        importAll.setId("feeds-import-all");
        importAll.addThemeVariants(ButtonVariant.PRIMARY);
        importAll.addClickListener(click -> started(feeds.importAll(staff())));
        rebuild.setId("feeds-rebuild-index");
        rebuild.addClickListener(click -> started(feeds.rebuildIndex(staff())));
        var actions = new Div(importAll, rebuild);
        actions.addClassName("staff-filters");

        task.setId("feeds-task");
        task.addClassName("content-task");
        // read out when an action starts, makes progress or ends
        task.getElement().setAttribute("role", "status");
        task.getElement().setAttribute("aria-live", "polite");
        dropFolder.setId("feeds-drop-folder");
        dropFolder.addClassName("content-card");
        sources.setId("feeds-sources");
        sources.addClassName("content-cards");

        add(heading, summary, actions, task, dropFolder, sourcesHeading, sources);
        LiveRefresh.every(this, REFRESH, this::refresh);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("feeds.title");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("feeds.title"));
        importAll.setText(getTranslation("feeds.importAll"));
        rebuild.setText(getTranslation("feeds.rebuild"));
        sourcesHeading.setText(getTranslation("feeds.sources"));
        shown = null; // every text again, in the new language
        refresh();
    }

    /** Draws everything again from the port: on every push tick, after every action, and on a language switch. */
    void refresh() {
        var overview = feeds.overview();
        if (overview.equals(shown)) {
            return;
        }
        shown = overview;
        summary.setText(overview.loading() ? getTranslation("feeds.summary.loading")
                : getTranslation("feeds.summary", overview.vacancies(), time(overview.lastUpdate())));
        var busy = overview.running();
        var urlFeeds = overview.sources().stream().anyMatch(source -> source.kind() == SourceKind.URL);
        importAll.setEnabled(!busy && (urlFeeds || overview.dropFolder() != null));
        rebuild.setEnabled(!busy);
        showTask(overview.task());
        showDropFolder(overview, busy);
        sources.removeAll();
        if (overview.sources().isEmpty()) {
            sources.add(new Paragraph(getTranslation("feeds.none")));
        }
        for (var source : overview.sources()) {
            sources.add(card(source, busy));
        }
    }

    private void showTask(@Nullable Task current) {
        task.removeAll();
        task.setVisible(current != null);
        if (current == null) {
            return;
        }
        var what = switch (current.kind()) {
            case IMPORT_SOURCE -> getTranslation("feeds.task.importSource", sourceName(current.source()));
            case IMPORT_ALL -> getTranslation("feeds.task.importAll");
            case REBUILD_INDEX -> getTranslation("feeds.task.rebuild");
        };
        var started = new Paragraph(getTranslation("feeds.task.started", what, current.staff(), time(current.started())));
        started.addClassName("content-task-title");
        task.add(started);
        if (current.finished() == null) {
            var progress = new ProgressBar();
            progress.setIndeterminate(true);
            progress.getElement().setAttribute("aria-label", getTranslation("feeds.task.running"));
            task.add(progress, new Paragraph(current.kind() == TaskKind.REBUILD_INDEX
                    ? getTranslation("feeds.task.indexedSoFar", current.indexed())
                    : getTranslation("feeds.task.running")));
            task.getElement().setAttribute("data-state", "running");
            return;
        }
        task.getElement().setAttribute("data-state", current.succeeded() ? "done" : "failed");
        var outcome = new Paragraph(badge(current.succeeded()), new Span(current.succeeded()
                ? getTranslation("feeds.task.done", time(current.finished()))
                : getTranslation("feeds.task.failed", time(current.finished()))));
        outcome.setId("feeds-task-outcome");
        task.add(outcome);
        if (current.error() != null) {
            task.add(new Paragraph(getTranslation("feeds.task.error")));
        } else if (current.kind() == TaskKind.REBUILD_INDEX) {
            task.add(new Paragraph(getTranslation("feeds.task.indexed", current.indexed())));
        } else if (current.imports().isEmpty()) {
            task.add(new Paragraph(getTranslation("feeds.task.nothing")));
        }
        for (var done : current.imports()) {
            task.add(new Paragraph(sourceName(done.source()) + ": " + outcome(done)));
        }
    }

    private void showDropFolder(Overview overview, boolean busy) {
        dropFolder.removeAll();
        var folder = overview.dropFolder();
        dropFolder.setVisible(folder != null);
        if (folder == null) {
            return;
        }
        var title = new H2(getTranslation("feeds.dropFolder"));
        var where = new Paragraph(getTranslation("feeds.dropFolder.where", folder.path(), minutes(folder.interval())));
        var files = new Paragraph(getTranslation("feeds.dropFolder.files", folder.waitingFiles(), folder.failedFiles()));
        files.setId("feeds-drop-folder-files");
        var now = new Button(getTranslation("feeds.dropFolder.importNow"), VaadinIcon.DOWNLOAD.create());
        now.setId("feeds-import-drop-folder");
        now.setEnabled(!busy);
        now.addClickListener(click -> started(feeds.importNow(VacancyFeeds.DROP_FOLDER, staff())));
        dropFolder.add(title, where, files, now);
    }

    private Component card(Source source, boolean busy) {
        var card = new Div();
        card.addClassName("content-card");
        card.setId("feeds-source-" + idOf(source.name()));
        var last = source.lastImport();
        var healthy = last == null || last.succeeded();
        card.getElement().setAttribute("data-state", healthy ? "ok" : "failed");

        var title = new H3(sourceName(source.name()));
        var state = new Div(badge(healthy));
        var kind = new Paragraph(switch (source.kind()) {
            case URL -> getTranslation("feeds.kind.URL", source.address(), minutes(source.interval()));
            case DEMO -> getTranslation("feeds.kind.DEMO");
            case FILES -> getTranslation("feeds.kind.FILES");
        });
        kind.addClassName("content-muted");
        card.add(title, state, kind, new Paragraph(getTranslation("feeds.vacancies", source.vacancies())));

        if (last == null) {
            card.add(new Paragraph(getTranslation("feeds.never")));
        } else {
            var lastLine = new Paragraph(getTranslation("feeds.last", time(last.finished()),
                    Math.max(1, Duration.between(last.started(), last.finished()).toSeconds())) + " " + outcome(last));
            lastLine.addClassName("content-last");
            card.add(lastLine);
            if (!last.succeeded()) {
                card.add(new Paragraph(getTranslation("feeds.unchanged", time(source.lastSuccess()))));
            } else if (last.rejected() > 0) {
                card.add(new Paragraph(getTranslation("feeds.rejectedHint", last.rejected())));
            }
            var technical = last.report() != null ? last.report() : last.failure();
            if (technical != null) {
                var report = new Pre(technical.strip());
                report.addClassName("content-report");
                var details = new Details(getTranslation("feeds.report"), report);
                details.setId("feeds-report-" + idOf(source.name()));
                details.setOpened(openReports.contains(source.name()));
                details.addOpenedChangeListener(change -> {
                    if (change.isOpened()) {
                        openReports.add(source.name());
                    } else {
                        openReports.remove(source.name());
                    }
                });
                card.add(details);
            }
        }
        if (source.importable()) {
            var now = new Button(getTranslation(source.kind() == SourceKind.DEMO ? "feeds.demo.reload" : "feeds.importNow"),
                    VaadinIcon.DOWNLOAD.create());
            now.setId("feeds-import-" + idOf(source.name()));
            now.setEnabled(!busy);
            now.addClickListener(click -> started(feeds.importNow(source.name(), staff())));
            card.add(now);
        }
        return card;
    }

    /** One import in plain words: what changed, or why nothing did. */
    private String outcome(ImportRecord done) {
        if (!done.succeeded()) {
            var kind = done.failureKind() == null ? VacancyFeeds.FailureKind.OTHER : done.failureKind();
            return getTranslation("feeds.failure." + kind.name());
        }
        return getTranslation("feeds.counts", done.records(), done.added(), done.updated(), done.unchanged(),
                done.removed(), done.rejected());
    }

    private void started(VacancyFeeds.Started started) {
        if (started.alreadyRunning()) {
            Notification.show(getTranslation("feeds.busy"));
        }
        refresh();
    }

    private String sourceName(@Nullable String name) {
        if (name == null) {
            return "";
        }
        return VacancyFeeds.DROP_FOLDER.equals(name) ? getTranslation("feeds.dropFolder") : name;
    }

    private Span badge(boolean healthy) {
        var icon = (healthy ? VaadinIcon.CHECK_CIRCLE : VaadinIcon.WARNING).create();
        icon.getElement().setAttribute("aria-hidden", "true");
        var badge = new Span(icon, new Span(getTranslation(healthy ? "feeds.state.ok" : "feeds.state.failed")));
        badge.addClassNames("content-state", healthy ? "content-state-ok" : "content-state-failed");
        return badge;
    }

    private String staff() {
        return authentication.getPrincipalName().orElse("?");
    }

    private String time(@Nullable Instant instant) {
        if (instant == null) {
            return getTranslation("feeds.never.short");
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT, FormatStyle.MEDIUM).withLocale(getLocale())
                .format(instant.atZone(BRUSSELS));
    }

    private static long minutes(@Nullable Duration interval) {
        return interval == null ? 0 : Math.max(1, interval.toMinutes());
    }

    /** A source name as part of an element id (ids are for tests and labels, never shown). */
    static String idOf(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
