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
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Many terminals on the terminal API, in a process of their own so that the instance's CPU and
 * heap are its own: each enrolls with its one-time code, then sends a heartbeat every interval
 * (at a random phase) and waits for commands by long-poll, acknowledging each one as a terminal
 * does. Started by {@link TerminalBenchmark}, which reads what this writes:
 * <ul>
 *   <li>stdout: {@code ready} once every terminal is enrolled and waiting for commands;</li>
 *   <li>the results file: {@code H <epochMillis> <millis>} per heartbeat, {@code C <terminalId> <seq> <epochMillis>}
 *       per command received, {@code E <what>} per failed call.</li>
 * </ul>
 * It stops when its standard input closes or says {@code stop}.
 */
public final class TerminalSwarm {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI api;
    private final Duration heartbeatInterval;
    private final int waitSeconds;
    private final HttpClient http;
    private final ConcurrentLinkedQueue<String> results = new ConcurrentLinkedQueue<>();
    private final AtomicInteger failures = new AtomicInteger();
    private volatile boolean running = true;

    TerminalSwarm(URI api, Duration heartbeatInterval, int waitSeconds) {
        this.api = api;
        this.heartbeatInterval = heartbeatInterval;
        this.waitSeconds = waitSeconds;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newVirtualThreadPerTaskExecutor()).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** {@code TerminalSwarm <api base URL> <codes file> <results file> <heartbeat seconds> <long-poll seconds>} */
    public static void main(String[] args) throws Exception {
        var swarm = new TerminalSwarm(URI.create(args[0]), Duration.ofSeconds(Long.parseLong(args[3])),
                Integer.parseInt(args[4]));
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
            }
            polling.await();
            System.out.println("ready " + enrolled.size());
            System.out.flush();
            waitForStop();
            running = false;
            threads.shutdownNow(); // interrupts the waits: the long-polls end without their answer
        }
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
                var response = send(HttpRequest.newBuilder(api.resolve("v1/heartbeat")).POST(body(beat)), terminal);
                var millis = (System.nanoTime() - sent) / 1e6;
                if (response.statusCode() == 204) {
                    results.add(String.format(Locale.ROOT, "H %d %.3f", System.currentTimeMillis(), millis));
                } else {
                    failed("heartbeat " + response.statusCode());
                }
                Thread.sleep(Math.max(0, (next - System.nanoTime()) / 1_000_000));
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            failed("heartbeat " + e);
        }
    }

    private void commands(Enrolled terminal, CountDownLatch polling) {
        var after = 0L;
        var first = true;
        while (running) {
            try {
                var request = HttpRequest.newBuilder(api.resolve("v1/commands?after=" + after + "&waitSeconds=" + waitSeconds))
                        .timeout(Duration.ofSeconds(waitSeconds + 15)).GET();
                if (first) {
                    polling.countDown(); // the request below is the one that waits
                    first = false;
                }
                var response = send(request, terminal);
                var received = System.currentTimeMillis();
                if (response.statusCode() != 200) {
                    failed("commands " + response.statusCode());
                    Thread.sleep(1000);
                    continue;
                }
                for (var command : JSON.readTree(response.body()).get("commands")) {
                    var seq = command.get("seq").asLong();
                    results.add("C " + terminal.terminalId() + " " + seq + " " + received);
                    after = Math.max(after, seq);
                    var ack = send(HttpRequest.newBuilder(api.resolve("v1/commands/" + seq + "/acknowledgement"))
                            .POST(body("{\"succeeded\":true,\"result\":\"benchmark: done\"}")), terminal);
                    if (ack.statusCode() != 204) {
                        failed("acknowledgement " + ack.statusCode());
                    }
                }
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
                return;
            } catch (IOException | RuntimeException e) {
                if (running) {
                    failed("commands " + e);
                }
            }
        }
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
        results.add("E " + what.replace('\n', ' '));
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
