package be.werkwinkel.kiosk.benchmark;

import static be.werkwinkel.kiosk.benchmark.FiguresTable.count;
import static be.werkwinkel.kiosk.benchmark.FiguresTable.ms;

import be.werkwinkel.kiosk.KioskApplication;
import be.werkwinkel.kiosk.terminal.CommandKind;
import be.werkwinkel.kiosk.terminal.TerminalId;
import be.werkwinkel.kiosk.terminal.TerminalState;
import be.werkwinkel.kiosk.terminal.TerminalView;
import be.werkwinkel.kiosk.terminal.Terminals;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One instance (the standalone role, which holds the hub's side of the terminal API, on the
 * embedded MariaDB) against many simulated terminals on real HTTP: {@link TerminalSwarm} runs them
 * in a JVM of its own, each sending a heartbeat every 15 s and waiting for commands by long-poll.
 * Meanwhile this side does what staff do: it sends commands to terminals picked at random (as the
 * console's buttons do, through {@link Terminals}) and refreshes the overview twice a second (what
 * an open terminals console does on every change). Prints heartbeat latency, command delivery
 * (from the send to the terminal's receipt, both on this machine's clock), the console refresh,
 * and the instance's CPU and heap. Run it with {@code src/benchmark/terminals.sh}.
 */
public final class TerminalBenchmark {

    static final String USAGE = "usage: TerminalBenchmark [--terminals=N] [--seconds=N] [--commands=N] [--data-dir=DIR]"
            + " [--binaries-dir=DIR] [--report=FILE] [--log=FILE] [--swarm-heap=SIZE]";
    static final double TARGET_DELIVERY_P99_MS = 2000;
    static final double TARGET_REFRESH_P95_MS = 200;
    static final int HEARTBEAT_SECONDS = 15;
    static final int LONG_POLL_SECONDS = 25;

    record Options(int terminals, int seconds, int commands, Path dataDir, Path binaries, Path report, Path log,
            String swarmHeap) {

        static Options parse(String... args) throws IOException {
            var terminals = 1000;
            var seconds = 120;
            var commands = 300;
            Path dataDir = null;
            var binaries = Path.of("target/mariadb-binaries");
            Path report = null;
            Path log = null;
            var swarmHeap = "512m";
            for (var arg : args) {
                var name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
                var value = arg.substring(arg.indexOf('=') + 1);
                switch (name) {
                    case "--terminals" -> terminals = Integer.parseInt(value);
                    case "--seconds" -> seconds = Integer.parseInt(value);
                    case "--commands" -> commands = Integer.parseInt(value);
                    case "--data-dir" -> dataDir = Path.of(value);
                    case "--binaries-dir" -> binaries = Path.of(value);
                    case "--report" -> report = Path.of(value);
                    case "--log" -> log = Path.of(value);
                    case "--swarm-heap" -> swarmHeap = value;
                    default -> throw new IllegalArgumentException("unknown argument " + arg);
                }
            }
            if (terminals < 1 || seconds < 2 * HEARTBEAT_SECONDS || commands < 1) {
                throw new IllegalArgumentException("terminals ≥ 1, seconds ≥ " + 2 * HEARTBEAT_SECONDS + ", commands ≥ 1");
            }
            if (dataDir == null) {
                dataDir = Files.createTempDirectory(Files.createDirectories(Path.of("/var/tmp")), "kiosk-terminal-bench-");
            }
            return new Options(terminals, seconds, commands, dataDir.toAbsolutePath(), binaries.toAbsolutePath(),
                    report != null ? report : Path.of("target/terminal-benchmark.txt"),
                    log != null ? log : Path.of("target/terminal-benchmark.log"), swarmHeap);
        }
    }

    /** A command sent, and when (epoch milliseconds, on this machine's clock like the swarm's receipts). */
    private record Sent(long terminalId, long seq, long sentAtMillis) {
    }

    private final Options options;
    private final FiguresTable table = new FiguresTable();
    private final long started = System.nanoTime();
    private final String loadAtStart = loadAverage();
    private final Random random = new Random(20_261_202L);

    TerminalBenchmark(Options options) {
        this.options = options;
    }

