package be.werkwinkel.kiosk.benchmark;

import be.werkwinkel.kiosk.vacancy.ContractType;
import be.werkwinkel.kiosk.reference.Place;
import be.werkwinkel.kiosk.vacancy.PostedSince;
import be.werkwinkel.kiosk.vacancy.VacancyQuery;
import be.werkwinkel.kiosk.vacancy.WorkRegime;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The visitor queries answered by MariaDB FULLTEXT instead of Lucene, on the same rows, with the
 * same result the kiosk needs: a page of hits by relevance and the drill-sideways facet counts
 * (each dimension counted with the other filters applied but not its own, radius buckets up to the
 * largest chip). That is what a SQL implementation of the search screen would have to run:
 * <ol>
 *   <li>the page: {@code MATCH ... AGAINST} (natural language mode) with the contract and regime as
 *       {@code FIND_IN_SET}, the radius as {@code ST_Distance_Sphere}, ordered by relevance;
 *   <li>the total with the "posted since" buckets;
 *   <li>{@code GROUP BY} sector, education, experience and language;
 *   <li>contract counts without the contract filter, regime counts without the regime filter, and
 *       the radius buckets without the radius filter.
 * </ol>
 * Nine statements, each evaluating the FULLTEXT match again, as separate queries per facet would.
 * The page reads the first 200 characters of the description as its snippet: SQL has no
 * highlighting, so that part of the kiosk's work has no counterpart here.
 */
final class FulltextComparison {

    static final String INDEX_NAME = "ft_benchmark_vacancy_text";
    private static final String MATCH = "MATCH(title, description_text) AGAINST (? IN NATURAL LANGUAGE MODE)";
    private static final String DISTANCE = "ST_Distance_Sphere(POINT(longitude, latitude), POINT(?, ?))";
    /** As the index does: nothing beyond the largest radius chip (plus rounding margin) is counted. */
    private static final double LARGEST_RADIUS_METERS = 50_500;
    private static final int[] RADII_KM = VacancyQuery.RADII_KM.stream().mapToInt(Integer::intValue).sorted().toArray();

    private final JdbcTemplate jdbc;
    private final LocalDate today;

    FulltextComparison(JdbcTemplate jdbc, LocalDate today) {
        this.jdbc = jdbc;
        this.today = today;
    }

    /** What the buffer pool was and became; {@code problem} says why it could not be changed. */
    record BufferPool(long before, long after, @Nullable String problem) {
    }

