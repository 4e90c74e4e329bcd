package be.werkwinkel.kiosk.sync.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import be.werkwinkel.kiosk.KioskApplication;
import be.werkwinkel.kiosk.appointment.AppointmentAdministration;
import be.werkwinkel.kiosk.appointment.AppointmentStatus;
import be.werkwinkel.kiosk.appointment.AppointmentType;
import be.werkwinkel.kiosk.appointment.Appointments;
import be.werkwinkel.kiosk.appointment.AppointmentsUnreachable;
import be.werkwinkel.kiosk.appointment.Booking;
import be.werkwinkel.kiosk.appointment.BookingOutcome;
import be.werkwinkel.kiosk.appointment.BookingRequest;
import be.werkwinkel.kiosk.appointment.Consultant;
import be.werkwinkel.kiosk.appointment.ConsultantChoice;
import be.werkwinkel.kiosk.appointment.Coordinates;
import be.werkwinkel.kiosk.appointment.FreeSlot;
import be.werkwinkel.kiosk.appointment.LocalizedText;
import be.werkwinkel.kiosk.appointment.PendingBooking;
import be.werkwinkel.kiosk.appointment.Site;
import be.werkwinkel.kiosk.appointment.SiteKind;
import be.werkwinkel.kiosk.appointment.SlotQuery;
import be.werkwinkel.kiosk.appointment.WorkingPlan;
import be.werkwinkel.kiosk.base.KioskLanguage;
import be.werkwinkel.kiosk.base.OpeningHours;
import be.werkwinkel.kiosk.storage.RequestId;
import be.werkwinkel.kiosk.support.BrowserJourney;
import be.werkwinkel.kiosk.support.HubProxy;
import be.werkwinkel.kiosk.support.KioskBrowser;
import be.werkwinkel.kiosk.sync.outbox.Outbox;
import be.werkwinkel.kiosk.terminal.Terminals;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

/**
 * Appointments on a real terminal (its own application context, kiosk.role=terminal, no database)
 * against this test's application as its hub, through a line the test can cut (decision 044): the
 * hub's terminal API checks input and books once per request id; the terminal's remote adapter
 * reads the hub and keeps serving its last answers when the line is cut; a booking made then is a
 * request in the outbox that the hub books once, or at the nearest free time when the slot was
 * taken meanwhile; and a visitor books online, then "to be confirmed", in a real browser.
 */