    public static void main(String[] args) {
        var status = 0;
        try {
            new TerminalBenchmark(Options.parse(args)).run();
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            status = 2;
        } catch (Exception | Error e) {
            e.printStackTrace();
            status = 1;
        }
        System.exit(status);
    }

    void run() throws Exception {
        Files.deleteIfExists(options.log());
        try (var context = start()) {
            measure(context);
        } finally {
            deleteRecursively(options.dataDir());
            var out = new ByteArrayOutputStream();
            try (var print = new PrintStream(out, true, StandardCharsets.UTF_8)) {
                print.printf(Locale.ROOT, "Terminal benchmark: %d terminals (heartbeat every %d s, long-poll %d s) for %d s;"
                        + " %d commands%n", options.terminals(), HEARTBEAT_SECONDS, LONG_POLL_SECONDS, options.seconds(),
                        options.commands());
                print.printf(Locale.ROOT, "JDK %s, %d cores, instance heap limit %d MB; embedded MariaDB; terminals in a"
                        + " separate JVM on the same machine; load average %s at start, %s at end%n", Runtime.version(),
                        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, loadAtStart,
                        loadAverage());
                table.print(print);
            }
            var text = out.toString(StandardCharsets.UTF_8);
            System.out.print(text);
            Files.createDirectories(options.report().toAbsolutePath().getParent());
            Files.writeString(options.report(), text);
        }
    }

