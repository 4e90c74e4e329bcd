package be.werkwinkel.kiosk.sync.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import be.werkwinkel.kiosk.terminal.DeliveryHandler;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} during outbox writes: a child JVM queues entries in a loop and prints each
 * request id after {@code enqueue} returned; it is killed at a random moment. Every printed id must
 * be in the outbox and open with the hub's key; no half-written entry may count. Several rounds on
 * the same outbox, so that later rounds also start over the leftovers of earlier kills.
 */
class OutboxCrashTest {

    static final String MARKER = "CRASH-MARKER-Peeters";

    @TempDir
    Path dataDir;

    @Test
    void every_entry_enqueue_confirmed_survives_a_kill_minus_nine_and_no_half_entry_counts() throws Exception {
        var hub = TestHub.newKeyPair();
        TestHub.writePublicKey(hub, dataDir.resolve("terminal/hub-key.json"));
        var confirmed = new ArrayList<UUID>();
        var random = ThreadLocalRandom.current();
        for (int round = 0; round < 3; round++) {
            confirmed.addAll(runAndKill(random.nextInt(3, 25), random.nextInt(0, 15)));
        }

        var outbox = new Outbox(dataDir.resolve("terminal/outbox"), TestHub.settings(1_000_000, 1L << 40),
                new HubPublicKey(dataDir.resolve("terminal/hub-key.json"), TestHub.notEnrolled()), Clock.systemUTC());
        try (var files = Files.list(dataDir.resolve("terminal/outbox"))) {
            assertThat(files.map(f -> f.getFileName().toString())).as("leftovers are deleted")
                    .noneMatch(name -> name.endsWith(".tmp"));
        }
        var counted = outbox.backlog();
        var entries = outbox.waiting();
        assertThat(dataDir.resolve("terminal/outbox").resolve(Outbox.REFUSED)).as("no damaged entry set aside").doesNotExist();
        assertThat(counted).as("every counted entry is whole").isEqualTo(entries.size());
        var present = new HashSet<UUID>();
        var decrypter = TestHub.decrypter(hub);
        for (var entry : entries) {
            var opened = decrypter.decrypt(entry.sealed(), DeliveryHandler.associatedData(entry.requestId(), entry.kind()));
            assertThat(opened).hasSize(256 * 1024);
            assertThat(OutboxTest.indexOf(opened, MARKER.getBytes(StandardCharsets.UTF_8))).isEqualTo(1000);
            present.add(entry.requestId());
        }
        assertThat(confirmed).as("a kill lands after some confirmed writes").isNotEmpty();
        assertThat(present).as("every confirmed entry is there").containsAll(confirmed);
        // an entry renamed into place just before the kill, whose id was not printed yet, is whole: at most one per kill
        assertThat(entries.size() - confirmed.size()).isBetween(0, 3);
    }

    /** A whole confirmation line; one cut by the kill is not a confirmation. */
    private static void confirmed(String line, List<UUID> printed) {
        if (line.startsWith(OutboxCrashChild.CONFIRMED)
                && line.length() == OutboxCrashChild.CONFIRMED.length() + 36) {
            printed.add(UUID.fromString(line.substring(OutboxCrashChild.CONFIRMED.length())));
        }
    }

    private List<UUID> runAndKill(int afterLines, int extraMillis) throws Exception {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var process = new ProcessBuilder(java, "-Xmx128m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), OutboxCrashChild.class.getName(), dataDir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        var printed = new ArrayList<UUID>();
        try (var out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            // the child's log (e.g. the leftovers it deleted) shares the output
            for (var line = out.readLine(); !"READY".equals(line); line = out.readLine()) {
                assertThat(line).as("the child started").isNotNull();
            }
            while (printed.size() < afterLines) {
                var line = out.readLine();
                assertThat(line).as("child still running").isNotNull();
                confirmed(line, printed);
            }
            if (extraMillis > 0) {
                Thread.sleep(extraMillis);
            }
            // SIGKILL through the handle: Process#destroyForcibly would also close our end of its output,
            // and the ids it printed just before dying must still be read
            assertThat(process.toHandle().destroyForcibly()).isTrue();
            assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
            for (var line = out.readLine(); line != null; line = out.readLine()) {
                confirmed(line, printed);
            }
        }
        assertThat(process.exitValue()).as("killed, not ended").isNotZero();
        return printed;
    }
}
