package be.werkwinkel.kiosk.sync.outbox;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.UUID;

/**
 * The child JVM of {@link OutboxCrashTest}: no Spring, just the outbox. Queues entries without end
 * and prints each request id once {@code enqueue} has returned, until it is killed.
 */
final class OutboxCrashChild {

    /** Before each confirmed id, so that log lines on the same output are not taken for one. */
    static final String CONFIRMED = "ENQUEUED ";

    public static void main(String[] args) {
        var dataDir = Path.of(args[0]);
        var outbox = new Outbox(dataDir.resolve("terminal/outbox"), TestHub.settings(1_000_000, 1L << 40),
                new HubPublicKey(dataDir.resolve("terminal/hub-key.json"), TestHub.notEnrolled()), Clock.systemUTC());
        var body = new byte[256 * 1024];
        Arrays.fill(body, (byte) 'x');
        var marker = OutboxCrashTest.MARKER.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(marker, 0, body, 1000, marker.length);
        System.out.println("READY");
        System.out.flush();
        while (true) {
            var request = UUID.randomUUID();
            outbox.enqueue("storage.document", request, body);
            System.out.println(CONFIRMED + request);
            System.out.flush();
        }
    }
}