    private void measure(ConfigurableApplicationContext context) throws Exception {
        var terminals = context.getBean(Terminals.class);
        var port = context.getEnvironment().getRequiredProperty("local.server.port");

        progress("creating " + options.terminals() + " terminals at 20 sites");
        var codes = new ArrayList<String>();
        for (var i = 0; i < options.terminals(); i++) {
            codes.add(terminals.create("Kiosk " + (i + 1), "Site " + (i % 20 + 1), "benchmark").code());
        }
        var codesFile = options.dataDir().resolve("codes.txt");
        var resultsFile = options.dataDir().resolve("swarm-results.txt");
        Files.write(codesFile, codes);

        progress("starting the terminals' JVM; they enroll and start waiting for commands");
        var swarm = startSwarm("http://127.0.0.1:" + port + "/api/terminal/", codesFile, resultsFile);
        var swarmOut = new BufferedReader(new InputStreamReader(swarm.getInputStream(), StandardCharsets.UTF_8));
        var ready = swarmOut.readLine();
        if (ready == null || !ready.startsWith("ready")) {
            throw new IllegalStateException("the terminals' JVM did not get ready: " + ready);
        }
        progress("all enrolled; one heartbeat round (" + HEARTBEAT_SECONDS + " s) before measuring");
        Thread.sleep(Duration.ofSeconds(HEARTBEAT_SECONDS + 1));

        var ids = terminals.overview().stream().filter(view -> !view.localKiosk()).map(TerminalView::id).toList();
        var online = terminals.overview().stream().filter(view -> !view.localKiosk() && view.state() == TerminalState.ATTRACT)
                .count();
        progress(online + " of " + ids.size() + " terminals online; measuring for " + options.seconds() + " s");

        var cpuBefore = cpuNanos();
        var dbCpuBefore = mariadbCpuNanos();
        var window = System.nanoTime();
        var windowStartMillis = System.currentTimeMillis();
        var end = window + TimeUnit.SECONDS.toNanos(options.seconds());
        var commandEvery = TimeUnit.SECONDS.toNanos(options.seconds()) / options.commands();
        var nextCommand = window;
        var nextRefresh = window;
        var sent = new ArrayList<Sent>();
        var refresh = new Latencies();
        var send = new Latencies();
        var heap = ManagementFactory.getMemoryMXBean();
        var heapPeak = 0L;
        var selected = ids.get(random.nextInt(ids.size()));
        while (System.nanoTime() < end) {
            var now = System.nanoTime();
            if (now >= nextCommand && sent.size() < options.commands()) {
                var target = ids.get(random.nextInt(ids.size()));
                var at = System.currentTimeMillis();
                var began = System.nanoTime();
                var seq = terminals.send(target, CommandKind.RESET_SESSION, null, "benchmark");
                send.add(System.nanoTime() - began);
                sent.add(new Sent(target.value(), seq, at));
                nextCommand += commandEvery;
            }
            if (now >= nextRefresh) {
                var began = System.nanoTime();
                consoleRefresh(terminals, selected);
                refresh.add(System.nanoTime() - began);
                nextRefresh += TimeUnit.MILLISECONDS.toNanos(500);
                heapPeak = Math.max(heapPeak, heap.getHeapMemoryUsage().getUsed());
            }
            Thread.sleep(Math.max(1, (Math.min(nextCommand, nextRefresh) - System.nanoTime()) / 1_000_000));
        }
        var wall = System.nanoTime() - window;
        var windowEndMillis = System.currentTimeMillis();
        var cpu = cpuNanos() - cpuBefore;
        var dbCpu = mariadbCpuNanos() - dbCpuBefore;
        var states = terminals.overview().stream().filter(view -> !view.localKiosk())
                .collect(java.util.stream.Collectors.groupingBy(TerminalView::state, java.util.stream.Collectors.counting()));
        // the last commands get their time to arrive before the terminals stop
        Thread.sleep(Duration.ofSeconds(3));

        progress("stopping the terminals");
        try (var stdin = swarm.getOutputStream()) {
            stdin.write("stop\n".getBytes(StandardCharsets.US_ASCII));
        }
        if (!swarm.waitFor(60, TimeUnit.SECONDS)) {
            swarm.destroyForcibly();
            throw new IllegalStateException("the terminals' JVM did not stop");
        }
        System.gc();
        var heapAfterGc = heap.getHeapMemoryUsage().getUsed();

        var heartbeats = new Latencies();
        var heartbeatsOutside = new Latencies();
        var received = new HashMap<String, Long>();
        var errors = new ArrayList<String>();
        for (var line : Files.readAllLines(resultsFile)) {
            var parts = line.split(" ");
            switch (parts[0]) {
                case "H" -> {
                    // only the window: the first round meets a cold JIT and a thousand long-polls being opened
                    var at = Long.parseLong(parts[1]);
                    if (at >= windowStartMillis && at <= windowEndMillis) {
                        heartbeats.add((long) (Double.parseDouble(parts[2]) * 1e6));
                    } else {
                        heartbeatsOutside.add((long) (Double.parseDouble(parts[2]) * 1e6));
                    }
                }
                case "C" -> received.merge(parts[1] + "/" + parts[2], Long.parseLong(parts[3]), Math::min);
                case "E" -> errors.add(parts.length > 2 ? line.substring(line.indexOf(' ', 2) + 1) : line.substring(2));
                case "X", "A", "V", "P" -> {
                    // run, acknowledged, replica revision, replica page: what the hub benchmark looks at
                }
                default -> throw new IllegalStateException("unexpected line " + line);
            }
        }
        var delivery = new Latencies();
        var lost = 0;
        for (var command : sent) {
            var at = received.get(command.terminalId() + "/" + command.seq());
            if (at == null) {
                lost++;
            } else {
                delivery.add(TimeUnit.MILLISECONDS.toNanos(Math.max(0, at - command.sentAtMillis())));
            }
        }
        var cores = Runtime.getRuntime().availableProcessors();

        table.section("Terminal API (as the terminals measured it)");
        table.row("terminals online at the start of the window", count(online) + " of " + count(ids.size()));
        table.row("terminals online at its end", count(states.getOrDefault(TerminalState.ATTRACT, 0L)));
        table.row("heartbeats answered in the window", count(heartbeats.size()));
        table.row("heartbeat p50 / p95 / p99", ms(heartbeats.p50()) + " / " + ms(heartbeats.p95()) + " / "
                + ms(heartbeats.p99()));
        table.row("heartbeat p99 of the first round (enrolling, cold)", ms(heartbeatsOutside.p99()) + " ("
                + count(heartbeatsOutside.size()) + ")");
        table.row("failed calls", count(errors.size()));
        errors.stream().distinct().limit(5).forEach(error -> table.note(error));
        table.section("Commands (sent as the console sends them, received by long-poll)");
        table.row("commands sent / received", count(sent.size()) + " / " + count(sent.size() - lost));
        table.row("send (queue in MariaDB, wake the waiting request) p95", ms(send.p95()));
        table.row("delivery p50 / p95", ms(delivery.p50()) + " / " + ms(delivery.p95()));
        table.row("delivery p99", ms(delivery.p99()), "≤ 2,000 ms", lost == 0 && delivery.p99() <= TARGET_DELIVERY_P99_MS);
        table.section("Console (server side of one overview refresh, twice a second)");
        table.row("refreshes", count(refresh.size()));
        table.row("refresh p50 / p99", ms(refresh.p50()) + " / " + ms(refresh.p99()));
        table.row("refresh p95", ms(refresh.p95()), "≤ 200 ms", refresh.p95() <= TARGET_REFRESH_P95_MS);
        table.section("The instance during the window");
        table.row("CPU of the application (share of " + cores + " cores)", percent(cpu, wall * cores));
        table.row("CPU of its MariaDB (share of " + cores + " cores)", dbCpu < 0 ? "?" : percent(dbCpu, wall * cores));
        table.row("heap used: peak sampled / after a GC at the end", (heapPeak >> 20) + " MB / " + (heapAfterGc >> 20) + " MB");
        table.note("The console refresh is the server's part: the overview of every terminal, the filters, and the"
                + " selected terminal's details and commands; the browser's drawing is not in it.");
    }

