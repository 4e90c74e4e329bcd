package be.werkwinkel.kiosk.system;

import static org.assertj.core.api.Assertions.assertThat;

import be.werkwinkel.kiosk.KioskApplication;
import be.werkwinkel.kiosk.support.KioskTest;
import be.werkwinkel.kiosk.vacancy.VacancyReplica;
import be.werkwinkel.kiosk.vacancy.VacancySearch;
import be.werkwinkel.kiosk.vacancy.VacancySource;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.util.FileSystemUtils;

/**
 * What starts depends on {@code kiosk.role} (DESIGN.md, "Roles of the one application"): the
 * standalone kiosk has everything, including its own MariaDB; a hub has the database, jobs and
 * ingest on an external MariaDB and starts none of its own; a terminal has no database at all and
 * searches its local index.
 */
@KioskTest
class RoleWiringTest {

    /** Beans that only a role with a database has. */
    private static final String[] DATABASE_BEANS = {"vacancyStore", "feedImporter", "vacancyJobs",
            "dropFolderImports", "urlFeedPolling", "localAdminController", "usageStore", "usageStatistics",
            "outboxMeters", "mailOutbox",
            "mailDelivery", "sealing", "documentMail", "oldKeysetMigration", "appointmentService", "appointmentAdminService",
            "appointmentReminderJob", "replicaChangesController"};

    @Autowired
    ApplicationContext standalone;

    @Test
    void a_standalone_kiosk_has_its_embedded_database_and_everything_else() {
        assertThat(standalone.getBeanNamesForType(DataSource.class)).isNotEmpty();
        assertThat(standalone.getBeanNamesForType(Flyway.class)).isNotEmpty();
        assertThat(standalone.containsBean("embeddedMariaDb")).isTrue();
        assertThat(standalone.getBeanNamesForType(VacancySearch.class)).hasSize(1);
        for (var name : DATABASE_BEANS) {
            assertThat(standalone.containsBean(name)).as(name).isTrue();
        }
        assertThat(standalone.getBeanNamesForType(VacancyReplica.class)).as("no replica where the database is").isEmpty();
        assertThat(standalone.getBeanNamesForType(VacancySource.class)).as("the screens say nothing of a hub").isEmpty();
    }

    @Test
    void a_hub_uses_the_external_database_and_starts_none_of_its_own() throws Exception {
        var external = (HikariDataSource) standalone.getBean(DataSource.class);
        var dataDir = Files.createTempDirectory("kiosk-hub-");
        try (var hub = start("--kiosk.role=hub", "--kiosk.data-dir=/." + dataDir,
                "--spring.datasource.url=" + external.getJdbcUrl(),
                "--spring.datasource.username=" + external.getUsername(),
                "--spring.datasource.password=" + (external.getPassword() == null ? "" : external.getPassword()))) {
            assertThat(hub.containsBean("embeddedMariaDb")).isFalse();
            assertThat(hub.getBeanNamesForType(Flyway.class)).isNotEmpty();
            assertThat(hub.getBeanNamesForType(VacancySearch.class)).hasSize(1);
            for (var name : DATABASE_BEANS) {
                assertThat(hub.containsBean(name)).as(name).isTrue();
            }
        } finally {
            FileSystemUtils.deleteRecursively(dataDir);
        }
    }

    @Test
    void a_terminal_has_no_database_no_jobs_and_no_ingest_yet_searches_from_its_index() throws Exception {
        var dataDir = Files.createTempDirectory("kiosk-terminal-");
        try (var terminal = start("--kiosk.role=terminal", "--kiosk.data-dir=/." + dataDir)) {
            assertThat(terminal.getBeanNamesForType(DataSource.class)).isEmpty();
            assertThat(terminal.getBeanNamesForType(Flyway.class)).isEmpty();
            assertThat(terminal.containsBean("embeddedMariaDb")).isFalse();
            for (var name : DATABASE_BEANS) {
                assertThat(terminal.containsBean(name)).as(name).isFalse();
            }
            assertThat(terminal.containsBean("usageMeters")).as("meters without a database").isTrue();
            assertThat(terminal.containsBean("usageReporter")).as("counts reported to the hub").isTrue();
            assertThat(terminal.getBeanNamesForType(VacancyReplica.class)).hasSize(1);
            assertThat(terminal.getBeanNamesForType(VacancySource.class)).as("the screen can say 'offline'").hasSize(1);
            assertThat(terminal.containsBean("replicaUpdates")).isTrue();
            var search = terminal.getBean(VacancySearch.class);
            assertThat(search.status().loading()).as("an empty replica says 'loading', not 'no vacancies'").isTrue();
            assertThat(search.place("Gent")).isPresent();
        } finally {
            FileSystemUtils.deleteRecursively(dataDir);
        }
    }

    @Test
    void every_role_can_be_launched_but_a_terminal_needs_its_hub() {
        assertThat(RunnableRoles.refusal(environment(Map.of("kiosk.role", "standalone")))).isEmpty();
        assertThat(RunnableRoles.refusal(environment(Map.of("kiosk.role", "HUB")))).isEmpty();
        assertThat(RunnableRoles.refusal(environment(Map.of("kiosk.role", "terminal")))).get().asString()
                .contains("kiosk.hub.url");
        assertThat(RunnableRoles.refusal(environment(Map.of("kiosk.role", "terminal",
                "kiosk.hub.url", "http://127.0.0.1:8080")))).isEmpty();
    }

    private static StandardEnvironment environment(Map<String, Object> properties) {
        var environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        return environment;
    }

    /** The whole application in a context of its own; arguments, since default properties would lose to application.properties. */
    static ConfigurableApplicationContext start(String... arguments) {
        return new SpringApplicationBuilder(KioskApplication.class).profiles("test")
                .run(Stream.concat(Stream.of("--server.port=0"), Stream.of(arguments)).toArray(String[]::new));
    }
}
