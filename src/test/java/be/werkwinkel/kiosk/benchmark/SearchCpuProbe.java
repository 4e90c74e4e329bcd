package be.werkwinkel.kiosk.benchmark;

import be.werkwinkel.kiosk.reference.BelgianPlaces;
import be.werkwinkel.kiosk.reference.EscoOccupations;
import be.werkwinkel.kiosk.vacancy.Vacancy;
import be.werkwinkel.kiosk.vacancy.VacancyId;
import be.werkwinkel.kiosk.vacancy.VacancyQuery;
import be.werkwinkel.kiosk.vacancy.demo.DemoVacancies;
import be.werkwinkel.kiosk.vacancy.index.JobTitleThesaurus;
import be.werkwinkel.kiosk.vacancy.index.VacancyIndex;
import be.werkwinkel.kiosk.vacancy.ingest.FeedVacancies;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.MMapDirectory;

/**
 * A quick look at the CPU time of the search benchmark's visitor queries, without the database and
 * the import of {@link VacancySearchBenchmark}: builds an index of demo vacancies straight through
 * {@link VacancyIndex} once (kept in the given directory, reused by later runs), then times the
 * same visitor mix (same seed) by the CPU time of the searching thread, which is the fair figure
 * on a shared machine. Meant for comparing two versions of the query side on one index.
 *
 * <pre>
 * java --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -Xmx3g \
 *   -cp target/test-classes:target/classes:$(cat target/benchmark.classpath) \
 *   be.werkwinkel.kiosk.benchmark.SearchCpuProbe /var/tmp/search-probe-200000 [count] [rounds]
 * </pre>
 */
public final class SearchCpuProbe {

    private static final long SEED = 42;
    private static final int QUERIES = 500;

    private SearchCpuProbe() {
    }

    public static void main(String[] args) throws IOException {
        var directory = Path.of(args[0]);
        var count = args.length > 1 ? Integer.parseInt(args[1]) : 200_000;
        var rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        var clock = Clock.system(ZoneId.of("Europe/Brussels"));
        var esco = new EscoOccupations();
        var places = new BelgianPlaces();
        var thesaurus = new JobTitleThesaurus(esco);
        var build = !Files.isDirectory(directory);
        var mergeTo = Integer.getInteger("probe.merge");
        if (!build && mergeTo != null) {
            // to compare the same documents in fewer segments: -Dprobe.merge=1 on a copy of the index
            try (var merging = new IndexWriter(new MMapDirectory(directory),
                    new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
                var started = System.nanoTime();
                merging.forceMerge(mergeTo);
                merging.commit();
                System.out.printf("merged into %d segment(s) in %.1f s%n", mergeTo, (System.nanoTime() - started) / 1e9);
            }
        }
        if (!build) {
            try (var reader = DirectoryReader.open(new MMapDirectory(directory))) {
                System.out.printf("%,d documents in %d segments%n", reader.numDocs(), reader.leaves().size());
            }
        }
        try (var index = new VacancyIndex(new MMapDirectory(directory), thesaurus, places, clock)) {
            if (build) {
                var started = System.nanoTime();
                var vacancies = FeedVacancies.read(new DemoVacancies(esco, places).ndjson(count, SEED,
                        LocalDate.now(clock)), esco, places, clock);
                index.rebuild(java.util.stream.IntStream.range(0, vacancies.size())
                        .mapToObj(i -> withId(vacancies.get(i), i + 1)), 1);
                System.out.printf("built %,d vacancies in %.1f s%n", vacancies.size(), (System.nanoTime() - started) / 1e9);
            }
            var measured = only(VisitorQueries.mix(QUERIES, SEED, 10));
            var warmUp = only(VisitorQueries.mix(QUERIES, SEED + 1, 10));
            for (int pass = 0; pass < 3; pass++) {
                run(index, warmUp, UnaryOperator.identity());
                run(index, warmUp, VisitorQueries::textOnly);
            }
            for (int round = 0; round < rounds; round++) {
                var full = run(index, measured, UnaryOperator.identity());
                var text = run(index, measured, VisitorQueries::textOnly);
                System.out.printf(Locale.ROOT, "round %d: full p50 / p95 / p99 / mean CPU %.2f / %.2f / %.2f / %.2f ms;"
                        + " text only p50 / p95 %.2f / %.2f ms; hits %,d%n", round, full.cpu.p50(), full.cpu.p95(),
                        full.cpu.p99(), mean(full.cpu), text.cpu.p50(), text.cpu.p95(), full.hits);
                System.out.println("  slowest full (median CPU ms): " + slowest(measured, full.cpu));
            }
        }
    }

    private static Vacancy withId(Vacancy v, long id) {
        return new Vacancy(new VacancyId(id), v.source(), v.identifier(), v.title(), v.descriptionHtml(),
                v.descriptionText(), v.datePosted(), v.validThrough(), v.contracts(), v.regimes(), v.employer(),
                v.location(), v.sector(), v.occupation(), v.education(), v.educationText(), v.experience(),
                v.experienceText(), v.skills(), v.workHours(), v.salary(), v.language(), v.url(), v.directApply(),
                v.applicationContact());
    }

    /** The texts of system property {@code probe.texts} (comma-separated) only, to profile them alone. */
    private static List<VacancyQuery> only(List<VacancyQuery> queries) {
        var texts = System.getProperty("probe.texts");
        if (texts == null) {
            return queries;
        }
        var wanted = List.of(texts.split(","));
        return queries.stream().filter(query -> wanted.contains(query.text())).toList();
    }

    private record Run(Latencies cpu, long hits) {
    }

    private static Run run(VacancyIndex index, List<VacancyQuery> queries, UnaryOperator<VacancyQuery> variant) {
        var threads = ManagementFactory.getThreadMXBean();
        var cpu = new Latencies();
        long hits = 0;
        for (var query : queries) {
            var begin = threads.getCurrentThreadCpuTime();
            hits += index.search(variant.apply(query)).total();
            cpu.add(threads.getCurrentThreadCpuTime() - begin);
        }
        return new Run(cpu, hits);
    }

    private static double mean(Latencies cpu) {
        long sum = 0;
        for (int i = 0; i < cpu.size(); i++) {
            sum += cpu.nanos(i);
        }
        return sum / 1e6 / Math.max(1, cpu.size());
    }

    private static String slowest(List<VacancyQuery> queries, Latencies cpu) {
        var byText = new LinkedHashMap<String, Latencies>();
        for (int i = 0; i < queries.size(); i++) {
            byText.computeIfAbsent(queries.get(i).text(), text -> new Latencies()).add(cpu.nanos(i));
        }
        return byText.entrySet().stream()
                .sorted(Comparator.comparingDouble((Map.Entry<String, Latencies> entry) -> entry.getValue().p50())
                        .reversed())
                .map(entry -> String.format(Locale.ROOT, "%s %.2f", entry.getKey(), entry.getValue().p50()))
                .collect(Collectors.joining(", "));
    }
}