    /** What an open terminals console asks for on a refresh (TerminalsView.refresh). */
    private static void consoleRefresh(Terminals terminals, TerminalId selected) {
        var all = terminals.overview();
        var sites = all.stream().map(TerminalView::site).distinct().sorted().toList();
        var shown = all.stream().filter(view -> view.site().equals(sites.getFirst())).count();
        if (shown == 0) {
            throw new IllegalStateException("no terminals at " + sites.getFirst());
        }
        terminals.find(selected).orElseThrow();
        terminals.commands(selected, 20);
    }

    private Process startSwarm(String api, Path codes, Path results) throws IOException {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var command = List.of(java, "-Xmx" + options.swarmHeap(), "-cp", System.getProperty("java.class.path"),
                TerminalSwarm.class.getName(), api, codes.toString(), results.toString(),
                Integer.toString(HEARTBEAT_SECONDS), Integer.toString(LONG_POLL_SECONDS));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    private ConfigurableApplicationContext start() {
        var properties = List.of(
                "--server.port=0",
                "--vaadin.productionMode=true", // also where the build left no token file (flow-build-info.json)
                "--server.tomcat.max-connections=" + (options.terminals() * 3 + 200),
                "--kiosk.data-dir=" + options.dataDir(),
                "--kiosk.database.binaries-directory=" + options.binaries(),
                "--kiosk.vacancy.demo-data=false",
                "--kiosk.appointments.demo-data=false",
                "--kiosk.terminal.heartbeat-interval=" + HEARTBEAT_SECONDS + "s",
                "--kiosk.terminal.long-poll-timeout=" + LONG_POLL_SECONDS + "s",
                "--logging.file.name=" + options.log().toAbsolutePath(),
                "--logging.threshold.console=warn",
                "--logging.level.ch.vorburger=warn");
        return new SpringApplicationBuilder(KioskApplication.class).logStartupInfo(false).run(properties.toArray(String[]::new));
    }

    private static long cpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(-1L);
    }

    /** The CPU time of the embedded MariaDB (a child process of this JVM), or -1 when not found. */
    private static long mariadbCpuNanos() {
        return ProcessHandle.current().descendants()
                .filter(process -> process.info().command().map(c -> c.contains("mariadbd") || c.contains("mysqld")).orElse(false))
                .map(process -> process.info().totalCpuDuration().map(Duration::toNanos).orElse(-1L))
                .findFirst().orElse(-1L);
    }

    private static String percent(long part, long whole) {
        return String.format(Locale.ROOT, "%.1f %%", 100.0 * part / whole);
    }

    private void progress(String message) {
        System.err.printf(Locale.ROOT, "[%5.0f s] %s%n", (System.nanoTime() - started) / 1e9, message);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (var path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
