package be.werkwinkel.kiosk.benchmark;

import static be.werkwinkel.kiosk.benchmark.FiguresTable.count;
import static be.werkwinkel.kiosk.benchmark.FiguresTable.ms;
import static be.werkwinkel.kiosk.benchmark.FiguresTable.seconds;

import be.werkwinkel.kiosk.KioskApplication;
import be.werkwinkel.kiosk.appointment.AppointmentAdministration;
import be.werkwinkel.kiosk.appointment.AppointmentType;
import be.werkwinkel.kiosk.appointment.Appointments;
import be.werkwinkel.kiosk.appointment.BookingOutcome;
import be.werkwinkel.kiosk.appointment.BookingRequest;
import be.werkwinkel.kiosk.appointment.Consultant;
import be.werkwinkel.kiosk.appointment.ConsultantChoice;
import be.werkwinkel.kiosk.appointment.Coordinates;
import be.werkwinkel.kiosk.appointment.FreeSlot;
import be.werkwinkel.kiosk.appointment.LocalizedText;
import be.werkwinkel.kiosk.appointment.Site;
import be.werkwinkel.kiosk.appointment.SiteKind;
import be.werkwinkel.kiosk.appointment.SlotQuery;
import be.werkwinkel.kiosk.appointment.WorkingPlan;
import be.werkwinkel.kiosk.base.KioskLanguage;
import be.werkwinkel.kiosk.storage.RequestId;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Appointments on the real embedded MariaDB (the kiosk's own settings), through the ports: a site
 * with 20 consultants working weekdays 08:30-17:00 with a lunch break, half of whose time over the
 * next 30 days is already booked (through {@link Appointments#book}); then the free slots of the
 * whole 30-day window (what the "when" screen asks for its calendar) and of one day, and 200
 * concurrent booking attempts, 10 on each of 20 slots (a consultant and a time), of which exactly
 * 20 must succeed. Run it with {@code src/benchmark/appointments.sh}.
 */
public final class AppointmentBenchmark {

    static final String USAGE = "usage: AppointmentBenchmark [--consultants=N] [--days=N] [--booked=PERCENT] [--calls=N]"
            + " [--attempts=N] [--slots=N] [--seed=N] [--data-dir=DIR] [--binaries-dir=DIR] [--report=FILE] [--log=FILE]";
    static final double TARGET_FREE_SLOTS_P95_MS = 20;

    record Options(int consultants, int days, int bookedPercent, int calls, int attempts, int slots, long seed,
            Path dataDir, Path binaries, Path report, Path log) {

        static Options parse(String... args) throws IOException {
            var consultants = 20;
            var days = 30;
            var booked = 50;
            var calls = 500;
            var attempts = 200;
            var slots = 20;
            var seed = 20_261_202L;
            Path dataDir = null;
            var binaries = Path.of("target/mariadb-binaries");
            Path report = null;
            Path log = null;
            for (var arg : args) {
                var name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
                var value = arg.substring(arg.indexOf('=') + 1);
                switch (name) {
                    case "--consultants" -> consultants = Integer.parseInt(value);
                    case "--days" -> days = Integer.parseInt(value);
                    case "--booked" -> booked = Integer.parseInt(value);
                    case "--calls" -> calls = Integer.parseInt(value);
                    case "--attempts" -> attempts = Integer.parseInt(value);
                    case "--slots" -> slots = Integer.parseInt(value);
                    case "--seed" -> seed = Long.parseLong(value);
                    case "--data-dir" -> dataDir = Path.of(value);
                    case "--binaries-dir" -> binaries = Path.of(value);
                    case "--report" -> report = Path.of(value);
                    case "--log" -> log = Path.of(value);
                    default -> throw new IllegalArgumentException("unknown argument " + arg);
                }
            }
            if (consultants < 1 || days < 2 || booked < 0 || booked > 90 || calls < 20 || slots < 1 || slots > consultants
                    || attempts < slots) {
                throw new IllegalArgumentException("consultants ≥ 1, days ≥ 2, 0 ≤ booked ≤ 90, calls ≥ 20, "
                        + "1 ≤ slots ≤ consultants, attempts ≥ slots");
            }
            if (dataDir == null) {
                dataDir = Files.createTempDirectory(Files.createDirectories(Path.of("/var/tmp")), "kiosk-appointment-bench-");
            }
            return new Options(consultants, days, booked, calls, attempts, slots, seed, dataDir.toAbsolutePath(),
                    binaries.toAbsolutePath(), report != null ? report : Path.of("target/appointment-benchmark.txt"),
                    log != null ? log : Path.of("target/appointment-benchmark.log"));
        }
    }

    private final Options options;
    private final FiguresTable table = new FiguresTable();
    private final long started = System.nanoTime();
    private final String loadAtStart = loadAverage();
    private final Random random;

    AppointmentBenchmark(Options options) {
        this.options = options;
        this.random = new Random(options.seed());
    }

    public static void main(String[] args) {
        var status = 0;
        try {
            new AppointmentBenchmark(Options.parse(args)).run();
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
                print.printf(Locale.ROOT, "Appointment benchmark: %d consultants at one site, %d days, %d%% booked; "
                        + "%d slot calls; %d booking attempts on %d slots%n", options.consultants(), options.days(),
                        options.bookedPercent(), options.calls(), options.attempts(), options.slots());
                print.printf(Locale.ROOT, "JDK %s, %d cores; embedded MariaDB with the kiosk's settings; load average %s "
                        + "at start, %s at end%n", Runtime.version(), Runtime.getRuntime().availableProcessors(),
                        loadAtStart, loadAverage());
                table.print(print);
            }
            var text = out.toString(StandardCharsets.UTF_8);
            System.out.print(text);
            Files.createDirectories(options.report().toAbsolutePath().getParent());
            Files.writeString(options.report(), text);
        }
    }

    private void measure(ConfigurableApplicationContext context) throws Exception {
        var admin = context.getBean(AppointmentAdministration.class);
        var appointments = context.getBean(Appointments.class);

        progress("creating a site with " + options.consultants() + " consultants and their weekly plans");
        var site = admin.saveSite(null, new Site.SiteDetails(SiteKind.JOB_SHOP, "Werkwinkel Benchmark", "Benchmarkstraat 1",
                "9000", "Gent", new Coordinates(51.05, 3.72), Map.of(), LocalizedText.of("tram 1"), true));
        var type = admin.saveType(null, new AppointmentType.AppointmentTypeDetails("benchmark",
                LocalizedText.of("Hulp bij mijn cv"), LocalizedText.empty(), Duration.ofMinutes(30), Duration.ofMinutes(10),
                LocalizedText.empty(), "vaadin:file-text-o", 1, true));
        var consultants = new ArrayList<Consultant>();
        var lunch = List.of(new WorkingPlan.Break(LocalTime.of(12, 0), LocalTime.of(13, 0)));
        for (var i = 0; i < options.consultants(); i++) {
            var consultant = admin.saveConsultant(null, new Consultant.ConsultantDetails("Consulent " + i,
                    Set.of("nl", i % 2 == 0 ? "fr" : "en"), Set.of(site.id()), Set.of(type.id()), null, true));
            for (var day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                    DayOfWeek.FRIDAY)) {
                admin.savePlan(null, consultant.id(), site.id(), day, LocalTime.of(8, 30), LocalTime.of(17, 0), lunch,
                        LocalDate.now(Appointments.ZONE).minusDays(1), null);
            }
            consultants.add(consultant);
        }
        var anyone = SlotQuery.anyone(type.id(), site.id());

        // keep the last working day of the window free for the concurrent attempts
        var days = appointments.daysWithFreeSlots(anyone);
        var attemptDay = days.getLast();
        progress("booking " + options.bookedPercent() + "% of the free time through the port");
        var filling = System.nanoTime();
        var made = 0;
        for (var day : days.subList(0, days.size() - 1)) {
            // every 45 minutes (30 + the 10-minute buffer, on the 15-minute grid) per consultant, each booked by chance
            var offered = appointments.freeSlots(anyone, day);
            for (var consultant : consultants) {
                for (var time = LocalTime.of(8, 30); time.isBefore(LocalTime.of(16, 31)); time = time.plusMinutes(45)) {
                    var at = time;
                    var slot = offered.stream().filter(free -> free.start().toLocalTime().equals(at)).findFirst();
                    if (slot.isPresent() && random.nextInt(100) < options.bookedPercent()
                            && appointments.book(RequestId.random(), request(type.id(), site.id(), slot.get(),
                                    new ConsultantChoice.Chosen(consultant.id()))) instanceof BookingOutcome.Booked) {
                        made++;
                    }
                }
            }
        }
        table.section("Set-up (through the ports)");
        table.row("site, consultants, weekly plans", "1, " + options.consultants() + ", " + options.consultants() * 5);
        table.row("appointments booked beforehand", count(made) + " in " + seconds((System.nanoTime() - filling) / 1e9));
        table.row("days with free slots in the window", String.valueOf(days.size()));

        table.section("Free slots (one thread, " + options.calls() + " calls each after " + options.calls() / 4
                + " to warm up)");
        progress("measuring the free slots of the whole window and of one day");
        for (var i = 0; i < options.calls() / 4; i++) {
            appointments.daysWithFreeSlots(anyone);
        }
        var window = new Latencies();
        for (var i = 0; i < options.calls(); i++) {
            var t = System.nanoTime();
            appointments.daysWithFreeSlots(anyone);
            window.add(System.nanoTime() - t);
        }
        var oneDay = new Latencies();
        var slotCount = 0L;
        for (var i = 0; i < options.calls(); i++) {
            var day = days.get(random.nextInt(days.size()));
            var t = System.nanoTime();
            slotCount += appointments.freeSlots(anyone, day).size();
            oneDay.add(System.nanoTime() - t);
        }
        table.row("free slots of the " + options.days() + "-day window: p50 / p95 / p99 / max",
                ms(window.p50()) + " / " + ms(window.p95()) + " / " + ms(window.p99()) + " / " + ms(window.max()) + " ms",
                "p95 ≤ " + (int) TARGET_FREE_SLOTS_P95_MS + " ms", window.p95() <= TARGET_FREE_SLOTS_P95_MS);
        table.row("free slots of one day: p50 / p95 / p99 / max",
                ms(oneDay.p50()) + " / " + ms(oneDay.p95()) + " / " + ms(oneDay.p99()) + " / " + ms(oneDay.max()) + " ms");
        table.row("  free slots per day, mean", String.format(Locale.ROOT, "%.1f", slotCount / (double) options.calls()));

        progress(options.attempts() + " concurrent booking attempts on " + options.slots() + " slots");
        var startsOfDay = appointments.freeSlots(anyone, attemptDay);
        var targets = new ArrayList<BookingRequest>();
        var ten = startsOfDay.stream().filter(slot -> slot.start().toLocalTime().equals(LocalTime.of(10, 0))).findFirst()
                .orElse(startsOfDay.getFirst());
        for (var i = 0; i < options.slots(); i++) {
            targets.add(request(type.id(), site.id(), ten, new ConsultantChoice.Chosen(consultants.get(i).id())));
        }
        var executor = Executors.newFixedThreadPool(options.attempts());
        var latencies = new Latencies();
        var booked = 0;
        var taken = 0;
        double wall;
        try {
            var ready = new CountDownLatch(options.attempts());
            var go = new CountDownLatch(1);
            var futures = new ArrayList<Future<long[]>>();
            for (var i = 0; i < options.attempts(); i++) {
                var target = targets.get(i % targets.size());
                futures.add(executor.submit(() -> {
                    ready.countDown();
                    go.await();
                    var t = System.nanoTime();
                    var outcome = appointments.book(RequestId.random(), target);
                    return new long[] {System.nanoTime() - t, outcome instanceof BookingOutcome.Booked ? 1 : 0};
                }));
            }
            ready.await();
            var t = System.nanoTime();
            go.countDown();
            for (var future : futures) {
                var result = future.get();
                latencies.add(result[0]);
                if (result[1] == 1) {
                    booked++;
                } else {
                    taken++;
                }
            }
            wall = (System.nanoTime() - t) / 1e9;
        } finally {
            executor.shutdownNow();
        }
        table.section(options.attempts() + " booking attempts at once, " + options.attempts() / options.slots()
                + " on each of " + options.slots() + " slots (a chosen consultant at " + ten.start().toLocalTime() + ")");
        table.row("booked / just taken", booked + " / " + taken, "exactly " + options.slots(), booked == options.slots());
        table.row("all attempts done in", seconds(wall));
        table.row("attempts per second / bookings per second", String.format(Locale.ROOT, "%.0f / %.0f",
                options.attempts() / wall, booked / wall));
        table.row("one attempt: p50 / p95 / max", ms(latencies.p50()) + " / " + ms(latencies.p95()) + " / "
                + ms(latencies.max()) + " ms");
        table.note("a just-taken answer computes its nearest alternatives; the database's claims decide, not a check");
    }

    private static BookingRequest request(be.werkwinkel.kiosk.appointment.AppointmentTypeId type,
            be.werkwinkel.kiosk.appointment.SiteId site, FreeSlot slot, ConsultantChoice consultant) {
        return new BookingRequest(type, site, slot.start(), consultant, "Bezoeker Benchmark", "0470 12 34 56", null, null,
                null, null, KioskLanguage.DUTCH, "benchmark");
    }

    private ConfigurableApplicationContext start() {
        var properties = List.of(
                "--kiosk.command-line=true",
                "--spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                        + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration",
                "--kiosk.data-dir=" + options.dataDir(),
                "--kiosk.database.binaries-directory=" + options.binaries(),
                "--kiosk.vacancy.demo-data=false",
                "--kiosk.appointments.demo-data=false",
                "--kiosk.appointments.latest-days=" + (options.days() - 1),
                "--kiosk.appointments.earliest=0s",
                "--logging.file.name=" + options.log().toAbsolutePath(),
                "--logging.threshold.console=warn",
                "--logging.level.ch.vorburger=warn");
        return new SpringApplicationBuilder(KioskApplication.class).web(WebApplicationType.NONE).logStartupInfo(false)
                .run(properties.toArray(String[]::new));
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
