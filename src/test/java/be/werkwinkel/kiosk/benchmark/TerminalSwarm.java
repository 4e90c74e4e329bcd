package be.werkwinkel.kiosk.benchmark;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Many terminals on the terminal API, in a process of their own so that the hub's CPU and heap
 * are its own. Each enrolls with its one-time code, then does what {@code sync.internal.TerminalAgent}
 * and {@code sync.replica.ReplicaUpdates} do:
 * <ul>
 *   <li>a heartbeat every interval (at a random phase); a failed one is not repeated, the next
 *       comes at the next interval;</li>
 *   <li>a long-poll for every unacknowledged command ({@code after=0}, as the agent asks), running
 *       each command once and acknowledging it (up to three tries, a second apart); a command that
 *       comes again (its acknowledgement was lost) is acknowledged again, not run again; after a
 *       failed poll it waits one heartbeat interval, as the agent does;</li>
 *   <li>optionally replica polling: a full copy from revision 0 at a random moment within the
 *       first interval (so that not all copy at once), then every interval the changes since its
 *       own revision, page by page until up to date. A copy that fails is started anew at the
 *       next interval, as the replica does.</li>
 * </ul>
 * Started by {@link TerminalBenchmark} and {@link HubBenchmark}, which read what this writes:
 * <ul>
 *   <li>stdout: {@code ready} once every terminal is enrolled and waiting for commands;</li>
 *   <li>the results file, one line per event:
 *     {@code H <epochMillis> <millis> <terminalId>} a heartbeat answered,
 *     {@code C <terminalId> <seq> <epochMillis>} a command received (again on a redelivery),
 *     {@code X <terminalId> <seq> <epochMillis>} a command run (once per command),
 *     {@code A <terminalId> <seq> <epochMillis>} an acknowledgement accepted,
 *     {@code P <epochMillis> <millis> <changes> <F|U>} a page of changes (F: of a full copy, U: an update),
 *     {@code V <terminalId> <revision>} the replica's revision at the end,
 *     {@code E <epochMillis> <what>} a failed call.</li>
 * </ul>
 * It stops when its standard input closes or says {@code stop}.
 */
public final class TerminalSwarm {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Changes per page, as {@code ReplicaUpdates.PAGE_SIZE}. */
    static final int PAGE_SIZE = 500;

    private final URI api;
    private final Duration heartbeatInterval;
    private final int waitSeconds;
    private final @Nullable Duration replicaInterval;
    private final HttpClient http;
    private final ConcurrentLinkedQueue<String> results = new ConcurrentLinkedQueue<>();
    private final Map<Long, Long> revisions = new ConcurrentHashMap<>();
    private final AtomicInteger failures = new AtomicInteger();
    private volatile boolean running = true;

    TerminalSwarm(URI api, Duration heartbeatInterval, int waitSeconds, @Nullable Duration replicaInterval) {
        this.api = api;
        this.heartbeatInterval = heartbeatInterval;
        this.waitSeconds = waitSeconds;
        this.replicaInterval = replicaInterval;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newVirtualThreadPerTaskExecutor()).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /**
     * {@code TerminalSwarm <api base URL> <codes file> <results file> <heartbeat seconds> <long-poll seconds>
     * [<replica seconds>]}; without replica seconds (or 0) the terminals do not poll the change log.
     */
    public static void main(String[] args) throws Exception {
        var replicaSeconds = args.length > 5 ? Long.parseLong(args[5]) : 0;
        var swarm = new TerminalSwarm(URI.create(args[0]), Duration.ofSeconds(Long.parseLong(args[3])),
                Integer.parseInt(args[4]), replicaSeconds > 0 ? Duration.ofSeconds(replicaSeconds) : null);
        var codes = Files.readAllLines(Path.of(args[1])).stream().filter(line -> !line.isBlank()).toList();
        swarm.run(codes, Path.of(args[2]));
        System.exit(0);
    }

    private record Enrolled(long terminalId, String token) {
    }

