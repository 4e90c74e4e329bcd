package be.werkwinkel.kiosk.system.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import be.werkwinkel.kiosk.KioskApplication;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * A kiosk JVM killed with {@code kill -9} (or a power cut of the JVM alone) leaves its
 * {@code mariadbd} running; the next start must come up all the same. Real JVMs, started the
 * way a kiosk PC starts one, from this build's class path.
 */
class EmbeddedDatabaseRecoveryTest {

    /** The JVM's own notice for the Vector API that Lucene uses; every kiosk start prints it. */
    static final String JVM_INCUBATOR_NOTICE = "WARNING: Using incubator modules: jdk.incubator.vector";
    static final Duration START_TIMEOUT = Duration.ofMinutes(5);

    final Path dataDir = Path.of("target/test-data/recovery-" + ThreadLocalRandom.current().nextInt(1_000_000))
            .toAbsolutePath();
    final Path serverDataDir = dataDir.resolve("mariadb").resolve("data");
    final List<Process> started = new ArrayList<>();

    @AfterEach
    void stopEverything() throws IOException {
        started.forEach(Process::destroyForcibly);
        EmbeddedDatabaseLock.serversOn(serverDataDir).forEach(ProcessHandle::destroyForcibly);
        FileSystemUtils.deleteRecursively(dataDir);
    }

    @Test
    void a_kiosk_killed_with_kill_9_starts_again_and_a_second_kiosk_on_its_data_is_refused_in_one_line()
            throws Exception {
        var first = startKiosk("first");
        awaitLogLine(first, "first", "Kiosk ready: open http://127.0.0.1:");
        var leftovers = EmbeddedDatabaseLock.serversOn(serverDataDir);
        assertThat(leftovers).as("the kiosk's own mariadbd").hasSize(1);

        first.destroyForcibly(); // SIGKILL: no shutdown hook, no context close
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(leftovers.getFirst().isAlive()).as("the embedded server outlives the killed JVM").isTrue();

        var second = startKiosk("second");
        awaitLogLine(second, "second", "Kiosk ready: open http://127.0.0.1:");
        assertThat(leftovers.getFirst().isAlive()).as("the left-over server was stopped").isFalse();
        assertThat(log("second")).contains("Stopping an embedded MariaDB (pid " + leftovers.getFirst().pid() + ")");
        assertThat(EmbeddedDatabaseLock.serversOn(serverDataDir)).hasSize(1);

        var startedAt = System.nanoTime();
        var third = startKiosk("third");
        assertThat(third.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        var seconds = (System.nanoTime() - startedAt) / 1e9;
        assertThat(third.exitValue()).isNotZero();
        assertThat(errors("third").lines().filter(line -> !line.equals(JVM_INCUBATOR_NOTICE)).toList())
                .as("what a second kiosk prints on its error stream")
                .singleElement().asString()
                .startsWith("Another kiosk (pid " + second.pid() + ") is already running on the embedded database in ")
                .endsWith("; stop it first, or give this one its own kiosk.data-dir.");
        assertThat(log("third")).doesNotContain("Exception", "\tat ", "APPLICATION FAILED TO START");
        assertThat(seconds).as("a second kiosk is turned away before the database would start (%.1f s)", seconds)
                .isLessThan(30);
        assertThat(second.isAlive()).as("the running kiosk carries on").isTrue();

        second.destroy(); // SIGTERM: the way a service manager stops it
        assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(EmbeddedDatabaseLock.serversOn(serverDataDir)).as("stopped with the kiosk").isEmpty();
    }

    private Process startKiosk(String name) throws IOException {
        Files.createDirectories(dataDir);
        var java = ProcessHandle.current().info().command().orElse("java");
        var classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        var process = new ProcessBuilder(java, "--add-modules", "jdk.incubator.vector",
                "--enable-native-access=ALL-UNNAMED", "-Xmx256m", "-cp", classPath, KioskApplication.class.getName(),
                "--spring.profiles.active=test", "--server.port=0", "--kiosk.data-dir=" + dataDir,
                "--kiosk.database.binaries-directory=" + Path.of("target/mariadb-binaries").toAbsolutePath())
                .redirectOutput(dataDir.resolve(name + ".log").toFile())
                .redirectError(dataDir.resolve(name + ".err").toFile())
                .start();
        started.add(process);
        return process;
    }

    private void awaitLogLine(Process process, String name, String line) throws IOException {
        waitUntil(() -> log(name).contains(line) || !process.isAlive(), START_TIMEOUT);
        if (!log(name).contains(line)) {
            fail("kiosk '" + name + "' did not start; its log ends with:\n" + tail(log(name) + errors(name)));
        }
    }

    private String log(String name) {
        return read(dataDir.resolve(name + ".log"));
    }

    private String errors(String name) {
        return read(dataDir.resolve(name + ".err"));
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static String tail(String text) {
        return text.substring(Math.max(0, text.length() - 3000));
    }

    /** Polls a condition (a log file another process writes) until it holds or the time is up. */
    private static void waitUntil(BooleanSupplier condition, Duration timeout) {
        var deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

}
