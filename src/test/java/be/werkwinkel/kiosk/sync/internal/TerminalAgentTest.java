package be.werkwinkel.kiosk.sync.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import be.werkwinkel.kiosk.KioskApplication;
import be.werkwinkel.kiosk.kiosk.KioskScreens;
import be.werkwinkel.kiosk.support.BrowserJourney;
import be.werkwinkel.kiosk.support.HubProxy;
import be.werkwinkel.kiosk.support.TestVacancies;
import be.werkwinkel.kiosk.terminal.CommandKind;
import be.werkwinkel.kiosk.terminal.CommandStatus;
import be.werkwinkel.kiosk.terminal.TerminalState;
import be.werkwinkel.kiosk.terminal.Terminals;
import be.werkwinkel.kiosk.vacancy.VacancyImport;
import be.werkwinkel.kiosk.vacancy.VacancySearch;
import be.werkwinkel.kiosk.vacancy.VacancySearched;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

/**
 * A real terminal (its own application context, kiosk.role=terminal, no database) against this
 * test's application as its hub, over HTTP: it enrolls with a code from the registry, reports
 * heartbeats, copies the hub's vacancies, reports its usage counts, takes staff commands at once by long poll, goes out of service when revoked, and,
 * restarted while the hub is unreachable, still shows the lock the hub last gave it.
 */
@BrowserJourney
class TerminalAgentTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @LocalServerPort
    int port;

    @Autowired
    Terminals terminals;

    @Autowired
    VacancySearch hubSearch;

    @Autowired
    VacancyImport imports;

    @Autowired
    JdbcClient jdbc;

    private ConfigurableApplicationContext terminal;
    private Path dataDir;

    @AfterEach
    void stop() {
        if (terminal != null) {
            terminal.close();
        }
        if (dataDir != null) {
            FileSystemUtils.deleteRecursively(dataDir.toFile());
        }
    }

    @Test
    void a_terminal_enrolls_reports_follows_commands_and_keeps_its_lock_while_the_hub_is_away() throws Exception {
        TestVacancies.load(imports);
        var enrollment = terminals.create("Balie 7", "Gent", "bij de ingang");
        dataDir = Files.createTempDirectory("kiosk-terminal-");
        terminal = startTerminal("http://127.0.0.1:" + port, enrollment.code());

        await().atMost(PATIENCE).until(() -> terminals.find(enrollment.terminal()).orElseThrow().state()
                == TerminalState.ATTRACT);
        assertThat(Files.readString(dataDir.resolve("terminal/credentials.properties")))
                .contains("terminal-id=" + enrollment.terminal().value()).doesNotContain(enrollment.code());

        // enrolled, it copies the hub's vacancies at once and reports the copy's age and its outbox
        var search = terminal.getBean(VacancySearch.class);
        await().atMost(PATIENCE).until(() -> search.status().vacancies() == hubSearch.status().vacancies());
        assertThat(search.status().vacancies()).isPositive();
        terminal.getBean(TerminalAgent.class).heartbeat();
        var reported = terminals.find(enrollment.terminal()).orElseThrow();
        assertThat(reported.indexBuiltAt()).isNotNull();
        assertThat(reported.outboxBacklog()).isZero();

        // what visitors do on the terminal counts on the hub, for this terminal and its site
        terminal.publishEvent(new VacancySearched("heftruckchauffeur", "session-1", Instant.now()));
        // the search and its term are counted one after the other: a report may carry them apart
        await().atMost(PATIENCE).until(() -> jdbc.sql("""
                SELECT COALESCE(SUM(uses), 0) FROM usage_feature
                WHERE terminal_id = :id AND site = 'Gent' AND feature = 'SEARCH'""")
                .param("id", enrollment.terminal().value()).query(Long.class).single() == 1
                && jdbc.sql("SELECT COUNT(*) FROM usage_search_term WHERE terminal_id = :id")
                        .param("id", enrollment.terminal().value()).query(Long.class).single() > 0);
        assertThat(jdbc.sql("SELECT sessions FROM usage_search_term WHERE terminal_id = :id AND term = 'heftruckchauffeur'")
                .param("id", enrollment.terminal().value()).query(Long.class).single()).isEqualTo(1);

        var screens = terminal.getBean(KioskScreens.class);
        var lock = terminals.send(enrollment.terminal(), CommandKind.LOCK, "Onderhoud tot 14 uur", "test");
        await().atMost(PATIENCE).until(() -> screens.lockMessage().orElse("").equals("Onderhoud tot 14 uur"));
        await().atMost(PATIENCE).until(() -> terminals.commands(enrollment.terminal(), 10).stream()
                .anyMatch(command -> command.seq() == lock && command.status() == CommandStatus.SUCCEEDED));
        await().atMost(PATIENCE).until(() -> terminals.find(enrollment.terminal()).orElseThrow().state()
                == TerminalState.LOCKED);
        assertThat(screens.setup().siteName()).as("the site the hub's registry gives it, not kiosk.site.name")
                .isEqualTo("Gent");

        // restarted while the hub cannot be reached: the kept configuration brings the lock back
        terminal.close();
        try (var line = new HubProxy(port)) {
            line.cut();
            terminal = startTerminal(line.url(), enrollment.code());
            assertThat(terminal.getBean(KioskScreens.class).lockMessage()).contains("Onderhoud tot 14 uur");
            assertThat(terminal.getBean(KioskScreens.class).setup().siteName()).isEqualTo("Gent");
            assertThat(terminal.getBean(HubClient.class).enrolled()).isTrue();
            assertThat(terminal.getBean(HubClient.class).online()).isFalse();
        }

        // back with its hub; the same code in its configuration does not enroll it again
        terminal.close();
        terminal = startTerminal("http://127.0.0.1:" + port, enrollment.code());
        var agent = terminal.getBean(TerminalAgent.class);
        var restarted = terminal.getBean(KioskScreens.class);
        terminals.send(enrollment.terminal(), CommandKind.UNLOCK, null, "test");
        await().atMost(PATIENCE).until(() -> restarted.lockMessage().isEmpty());

        terminals.revoke(enrollment.terminal());
        agent.heartbeat();
        // the agent's own heartbeat after the unlock may still be on its way and answered before the revocation
        await().atMost(PATIENCE).until(agent::refused);
        await().atMost(PATIENCE).until(() -> agent.refused() && restarted.lockMessage().isPresent()); // out of service
    }

    private ConfigurableApplicationContext startTerminal(String hub, String code) {
        return new SpringApplicationBuilder(KioskApplication.class).profiles("test").run(Stream.of(
                "--server.port=0", "--kiosk.role=terminal", "--kiosk.data-dir=" + dataDir,
                "--kiosk.hub.url=" + hub, "--kiosk.hub.enrollment-code=" + code,
                "--kiosk.hub.connect-timeout=1s", "--kiosk.statistics.report-every=PT1S").toArray(String[]::new));
    }
}
