package be.werkwinkel.kiosk.terminal.internal;

import be.werkwinkel.kiosk.base.KioskLanguage;
import be.werkwinkel.kiosk.base.OpeningHours;
import be.werkwinkel.kiosk.base.StaffAudit;
import be.werkwinkel.kiosk.kiosk.KioskFeature;
import be.werkwinkel.kiosk.kiosk.KioskScreens;
import be.werkwinkel.kiosk.kiosk.KioskSetup;
import be.werkwinkel.kiosk.reference.BelgianPlaces;
import be.werkwinkel.kiosk.reference.Place;
import be.werkwinkel.kiosk.terminal.CommandKind;
import be.werkwinkel.kiosk.terminal.KioskSetups;
import be.werkwinkel.kiosk.terminal.SetupOverrides;
import be.werkwinkel.kiosk.terminal.SetupProblem;
import be.werkwinkel.kiosk.terminal.SetupProblem.Problem;
import be.werkwinkel.kiosk.terminal.SetupProblem.Reason;
import be.werkwinkel.kiosk.terminal.TerminalConfiguration;
import be.werkwinkel.kiosk.terminal.TerminalId;
import be.werkwinkel.kiosk.terminal.TerminalSettings;
import be.werkwinkel.kiosk.terminal.TerminalState;
import be.werkwinkel.kiosk.terminal.TerminalView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The configuration per site and per terminal in MariaDB (V20, decision 033): one row per scope,
 * a NULL column inherits. Saving validates all of it first, so a refused configuration changes
 * nothing; then the row is replaced in one transaction, the change is audited, and the terminals
 * concerned get {@link CommandKind#RELOAD_CONFIGURATION}, the command that makes an open kiosk
 * screen follow within seconds (in standalone through {@link LocalKioskTerminal}).
 */
class KioskSetupService implements KioskSetups {

    static final Duration SHORTEST_IDLE_TIMEOUT = Duration.ofSeconds(30);
    static final Duration LONGEST_IDLE_TIMEOUT = Duration.ofHours(1);
    static final int MAX_STAFF_LOCATION = 200;
    /** The longest place stored: what vacancy search accepts as its place. */
    static final int MAX_PLACE = 60;

    private static final String SAVED_SITE = "CONFIGURATION_SITE_SAVED";
    private static final String SAVED_TERMINAL = "CONFIGURATION_TERMINAL_SAVED";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final TerminalRegistry registry;
    private final KioskScreens screens;
    private final BelgianPlaces places;
    private final StaffAudit audit;
    private final TerminalSettings settings;
    private final Clock clock;

    KioskSetupService(JdbcClient jdbc, TransactionTemplate transactions, TerminalRegistry registry, KioskScreens screens,
            BelgianPlaces places, StaffAudit audit, TerminalSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.registry = registry;
        this.screens = screens;
        this.places = places;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    // --- reading ---

    @Override
    public List<String> sites() {
        return jdbc.sql("""
                SELECT site FROM terminal
                UNION SELECT site FROM kiosk_configuration WHERE site IS NOT NULL
                ORDER BY 1""").query(String.class).list();
    }

    @Override
    public KioskSetup defaults() {
        return screens.defaultSetup();
    }

    @Override
    public SetupOverrides ofSite(String site) {
        return jdbc.sql("SELECT * FROM kiosk_configuration WHERE site = :site").param("site", site)
                .query(KioskSetupService::overrides).optional().orElse(SetupOverrides.NONE);
    }

    @Override
    public SetupOverrides ofTerminal(TerminalId terminal) {
        return jdbc.sql("SELECT * FROM kiosk_configuration WHERE terminal_id = :id").param("id", terminal.value())
                .query(KioskSetupService::overrides).optional().orElse(SetupOverrides.NONE);
    }

    @Override
    public KioskSetup effectiveForSite(String site) {
        return over(defaults().at(site), ofSite(site));
    }

    @Override
    public KioskSetup effective(TerminalId terminal) {
        var site = registry.find(terminal).map(TerminalView::site);
        var inherited = site.map(this::effectiveForSite).orElseGet(this::defaults);
        return over(inherited, ofTerminal(terminal));
    }

    /** The body of {@code GET /configuration}: the registry's facts and the effective settings. */
    Optional<TerminalConfiguration> configuration(TerminalId terminal) {
        return registry.find(terminal).map(view -> new TerminalConfiguration(view.id().value(), view.name(),
                view.site(), view.location(), settings.heartbeatInterval().toSeconds(),
                settings.longPollTimeout().toSeconds(), view.lockMessage(), view.announcement(),
                TerminalConfiguration.Settings.of(effective(terminal))));
    }

    // --- saving ---

    @Override
    public int saveSite(String site, SetupOverrides overrides, String staff) {
        var target = "site " + site;
        try {
            var problems = new ArrayList<Problem>();
            if (!sites().contains(site)) {
                problems.add(new Problem("site", Reason.UNKNOWN_SITE));
            }
            var clean = validate(overrides, problems);
            refuseIf(problems);
            store("site", site, clean, staff);
            var told = registry.overview().stream().filter(view -> view.site().equals(site))
                    .mapToInt(view -> reload(view, staff)).sum();
            audit.record(staff, SAVED_SITE, target, StaffAudit.Result.DONE, detail(clean, told));
            return told;
        } catch (SetupProblem refused) {
            audit.record(staff, SAVED_SITE, target, StaffAudit.Result.REFUSED, reasons(refused));
            throw refused;
        }
    }

    @Override
    public int saveTerminal(TerminalId terminal, SetupOverrides overrides, String staff) {
        var target = "terminal " + terminal;
        try {
            var problems = new ArrayList<Problem>();
            var view = registry.find(terminal);
            if (view.isEmpty()) {
                problems.add(new Problem("terminal", Reason.UNKNOWN_TERMINAL));
            }
            var clean = validate(overrides, problems);
            refuseIf(problems);
            store("terminal_id", terminal.value(), clean, staff);
            var told = reload(view.orElseThrow(), staff);
            audit.record(staff, SAVED_TERMINAL, target, StaffAudit.Result.DONE, detail(clean, told));
            return told;
        } catch (SetupProblem refused) {
            audit.record(staff, SAVED_TERMINAL, target, StaffAudit.Result.REFUSED, reasons(refused));
            throw refused;
        }
    }

    /** Tells a terminal that serves visitors to fetch its configuration again; one that never enrolled fetches it when it does. */
    private int reload(TerminalView terminal, String staff) {
        if (terminal.state() == TerminalState.NOT_ENROLLED || terminal.state() == TerminalState.REVOKED) {
            return 0;
        }
        registry.send(terminal.id(), CommandKind.RELOAD_CONFIGURATION, null, staff);
        return 1;
    }

    private static void refuseIf(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new SetupProblem(problems);
        }
    }

    /** The overrides as they will be stored (place and hours in their canonical form); adds what is wrong. */
    SetupOverrides validate(SetupOverrides overrides, List<Problem> problems) {
        var idle = overrides.idleTimeout();
        if (idle != null && (idle.compareTo(SHORTEST_IDLE_TIMEOUT) < 0 || idle.compareTo(LONGEST_IDLE_TIMEOUT) > 0)) {
            problems.add(new Problem("idleTimeout", Reason.IDLE_TIMEOUT_RANGE));
        }
        var languages = overrides.languages();
        if (languages != null && !languages.contains(KioskLanguage.DEFAULT)) {
            problems.add(new Problem("languages", Reason.DUTCH_ALWAYS));
        }
        String place = null;
        if (overrides.defaultPlace() != null) {
            var typed = overrides.defaultPlace().strip();
            var found = typed.isEmpty() || typed.length() > MAX_PLACE ? Optional.<Place>empty()
                    : places.find(typed);
            if (found.isEmpty()) {
                problems.add(new Problem("defaultPlace", Reason.PLACE_UNKNOWN));
            } else {
                var canonical = found.get().postcode() + " " + found.get().name();
                place = canonical.length() <= MAX_PLACE ? canonical : found.get().postcode();
            }
        }
        Map<DayOfWeek, String> hours = null;
        if (overrides.openingHours() != null) {
            hours = new EnumMap<>(DayOfWeek.class);
            for (var day : DayOfWeek.values()) {
                try {
                    hours.put(day, OpeningHoursText.canonical(overrides.openingHours().getOrDefault(day, "")));
                } catch (OpeningHoursText.Refused refused) {
                    problems.add(new Problem("openingHours." + day.name(), refused.reason));
                }
            }
        }
        Map<KioskLanguage, String> locations = null;
        if (overrides.staffLocation() != null) {
            locations = new EnumMap<>(KioskLanguage.class);
            for (var language : KioskLanguage.values()) {
                var text = overrides.staffLocation().getOrDefault(language, "").strip();
                if (text.length() > MAX_STAFF_LOCATION) {
                    problems.add(new Problem("staffLocation." + language.code(), Reason.TEXT_TOO_LONG));
                } else if (!text.isEmpty()) {
                    locations.put(language, text);
                }
            }
            if (overrides.staffLocation().getOrDefault(KioskLanguage.DEFAULT, "").isBlank()) {
                problems.add(new Problem("staffLocation." + KioskLanguage.DEFAULT.code(), Reason.STAFF_LOCATION_DUTCH));
            }
        }
        return new SetupOverrides(idle, languages, overrides.features(), place, overrides.printing(), hours, locations);
    }

    /** Replaces the scope's row (none at all when it sets nothing), in one transaction. */
    private void store(String scopeColumn, Object scope, SetupOverrides clean, String staff) {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("DELETE FROM kiosk_configuration WHERE " + scopeColumn + " = :scope").param("scope", scope).update();
            if (clean.inheritsAll()) {
                return;
            }
            var hours = clean.openingHours();
            var locations = clean.staffLocation();
            var statement = jdbc.sql("""
                    INSERT INTO kiosk_configuration (%s, idle_timeout_seconds, languages, vacancies, documents,
                        appointments, default_place, printing, hours_monday, hours_tuesday, hours_wednesday,
                        hours_thursday, hours_friday, hours_saturday, hours_sunday, staff_location_nl,
                        staff_location_fr, staff_location_en, updated_at, updated_by)
                    VALUES (:scope, :idle, :languages, :vacancies, :documents, :appointments, :place, :printing,
                        :monday, :tuesday, :wednesday, :thursday, :friday, :saturday, :sunday, :nl, :fr, :en,
                        :now, :staff)""".formatted(scopeColumn))
                    .param("scope", scope)
                    .param("idle", clean.idleTimeout() == null ? null : clean.idleTimeout().toSeconds())
                    .param("languages", clean.languages() == null ? null
                            : clean.languages().stream().map(KioskLanguage::code).collect(Collectors.joining(",")))
                    .param("vacancies", clean.features().get(KioskFeature.VACANCIES))
                    .param("documents", clean.features().get(KioskFeature.DOCUMENTS))
                    .param("appointments", clean.features().get(KioskFeature.APPOINTMENTS))
                    .param("place", clean.defaultPlace())
                    .param("printing", clean.printing())
                    .param("nl", locations == null ? null : locations.get(KioskLanguage.DUTCH))
                    .param("fr", locations == null ? null : locations.get(KioskLanguage.FRENCH))
                    .param("en", locations == null ? null : locations.get(KioskLanguage.ENGLISH))
                    .param("now", Timestamp.from(clock.instant()))
                    .param("staff", staff);
            for (var day : DayOfWeek.values()) {
                statement = statement.param(day.name().toLowerCase(Locale.ROOT), hours == null ? null : hours.get(day));
            }
            statement.update();
        });
    }

    // --- layers ---

    /** {@code inherited} with what {@code own} sets itself in its place. */
    static KioskSetup over(KioskSetup inherited, SetupOverrides own) {
        var features = EnumSet.noneOf(KioskFeature.class);
        for (var feature : KioskFeature.values()) {
            if (own.features().getOrDefault(feature, inherited.offers(feature))) {
                features.add(feature);
            }
        }
        var hours = inherited.openingHours();
        if (own.openingHours() != null) {
            var parsed = new EnumMap<DayOfWeek, OpeningHours>(DayOfWeek.class);
            own.openingHours().forEach((day, text) -> parsed.put(day, OpeningHours.parse(text)));
            hours = parsed;
        }
        return new KioskSetup(
                inherited.siteName(),
                own.idleTimeout() != null ? own.idleTimeout() : inherited.idleTimeout(),
                own.languages() != null ? own.languages() : inherited.languages(),
                features,
                own.defaultPlace() != null ? own.defaultPlace() : inherited.defaultPlace(),
                own.printing() != null ? own.printing() : inherited.printing(),
                hours,
                own.staffLocation() != null ? own.staffLocation() : inherited.staffLocation());
    }

    private static SetupOverrides overrides(ResultSet row, int number) throws SQLException {
        var idle = (Integer) row.getObject("idle_timeout_seconds", Integer.class);
        var languageCodes = row.getString("languages");
        var languages = languageCodes == null ? null : Arrays.stream(languageCodes.split(","))
                .flatMap(code -> KioskLanguage.byCode(code.strip()).stream())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(KioskLanguage.class)));
        var features = new EnumMap<KioskFeature, Boolean>(KioskFeature.class);
        for (var feature : KioskFeature.values()) {
            var on = (Boolean) row.getObject(feature.name().toLowerCase(Locale.ROOT), Boolean.class);
            if (on != null) {
                features.put(feature, on);
            }
        }
        Map<DayOfWeek, String> hours = null;
        if (row.getString("hours_monday") != null) {
            hours = new EnumMap<>(DayOfWeek.class);
            for (var day : DayOfWeek.values()) {
                var text = row.getString("hours_" + day.name().toLowerCase(Locale.ROOT));
                hours.put(day, text == null ? OpeningHoursText.CLOSED : text);
            }
        }
        Map<KioskLanguage, String> locations = null;
        if (row.getString("staff_location_nl") != null) {
            locations = new HashMap<>();
            for (var language : KioskLanguage.values()) {
                var text = row.getString("staff_location_" + language.code());
                if (text != null) {
                    locations.put(language, text);
                }
            }
        }
        return new SetupOverrides(idle == null ? null : Duration.ofSeconds(idle), languages, features,
                row.getString("default_place"), (Boolean) row.getObject("printing", Boolean.class), hours, locations);
    }

    private static String detail(SetupOverrides clean, int told) {
        var own = clean.inheritsAll() ? "inherits everything" : "own: " + String.join(", ", clean.overridden());
        return own + "; reload sent to " + told + (told == 1 ? " terminal" : " terminals");
    }

    private static String reasons(SetupProblem refused) {
        return refused.problems().stream().map(problem -> problem.field() + " " + problem.reason())
                .collect(Collectors.joining(", "));
    }
}
