package be.werkwinkel.kiosk.vacancy.index;

import be.werkwinkel.kiosk.base.KioskLanguage;
import be.werkwinkel.kiosk.vacancy.ContractType;
import be.werkwinkel.kiosk.vacancy.VacancyQuery;
import be.werkwinkel.kiosk.vacancy.WorkRegime;
import be.werkwinkel.kiosk.reference.BelgianPlaces;
import be.werkwinkel.kiosk.reference.EscoOccupations;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.IntFunction;
import org.apache.lucene.store.MMapDirectory;
import org.apache.lucene.util.IOUtils;

/**
 * Builds an index of synthetic vacancies on disk and measures it. Run with the Lucene JVM flags:
 *
 * <pre>
 * java --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -Xmx2g \
 *   -cp target/classes:target/test-classes:$(deps) be.werkwinkel.kiosk.vacancy.index.VacancyIndexBenchmark [count] [dir]
 * </pre>
 */
public final class VacancyIndexBenchmark {

    private static final int WARM_UP = 500;
    private static final int MEASURED = 1_000;
    private static final List<String> NEAR = List.of("9000", "2000", "1000", "8000", "3000", "3500", "8500", "9300",
            "2800", "9100", "Mechelen", "Roeselare", "Turnhout", "Genk", "Aalst");

    private VacancyIndexBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        var count = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        var directory = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("vacancy-index-benchmark");
        var clock = Clock.system(ZoneId.of("Europe/Brussels"));
        var today = LocalDate.now(clock);

        var started = System.nanoTime();
        var esco = new EscoOccupations();
        var places = new BelgianPlaces();
        var thesaurus = new JobTitleThesaurus(esco);
        System.out.printf("reference data and thesaurus: %d ms%n", millisSince(started));

        build(count, directory, esco, places, thesaurus, clock);
        System.out.printf("index size on disk: %,d MB%n", sizeOf(directory) / 1_000_000);

        var heapBefore = usedHeapAfterGc();
        started = System.nanoTime();
        try (var index = new VacancyIndex(new MMapDirectory(directory), thesaurus, places, clock)) {
            System.out.printf("index open: %d ms, %,d open vacancies%n", millisSince(started), index.count());
            started = System.nanoTime();
            index.awaitSuggestions();
            System.out.printf("autocomplete table ready (background) after another %d ms%n", millisSince(started));
            var heapAfter = usedHeapAfterGc();
            System.out.printf("heap in use: %,d MB with reference data and thesaurus, %,d MB more with the open index"
                    + " and its autocomplete table%n", heapBefore / 1_000_000, (heapAfter - heapBefore) / 1_000_000);

            var random = new Random(7);
            measure("text, top 20", index, i -> query(SyntheticVacancies.queryWord(random), null, null, false,
                    VacancyQuery.Sort.RELEVANCE));
            measure("text + 2 filters + facets + 25 km distance", index, i -> query(
                    SyntheticVacancies.queryWord(random), NEAR.get(random.nextInt(NEAR.size())), 25, true,
                    VacancyQuery.Sort.RELEVANCE));
            measure("25 km radius sorted by distance + facets", index, i -> query("",
                    NEAR.get(random.nextInt(NEAR.size())), 25, false, VacancyQuery.Sort.NEAREST));
            measure("no text, all vacancies newest first + facets", index, i -> query("", null, null, false,
                    VacancyQuery.Sort.RELEVANCE));
            measure("no text + 2 filters + distance to place (no radius)", index, i -> query("",
                    NEAR.get(random.nextInt(NEAR.size())), null, true, VacancyQuery.Sort.RELEVANCE));

            var prefixes = SyntheticVacancies.QUERY_WORDS.stream()
                    .flatMap(word -> java.util.stream.IntStream.rangeClosed(1, Math.min(6, word.length()))
                            .mapToObj(length -> word.substring(0, length)))
                    .toList();
            var times = new long[MEASURED * 5];
            for (int i = 0; i < WARM_UP * 5; i++) {
                index.suggest(prefixes.get(i % prefixes.size()), KioskLanguage.DUTCH, 8);
            }
            for (int i = 0; i < times.length; i++) {
                var start = System.nanoTime();
                index.suggest(prefixes.get(random.nextInt(prefixes.size())), KioskLanguage.DUTCH, 8);
                times[i] = System.nanoTime() - start;
            }
            report("suggest (1-6 typed letters, 8 suggestions)", times);

            started = System.nanoTime();
            index.upsert(List.of(new SyntheticVacancies(esco, places, today, 43).vacancy(count + 1)));
            index.commit(2);
            System.out.printf("upsert one + commit (searchable): %d ms%n", millisSince(started));
            started = System.nanoTime();
            index.awaitSuggestions();
            System.out.printf("autocomplete table rebuilt (background) after another %d ms%n", millisSince(started));
        } finally {
            if (args.length < 2) {
                IOUtils.rm(directory);
            }
        }
    }

    /** Generates the vacancies first, so that the build time is indexing only. */
    private static void build(int count, Path directory, EscoOccupations esco, BelgianPlaces places,
            JobTitleThesaurus thesaurus, Clock clock) throws IOException {
        var started = System.nanoTime();
        var vacancies = new SyntheticVacancies(esco, places, LocalDate.now(clock), 42).stream(count).toList();
        System.out.printf("generated %,d vacancies: %d ms%n", count, millisSince(started));
        try (var index = new VacancyIndex(new MMapDirectory(directory), thesaurus, places, clock)) {
            started = System.nanoTime();
            var indexed = index.rebuild(vacancies.stream(), 1);
            System.out.printf("build (rebuild + commit) of %,d: %,d ms%n", indexed, millisSince(started));
        }
    }

    private static VacancyQuery query(String text, String near, Integer radiusKm, boolean twoFilters,
            VacancyQuery.Sort sort) {
        return new VacancyQuery(text, near, radiusKm, Set.of(),
                twoFilters ? Set.of(ContractType.PERMANENT, ContractType.TEMPORARY) : Set.of(),
                twoFilters ? Set.of(WorkRegime.FULL_TIME) : Set.of(), Set.of(), Set.of(), Set.of(), null, sort, 0, 20,
                KioskLanguage.DUTCH);
    }

    private static void measure(String name, VacancyIndex index, IntFunction<VacancyQuery> queries) {
        for (int i = 0; i < WARM_UP; i++) {
            index.search(queries.apply(i));
        }
        var times = new long[MEASURED];
        long hits = 0;
        for (int i = 0; i < MEASURED; i++) {
            var query = queries.apply(i);
            var start = System.nanoTime();
            hits += index.search(query).total();
            times[i] = System.nanoTime() - start;
        }
        report(name + String.format(" (avg %,d hits)", hits / MEASURED), times);
    }

    private static void report(String name, long[] nanos) {
        Arrays.sort(nanos);
        System.out.printf("%-70s p50 %6.2f ms  p95 %6.2f ms  p99 %6.2f ms%n", name,
                nanos[nanos.length / 2] / 1e6, nanos[(int) (nanos.length * 0.95)] / 1e6,
                nanos[(int) (nanos.length * 0.99)] / 1e6);
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long sizeOf(Path directory) throws IOException {
        try (var files = Files.list(directory)) {
            return files.mapToLong(file -> file.toFile().length()).sum();
        }
    }
}