    void run(List<String> codes, Path resultsFile) throws Exception {
        var enrolled = enrollAll(codes);
        var random = new Random(42);
        var polling = new CountDownLatch(enrolled.size());
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (var terminal : enrolled) {
                var phase = Duration.ofMillis(random.nextLong(heartbeatInterval.toMillis()));
                threads.submit(() -> heartbeats(terminal, phase));
                threads.submit(() -> commands(terminal, polling));
                if (replicaInterval != null) {
                    var copyAt = Duration.ofMillis(random.nextLong(replicaInterval.toMillis()));
                    threads.submit(() -> replica(terminal, copyAt));
                }
            }
            polling.await();
            System.out.println("ready " + enrolled.size());
            System.out.flush();
            waitForStop();
            running = false;
            threads.shutdownNow(); // interrupts the waits: the long-polls end without their answer
        }
        revisions.forEach((terminal, revision) -> results.add("V " + terminal + " " + revision));
        try (var out = new PrintWriter(Files.newBufferedWriter(resultsFile, StandardCharsets.UTF_8))) {
            results.forEach(out::println);
        }
    }

    private List<Enrolled> enrollAll(List<String> codes) throws InterruptedException {
        var enrolled = new ConcurrentLinkedQueue<Enrolled>();
        var atOnce = new Semaphore(32);
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (var code : codes) {
                threads.submit(() -> {
                    atOnce.acquire();
                    try {
                        var response = send(HttpRequest.newBuilder(api.resolve("v1/enroll"))
                                .POST(body("{\"code\":\"" + code + "\"}")), null);
                        if (response.statusCode() != 200) {
                            throw new IllegalStateException("enrollment refused: " + response.statusCode() + " " + response.body());
                        }
                        JsonNode answer = JSON.readTree(response.body());
                        enrolled.add(new Enrolled(answer.get("terminalId").asLong(), answer.get("token").asString()));
                    } finally {
                        atOnce.release();
                    }
                    return null;
                });
            }
        }
        if (enrolled.size() != codes.size()) {
            throw new IllegalStateException("only " + enrolled.size() + " of " + codes.size() + " terminals enrolled");
        }
        return new ArrayList<>(enrolled);
    }

    private void heartbeats(Enrolled terminal, Duration phase) {
        var started = System.nanoTime();
        try {
            Thread.sleep(phase);
            while (running) {
                var next = System.nanoTime() + heartbeatInterval.toNanos();
                var beat = """
                        {"state":"ATTRACT","feature":null,"appVersion":"benchmark","uptimeSeconds":%d,
                         "indexBuiltAt":"%s","outboxBacklog":0,"freeDiskBytes":50000000000}"""
                        .formatted((System.nanoTime() - started) / 1_000_000_000L, Instant.now());
                var sent = System.nanoTime();
                try {
                    var response = send(HttpRequest.newBuilder(api.resolve("v1/heartbeat")).POST(body(beat))
                            .timeout(Duration.ofSeconds(10)), terminal);
                    var millis = (System.nanoTime() - sent) / 1e6;
                    if (response.statusCode() == 204) {
                        results.add(String.format(Locale.ROOT, "H %d %.3f %d", System.currentTimeMillis(), millis,
                                terminal.terminalId()));
                    } else {
                        failed("heartbeat " + response.statusCode());
                    }
                } catch (IOException | RuntimeException e) {
                    failed("heartbeat " + e); // the next one comes at the next interval
                }
                Thread.sleep(Math.max(0, (next - System.nanoTime()) / 1_000_000));
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    private void commands(Enrolled terminal, CountDownLatch polling) {
        var first = true;
        var done = new HashMap<Long, Boolean>();
        while (running) {
            try {
                var request = HttpRequest.newBuilder(api.resolve("v1/commands?after=0&waitSeconds=" + waitSeconds))
                        .timeout(Duration.ofSeconds(waitSeconds + 15)).GET();
                if (first) {
                    polling.countDown(); // the request below is the one that waits
                    first = false;
                }
                HttpResponse<String> response;
                try {
                    response = send(request, terminal);
                } catch (IOException | RuntimeException e) {
                    if (running) {
                        failed("commands " + e);
                        Thread.sleep(heartbeatInterval); // as the agent: the next try after a heartbeat interval
                    }
                    continue;
                }
                var received = System.currentTimeMillis();
                if (response.statusCode() != 200) {
                    failed("commands " + response.statusCode());
                    Thread.sleep(heartbeatInterval);
                    continue;
                }
                for (var command : JSON.readTree(response.body()).get("commands")) {
                    var seq = command.get("seq").asLong();
                    results.add("C " + terminal.terminalId() + " " + seq + " " + received);
                    if (done.putIfAbsent(seq, Boolean.TRUE) == null) {
                        results.add("X " + terminal.terminalId() + " " + seq + " " + received);
                    }
                    acknowledge(terminal, seq);
                }
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (running) {
                    failed("commands " + e);
                }
            }
        }
    }

    /** Up to three tries a second apart, as the agent: a command never acknowledged comes again. */
    private void acknowledge(Enrolled terminal, long seq) throws InterruptedException {
        for (var attempt = 0; attempt < 3 && running; attempt++) {
            try {
                var ack = send(HttpRequest.newBuilder(api.resolve("v1/commands/" + seq + "/acknowledgement"))
                        .POST(body("{\"succeeded\":true,\"result\":\"benchmark: done\"}")).timeout(Duration.ofSeconds(10)),
                        terminal);
                if (ack.statusCode() == 204) {
                    results.add("A " + terminal.terminalId() + " " + seq + " " + System.currentTimeMillis());
                    return;
                }
                failed("acknowledgement " + ack.statusCode());
            } catch (IOException | RuntimeException e) {
                failed("acknowledgement " + e);
            }
            Thread.sleep(1000);
        }
    }

    private void replica(Enrolled terminal, Duration firstCopyAt) {
        var interval = java.util.Objects.requireNonNull(replicaInterval);
        var revision = -1L; // no replica yet: the first update is a full copy
        try {
            Thread.sleep(firstCopyAt);
            while (running) {
                var next = System.nanoTime() + interval.toNanos();
                try {
                    revision = revision < 0 ? copy(terminal) : update(terminal, revision);
                    revisions.put(terminal.terminalId(), revision);
                } catch (IOException | RuntimeException e) {
                    failed("changes " + e); // the replica stays as it was; the next try at the next interval
                }
                Thread.sleep(Math.max(0, (next - System.nanoTime()) / 1_000_000));
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    /** One page as the replica reads it. */
    record Page(int changes, long lastRevision, long latestRevision, boolean upToDate, boolean resync, long horizon) {

        /** The revision the replica has everything up to once this page is applied (ReplicaUpdates.Changes). */
        long reaches(long from) {
            return upToDate ? latestRevision : Math.max(from, lastRevision);
        }

        /**
         * Reads a page's figures with the streaming parser, without building the vacancies: the
         * terminals share this machine with the hub, and a tree of every page would take CPU from it.
         */
        static Page parse(String json) {
            var changes = 0;
            var last = -1L;
            var latest = -1L;
            var upToDate = false;
            var resync = false;
            var horizon = 0L;
            try (var parser = JSON.createParser(json)) {
                if (parser.nextToken() != JsonToken.START_OBJECT) {
                    throw new IllegalStateException("a page of changes is an object");
                }
                String name;
                while ((name = parser.nextName()) != null) {
                    parser.nextToken();
                    switch (name) {
                        case "changes" -> {
                            while (parser.nextToken() == JsonToken.START_OBJECT) {
                                changes++;
                                String field;
                                while ((field = parser.nextName()) != null) {
                                    parser.nextToken();
                                    if (field.equals("revision")) {
                                        last = parser.getLongValue();
                                    } else {
                                        parser.skipChildren();
                                    }
                                }
                            }
                        }
                        case "latestRevision" -> latest = parser.getLongValue();
                        case "upToDate" -> upToDate = parser.getBooleanValue();
                        case "resync" -> resync = parser.getBooleanValue();
                        case "horizon" -> horizon = parser.getLongValue();
                        default -> parser.skipChildren();
                    }
                }
            }
            if (latest < 0) {
                throw new IllegalStateException("a page of changes without latestRevision");
            }
            return new Page(changes, last, latest, upToDate, resync, horizon);
        }
    }

    private long copy(Enrolled terminal) throws IOException, InterruptedException {
        var from = 0L;
        Long horizon = null;
        while (true) {
            var page = page(terminal, from, horizon, "F");
            if (page.resync()) {
                throw new IllegalStateException("the hub pruned removals during the copy");
            }
            if (horizon == null) {
                horizon = page.horizon();
            }
            from = page.reaches(from);
            if (page.upToDate()) {
                return from;
            }
        }
    }

    private long update(Enrolled terminal, long since) throws IOException, InterruptedException {
        var from = since;
        while (true) {
            var page = page(terminal, from, null, "U");
            if (page.resync()) {
                return copy(terminal);
            }
            from = page.reaches(from);
            if (page.upToDate()) {
                return from;
            }
        }
    }

    private Page page(Enrolled terminal, long since, @Nullable Long horizon, String kind)
            throws IOException, InterruptedException {
        var uri = "v1/vacancies/changes?since=" + since + "&limit=" + PAGE_SIZE + (horizon == null ? "" : "&horizon=" + horizon);
        var sent = System.nanoTime();
        var response = send(HttpRequest.newBuilder(api.resolve(uri)).timeout(Duration.ofSeconds(30)).GET(), terminal);
        var millis = (System.nanoTime() - sent) / 1e6;
        if (response.statusCode() != 200) {
            throw new IllegalStateException("changes answered " + response.statusCode());
        }
        var page = Page.parse(response.body());
        results.add(String.format(Locale.ROOT, "P %d %.3f %d %s", System.currentTimeMillis(), millis, page.changes(), kind));
        return page;
    }

    private HttpResponse<String> send(HttpRequest.Builder request, @Nullable Enrolled terminal) throws IOException, InterruptedException {
        request.header("Content-Type", "application/json").header("Accept", "application/json");
        if (terminal != null) {
            request.header("Authorization", "Bearer " + terminal.token());
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.BodyPublisher body(String json) {
        return HttpRequest.BodyPublishers.ofString(json);
    }

    private void failed(String what) {
        failures.incrementAndGet();
        results.add("E " + System.currentTimeMillis() + " " + what.replace('\n', ' '));
    }

    private static void waitForStop() throws IOException {
        var in = new java.io.BufferedReader(new java.io.InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            if (line.strip().equals("stop")) {
                return;
            }
        }
    }
}