@BrowserJourney
class TerminalAppointmentsTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");

    private static ConfigurableApplicationContext terminal;
    private static HubProxy line;
    private static Path dataDir;
    private static int hubPort;
    private static Site site;
    private static AppointmentType type;
    private static Consultant consultant;

    @Autowired
    Appointments hub;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void startTerminal(@Autowired Terminals terminals, @Autowired AppointmentAdministration admin,
            @Autowired Environment environment) throws Exception {
        hubPort = Integer.parseInt(environment.getRequiredProperty("local.server.port"));
        var tag = UUID.randomUUID().toString().substring(0, 6);
        // near the terminal's default place (Brussels), so the site is first on the "where" screen
        site = admin.saveSite(null, new Site.SiteDetails(SiteKind.JOB_SHOP, "Werkwinkel Terminaltest " + tag,
                "Kiosklaan 1", "1000", "Brussel", new Coordinates(50.8467, 4.3525),
                Map.of(DayOfWeek.MONDAY, OpeningHours.parse("09:00-12:00")), LocalizedText.of("metro 1"), true));
        type = admin.saveType(null, new AppointmentType.AppointmentTypeDetails("terminal-" + tag,
                new LocalizedText("Hulp bij solliciteren " + tag, "Aide " + tag, "Help " + tag), LocalizedText.empty(),
                Duration.ofMinutes(30), Duration.ZERO, LocalizedText.of("uw identiteitskaart"), "vaadin:user", 0, true));
        // one consultant: a time taken is taken, there is nobody else to give it to
        consultant = admin.saveConsultant(null, new Consultant.ConsultantDetails("Consulent Terminal " + tag,
                Set.of("nl"), Set.of(site.id()), Set.of(type.id()), "staff-terminal-" + tag, true));
        for (var day : DayOfWeek.values()) {
            admin.savePlan(null, consultant.id(), site.id(), day, LocalTime.of(8, 0), LocalTime.of(18, 0),
                    List.of(new WorkingPlan.Break(LocalTime.of(12, 0), LocalTime.of(13, 0))),
                    LocalDate.now(Appointments.ZONE).minusDays(1), null);
        }
        var enrollment = terminals.create("Balie afspraken", "Brussel", "bij de ingang");
        dataDir = Files.createTempDirectory("kiosk-terminal-appointments-");
        line = new HubProxy(hubPort);
        terminal = new SpringApplicationBuilder(KioskApplication.class).profiles("test").run(Stream.of(
                "--server.port=0", "--kiosk.role=terminal", "--kiosk.data-dir=" + dataDir,
                "--kiosk.hub.url=" + line.url(), "--kiosk.hub.enrollment-code=" + enrollment.code(),
                "--kiosk.hub.connect-timeout=1s", "--kiosk.hub.outbox.replay-every=200ms",
                "--kiosk.hub.outbox.longest-backoff=1s", "--kiosk.hub.appointments.slots-refresh=1s",
                "--kiosk.hub.appointments.catalogue-refresh=2s").toArray(String[]::new));
        var key = dataDir.resolve("terminal/hub-key.json");
        await().atMost(PATIENCE).until(() -> Files.exists(key)); // before the line is cut in a test
    }

    @AfterAll
    static void stopTerminal() throws Exception {
        if (terminal != null) {
            terminal.close();
        }
        if (line != null) {
            line.close();
        }
        if (dataDir != null) {
            FileSystemUtils.deleteRecursively(dataDir.toFile());
        }
    }

    private static RemoteAppointments remote() {
        return terminal.getBean(RemoteAppointments.class);
    }

    private static SlotQuery query() {
        return SlotQuery.anyone(type.id(), site.id());
    }

    private static BookingRequest request(ZonedDateTime start, String name, String email) {
        return new BookingRequest(type.id(), site.id(), start, ConsultantChoice.anyone(), name, "0470 12 34 56", email,
                null, null, null, KioskLanguage.DUTCH, "test");
    }

    /** A working day some days ahead whose free times the hub lists. */
    private List<FreeSlot> freeOn(int daysAhead) {
        var days = hub.daysWithFreeSlots(query());
        return hub.freeSlots(query(), days.get(Math.min(daysAhead, days.size() - 1)));
    }

    private long appointmentsAt(ZonedDateTime start) {
        return jdbc.sql("SELECT COUNT(*) FROM appointment WHERE consultant_id = ? AND starts_at = ? AND status = 'BOOKED'")
                .params(consultant.id().toString(), java.time.LocalDateTime.ofInstant(start.toInstant(), java.time.ZoneOffset.UTC))
                .query(Long.class).single();
    }

    // ---- the hub's API ----------------------------------------------------------------------------

    private HttpResponse<String> call(String method, String path, String token, String body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + hubPort + "/api/terminal/v1" + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void the_hub_api_needs_a_token_refuses_bad_input_and_books_once_per_request_id(@Autowired Terminals terminals)
            throws Exception {
        var enrolled = call("POST", "/enroll", null, "{\"code\":\"" + terminals.create("API", "Brussel", "test").code() + "\"}");
        var matcher = TOKEN.matcher(enrolled.body());
        assertThat(matcher.find()).as(enrolled.body()).isTrue();
        var token = matcher.group(1);

        assertThat(call("GET", "/appointments/types", null, null).statusCode()).isEqualTo(401);
        assertThat(call("GET", "/appointments/types", token, null).body()).contains(type.id().toString());
        var q = "type=" + type.id() + "&site=" + site.id();
        assertThat(call("GET", "/appointments/slots?" + q + "&day=tomorrow", token, null).statusCode()).isEqualTo(400);
        assertThat(call("GET", "/appointments/slots?type=nonsense&site=" + site.id() + "&day=2030-01-01", token, null)
                .statusCode()).isEqualTo(400);
        assertThat(call("GET", "/appointments/days?" + q + "&consultant=somebody", token, null).statusCode()).isEqualTo(400);
        assertThat(call("GET", "/appointments/sites?type=" + type.id() + "&latitude=91&longitude=4", token, null)
                .statusCode()).isEqualTo(400);

        var slot = freeOn(2).getFirst();
        var start = slot.start().toOffsetDateTime().toString();
        var body = """
                {"type":"%s","site":"%s","start":"%s","consultant":"anyone","contactName":"Api Bezoeker",
                 "phone":"0470 11 22 33","language":"nl"}""".formatted(type.id(), site.id(), start);
        var noName = body.replace("\"Api Bezoeker\"", "\"\"");
        var refused = call("POST", "/appointments/bookings/" + UUID.randomUUID(), token, noName);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("NAME_INVALID");
        assertThat(call("POST", "/appointments/bookings/" + UUID.randomUUID(), token, "{not json").statusCode()).isEqualTo(400);
        assertThat(call("POST", "/appointments/bookings/not-a-uuid", token, body).statusCode()).isEqualTo(400);
        assertThat(appointmentsAt(slot.start())).as("refusals book nothing").isZero();

        var id = UUID.randomUUID();
        var first = call("POST", "/appointments/bookings/" + id, token, body);
        var again = call("POST", "/appointments/bookings/" + id, token, body);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).contains("\"booked\"").contains(consultant.id().toString());
        assertThat(again.body()).as("the same request id answers the first outcome").isEqualTo(first.body());
        var other = call("POST", "/appointments/bookings/" + UUID.randomUUID(), token, body);
        assertThat(other.statusCode()).isEqualTo(200);
        assertThat(other.body()).as("another request for the same time is just taken").contains("\"alternatives\"")
                .contains("\"booked\":null");
        assertThat(appointmentsAt(slot.start())).as("never a double booking").isEqualTo(1);
        var reused = call("POST", "/appointments/bookings/" + id, token, body.replace("Api Bezoeker", "Iemand Anders"));
        assertThat(reused.statusCode()).isEqualTo(409);
    }

    // ---- the terminal's adapter -----------------------------------------------------------------

    @Test
    void the_remote_adapter_reads_the_hub_and_keeps_its_last_answers_while_the_line_is_cut() throws Exception {
        var remote = remote();
        var day = hub.daysWithFreeSlots(query()).get(3);
        assertThat(remote.types()).extracting(AppointmentType::id).contains(type.id());
        assertThat(remote.site(site.id())).map(Site::name).contains(site.name());
        assertThat(remote.consultants(type.id(), site.id())).extracting(p -> p.id()).containsExactly(consultant.id());
        var slots = remote.freeSlots(query(), day);
        assertThat(slots).isEqualTo(hub.freeSlots(query(), day)).isNotEmpty();
        // a booking made through this terminal just before refreshes its copies in the background
        await().atMost(PATIENCE).until(() -> remote.firstAvailable(query()).equals(hub.firstAvailable(query())));

        line.cut();
        try {
            await().atMost(PATIENCE).until(remote::toBeConfirmed);
            Thread.sleep(1_200); // past slots-refresh (1 s): the next read refreshes, and that refresh fails
            assertThat(remote.freeSlots(query(), day)).as("the last known answer").isEqualTo(slots);
            await().atMost(PATIENCE).until(() -> remote.freeSlots(query(), day).equals(slots) && remote.toBeConfirmed());
            assertThat(remote.types()).extracting(AppointmentType::id).contains(type.id());
            assertThatThrownBy(() -> remote.freeSlots(query(), day.plusDays(40)))
                    .as("a question never answered before").isInstanceOf(AppointmentsUnreachable.class);
            assertThatThrownBy(() -> remote.find("ACDE-FHJK", "3456", "x")).isInstanceOf(AppointmentsUnreachable.class);
        } finally {
            line.restore();
        }
        await().atMost(PATIENCE).until(() -> !remote.toBeConfirmed());
    }

    // ---- requests while the hub is unreachable ------------------------------------------------------

    @Test
    void requests_made_offline_are_booked_once_and_a_time_taken_meanwhile_gets_the_nearest_free_one() throws Exception {
        var remote = remote();
        var outbox = terminal.getBean(Outbox.class);
        var slots = freeOn(5);
        var free = slots.get(0);
        var taken = slots.get(4);
        // what the booking screens read before the line goes
        remote.freeSlots(query(), free.start().toLocalDate());
        remote.type(type.id());
        remote.site(site.id());

        line.cut();
        PendingBooking asked;
        PendingBooking again;
        PendingBooking other;
        try {
            await().atMost(PATIENCE).until(remote::toBeConfirmed);
            var idFree = RequestId.random();
            var idTaken = RequestId.random();
            asked = remote.request(idFree, request(free.start(), "Offline Een", null));
            again = remote.request(idFree, request(free.start(), "Offline Een", null));
            other = remote.request(idTaken, request(taken.start(), "Offline Twee", "offline.twee@example.be"));
            assertThat(again.reference()).as("a retried request keeps its reference").isEqualTo(asked.reference());
            assertThat(asked.reference()).isNotEqualTo(other.reference());
            assertThat(outbox.backlog()).as("the same request id is queued once").isEqualTo(2);
            assertThat(Files.readString(Files.list(dataDir.resolve("terminal/outbox")).filter(f -> f.toString()
                    .endsWith(".entry")).findFirst().orElseThrow(), java.nio.charset.StandardCharsets.ISO_8859_1))
                    .as("nothing readable on the terminal's disk").doesNotContain("Offline");
            // meanwhile another visitor takes the second time at the hub
            var meanwhile = hub.book(RequestId.random(), request(taken.start(), "Snelle Bezoeker", null));
            assertThat(meanwhile).isInstanceOf(BookingOutcome.Booked.class);
        } finally {
            line.restore();
        }
        await().atMost(PATIENCE).until(() -> outbox.backlog() == 0);

        Booking booked = hub.find(asked.reference().display(), "3456", "test");
        assertThat(booked.start()).isEqualTo(free.start());
        assertThat(booked.code()).as("booked under the ticket's reference").isEqualTo(asked.reference());
        assertThat(appointmentsAt(free.start())).as("booked once").isEqualTo(1);

        Booking moved = hub.find(other.reference().display(), "3456", "test");
        assertThat(moved.start()).as("the nearest free time, not the taken one").isNotEqualTo(taken.start());
        var nearest = hub.freeSlots(query(), taken.start().toLocalDate()); // after the booking: its time is gone
        assertThat(nearest).noneMatch(slot -> slot.start().equals(moved.start()));
        assertThat(Duration.between(taken.start(), moved.start()).abs()).isLessThanOrEqualTo(Duration.ofMinutes(60));
        assertThat(appointmentsAt(taken.start())).as("never a double booking").isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE request_id = ?")
                .param(UUID.nameUUIDFromBytes(("appointment:" + moved.id() + ":confirmation:" + moved.start().toInstant())
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString())
                .query(Long.class).single()).as("the confirmation of the new time is in the mail outbox").isEqualTo(1);
    }

    // ---- the visitor's journey on the terminal's own screens --------------------------------------

    private static final By STEP = By.id("appt-step");

    @Test
    void a_visitor_books_online_then_to_be_confirmed_while_the_line_is_cut_and_it_is_booked_once() throws Exception {
        var port = Integer.parseInt(terminal.getEnvironment().getRequiredProperty("local.server.port"));
        try (var browser = new KioskBrowser(port, "terminal-appointment")) {
            var online = walkToConfirm(browser, "Online Bezoeker");
            assertThat(browser.text(By.id("appt-book"))).contains("Afspraak vastleggen");
            assertThat(browser.driver().findElements(By.id("appt-to-be-confirmed"))).isEmpty();
            browser.tap(By.id("appt-book"));
            var code = browser.text(By.id("appt-code"));
            assertThat(browser.text(By.id("appt-ticket-title"))).isEqualTo("Uw afspraak staat vast");
            browser.screenshot("1-online-ticket");
            assertThat(hub.find(code, "3456", "test").start()).isEqualTo(online);
            browser.tap(By.id("appt-done"));

            line.cut();
            ZonedDateTime requested;
            String reference;
            try {
                await().atMost(PATIENCE).until(() -> remote().toBeConfirmed());
                requested = walkToConfirm(browser, "Offline Bezoeker");
                assertThat(browser.text(By.id("appt-to-be-confirmed"))).contains("Nog te bevestigen", "laatst gekende");
                assertThat(browser.text(By.id("appt-book"))).contains("Aanvraag versturen");
                browser.screenshot("2-offline-confirm");
                assertThat(browser.seriousAccessibilityViolations()).isEmpty();
                assertThat(browser.tooSmallTouchTargets()).isEmpty();
                browser.tap(By.id("appt-book"));
                reference = browser.text(By.id("appt-request-reference"));
                assertThat(reference).matches("[A-Z0-9]{4}-[A-Z0-9]{4}");
                assertThat(browser.text(By.id("appt-request-title"))).isEqualTo("Uw aanvraag is bewaard");
                assertThat(browser.text(By.id("appt-request-status"))).containsIgnoringCase("nog niet bevestigd");
                assertThat(browser.text(By.id("appt-request-explanation"))).startsWith("Dit is nog geen afspraak.");
                assertThat(browser.text(By.id("appt-request-ticket"))).contains("Mijn afspraak",
                        "de laatste 4 cijfers van uw telefoonnummer", site.name());
                browser.screenshot("3-offline-request-ticket");
                assertThat(browser.seriousAccessibilityViolations()).isEmpty();
                assertThat(browser.tooSmallTouchTargets()).isEmpty();
                assertThat(terminal.getBean(Outbox.class).backlog()).isEqualTo(1);
            } finally {
                line.restore();
            }
            await().atMost(PATIENCE).until(() -> terminal.getBean(Outbox.class).backlog() == 0);
            var confirmed = hub.find(reference, "3456", "test");
            assertThat(confirmed.start()).isEqualTo(requested);
            assertThat(appointmentsAt(requested)).as("booked once").isEqualTo(1);

            // the next visit: the reference on "my appointment" shows the appointment
            browser.tap(By.id("appt-done"));
            browser.tap(By.id("tile-appointment"));
            browser.tap(By.id("appt-start-mine"));
            type(browser, "appt-mine-code", reference);
            type(browser, "appt-mine-factor", "3456");
            browser.tap(By.id("appt-mine-find"));
            browser.until(d -> !d.findElements(By.id("appt-mine-state")).isEmpty(), Duration.ofSeconds(10));
            assertThat(browser.text(By.id("appt-code"))).isEqualTo(reference);
            browser.screenshot("4-next-visit-confirmed");

            // cancelling needs the hub: with the line cut the visitor is told so, and nothing changes
            browser.tap(By.id("appt-mine-cancel"));
            browser.waitFor(By.id("appt-cancel-confirm"));
            line.cut();
            try {
                browser.tap(By.id("appt-cancel-yes"));
                assertThat(browser.text(By.id("appt-unreachable"))).contains("de verbinding met de centrale server is weg");
                browser.screenshot("5-cancel-while-cut");
                browser.tap(By.id("notice-ok"));
                browser.until(d -> !browser.dialogOpen(), Duration.ofSeconds(10));
            } finally {
                line.restore();
            }
            assertThat(hub.find(reference, "3456", "test").status()).as("nothing changed").isEqualTo(AppointmentStatus.BOOKED);
        }
    }

    /** From home to the confirm step, at the first free time of this test's type and site; answers that time. */
    private ZonedDateTime walkToConfirm(KioskBrowser browser, String name) {
        browser.open("/");
        if (!browser.driver().findElements(By.id("start-nl")).isEmpty()) {
            browser.tap(By.id("start-nl"));
        }
        browser.tap(By.id("tile-appointment"));
        browser.tap(By.id("appt-start-new"));
        browser.tap(By.id("appt-type-" + type.details().code()));
        browser.until(d -> browser.text(STEP).contains(" 2 "), Duration.ofSeconds(10));
        browser.tap(By.xpath("//*[@id='appt-sites']//vaadin-button[contains(., '" + site.name() + "')]"));
        browser.until(d -> browser.text(STEP).contains(" 3 "), Duration.ofSeconds(10));
        var first = remote().firstAvailable(query()).orElseThrow().start();
        browser.tap(By.id("appt-first"));
        browser.until(d -> browser.text(STEP).contains(" 4 "), Duration.ofSeconds(10));
        browser.tap(By.id("appt-consultant-any"));
        browser.until(d -> browser.text(STEP).contains(" 5 "), Duration.ofSeconds(10));
        type(browser, "appt-name", name);
        type(browser, "appt-phone", "0470 12 34 56");
        browser.tap(By.id("appt-next"));
        browser.until(d -> browser.text(STEP).contains(" 6 "), Duration.ofSeconds(10));
        return first;
    }

    private static void type(KioskBrowser browser, String id, String text) {
        var input = browser.waitFor(By.cssSelector("#" + id + " input"));
        input.clear();
        input.sendKeys(text);
        browser.script("arguments[0].dispatchEvent(new Event('change', {bubbles: true}))", input);
        browser.waitForVaadin();
    }
}