    /**
     * The embedded server is started by the application with a 64 MB buffer pool (a kiosk PC); the
     * benchmark cannot pass it other start options, but InnoDB can resize the pool while running.
     */
    BufferPool resizeBufferPool(long bytes) {
        var before = bufferPoolSize();
        try {
            jdbc.execute("SET GLOBAL innodb_buffer_pool_size = " + bytes);
            var deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (System.nanoTime() < deadline) {
                var status = jdbc.queryForList("SHOW STATUS LIKE 'Innodb_buffer_pool_resize_status'").stream()
                        .map(row -> String.valueOf(row.get("Value"))).findFirst().orElse("");
                // "Completed resizing buffer pool at ..." when done; empty when nothing had to change
                if (bufferPoolSize() >= bytes && (status.isBlank() || status.startsWith("Completed"))) {
                    break;
                }
                Thread.sleep(100);
            }
            return new BufferPool(before, bufferPoolSize(), null);
        } catch (DataAccessException e) {
            return new BufferPool(before, bufferPoolSize(), e.getMostSpecificCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new BufferPool(before, bufferPoolSize(), "interrupted");
        }
    }

    long bufferPoolSize() {
        return queryForLong("SELECT @@innodb_buffer_pool_size");
    }

    String serverVersion() {
        return jdbc.queryForObject("SELECT VERSION()", String.class);
    }

    /** Adds the FULLTEXT index to the benchmark's own database; returns how long it took. */
    Duration addFulltextIndex() {
        var started = System.nanoTime();
        jdbc.execute("ALTER TABLE vacancy ADD FULLTEXT INDEX " + INDEX_NAME + " (title, description_text)");
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /** The time of one visitor query: the page statement alone, and page plus every facet statement. */
    record Timing(long pageNanos, long allNanos, long total) {
    }

    /**
     * Runs the query as the nine statements described above.
     *
     * @param origin the place the query's {@code near} resolves to
     */
    Timing run(VacancyQuery query, @Nullable Place origin) {
        var started = System.nanoTime();
        var page = new Where(query, origin, true, true, true);
        var pageSql = "SELECT id, title, employer, postcode, locality, contracts, regimes, date_posted, latitude, "
                + "longitude, LEFT(description_text, 200) AS opening, "
                + (query.text().isBlank() ? "0" : MATCH) + " AS relevance FROM vacancy WHERE " + page.sql
                + (query.text().isBlank() ? " ORDER BY date_posted DESC, id DESC" : " ORDER BY relevance DESC, date_posted DESC, id DESC")
                + " LIMIT ? OFFSET ?";
        var pageParams = new ArrayList<>();
        if (!query.text().isBlank()) {
            pageParams.add(query.text());
        }
        pageParams.addAll(page.params);
        pageParams.add(query.pageSize());
        pageParams.add(query.page() * query.pageSize());
        jdbc.queryForList(pageSql, pageParams.toArray());
        var pageDone = System.nanoTime();

        var all = page;
        var posted = Arrays.stream(PostedSince.values())
                .map(since -> "SUM(date_posted >= '" + today.minusDays(since.days()) + "')")
                .collect(Collectors.joining(", "));
        var total = jdbc.queryForList("SELECT COUNT(*) AS total, " + posted + " FROM vacancy WHERE " + all.sql,
                all.params.toArray()).getFirst().get("total");
        for (var column : List.of("sector", "education", "experience", "language")) {
            jdbc.queryForList("SELECT " + column + ", COUNT(*) FROM vacancy WHERE " + all.sql + " GROUP BY " + column,
                    all.params.toArray());
        }
        var withoutContract = new Where(query, origin, false, true, true);
        jdbc.queryForList("SELECT " + perValue(ContractType.values(), "contracts") + " FROM vacancy WHERE "
                + withoutContract.sql, withoutContract.params.toArray());
        var withoutRegime = new Where(query, origin, true, false, true);
        jdbc.queryForList("SELECT " + perValue(WorkRegime.values(), "regimes") + " FROM vacancy WHERE "
                + withoutRegime.sql, withoutRegime.params.toArray());
        if (origin != null && query.radiusKm() != null) {
            var withoutRadius = new Where(query, origin, true, true, false);
            var buckets = Arrays.stream(RADII_KM).mapToObj(km -> "SUM(d <= " + km * 1000 + ")")
                    .collect(Collectors.joining(", "));
            var params = new ArrayList<>();
            params.add(origin.longitude());
            params.add(origin.latitude());
            params.addAll(withoutRadius.params);
            jdbc.queryForList("SELECT " + buckets + " FROM (SELECT " + DISTANCE + " AS d FROM vacancy WHERE "
                    + withoutRadius.sql + ") within_reach", params.toArray());
        }
        var done = System.nanoTime();
        return new Timing(pageDone - started, done - started, ((Number) total).longValue());
    }

    private static String perValue(Enum<?>[] values, String column) {
        return Arrays.stream(values).map(value -> "SUM(FIND_IN_SET('" + value.name() + "', " + column + ") > 0)")
                .collect(Collectors.joining(", "));
    }

    /** The WHERE clause of a query with some of its filters left out (for drill-sideways counts). */
    private final class Where {
        final String sql;
        final List<Object> params = new ArrayList<>();

        Where(VacancyQuery query, @Nullable Place origin, boolean contract, boolean regime, boolean radius) {
            var conditions = new ArrayList<String>();
            if (!query.text().isBlank()) {
                conditions.add(MATCH);
                params.add(query.text());
            }
            conditions.add("(valid_through IS NULL OR valid_through >= ?)");
            params.add(today);
            if (contract) {
                anyOf(conditions, query.contracts(), "contracts");
            }
            if (regime) {
                anyOf(conditions, query.regimes(), "regimes");
            }
            if (origin != null && query.radiusKm() != null) {
                conditions.add("latitude IS NOT NULL AND " + DISTANCE + " <= ?");
                params.add(origin.longitude());
                params.add(origin.latitude());
                params.add(radius ? query.radiusKm() * 1000.0 : LARGEST_RADIUS_METERS);
            }
            if (!query.sectors().isEmpty() || !query.education().isEmpty() || !query.experience().isEmpty()
                    || !query.languages().isEmpty() || query.postedSince() != null) {
                throw new IllegalArgumentException("the comparison only knows text, contract, regime and radius");
            }
            this.sql = String.join(" AND ", conditions);
        }

        private void anyOf(List<String> conditions, Set<? extends Enum<?>> values, String column) {
            if (!values.isEmpty()) {
                conditions.add(values.stream().map(value -> "FIND_IN_SET(?, " + column + ") > 0")
                        .collect(Collectors.joining(" OR ", "(", ")")));
                values.stream().map(Enum::name).forEach(params::add);
            }
        }
    }

    private long queryForLong(String sql) {
        var value = jdbc.queryForObject(sql, Long.class);
        return value == null ? 0 : value;
    }
}
