package be.werkwinkel.kiosk.admin.usage;

import be.werkwinkel.kiosk.admin.usage.UsageReport.DayCount;
import be.werkwinkel.kiosk.admin.usage.UsageReport.TermCount;
import be.werkwinkel.kiosk.admin.usage.UsageReport.TerminalCount;
import java.sql.Date;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The usage counts in MariaDB (V22): one atomic upsert per count, so that two terminals counting
 * at the same instant both count; reports sum them over a period, a site or a terminal.
 */
class UsageStore {

    /** Where a count was made: the site and terminal it is attributed to. */
    record Place(String site, long terminal) {

        static final int SITE_LENGTH = 80;

        Place {
            site = site.length() > SITE_LENGTH ? site.substring(0, SITE_LENGTH) : site;
        }
    }

    private final JdbcClient jdbc;

    UsageStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void countSession(LocalDate day, Place place, SessionLength length, String endReason, String language) {
        countSessions(day, place, length, endReason, language, 1);
    }

    void countSessions(LocalDate day, Place place, SessionLength length, String endReason, String language, long n) {
        jdbc.sql("""
                INSERT INTO usage_session (day, site, terminal_id, length_from_s, end_reason, language, sessions)
                VALUES (:day, :site, :terminal, :length, :reason, :language, :n)
                ON DUPLICATE KEY UPDATE sessions = sessions + :n""")
                .param("n", n)
                .param("day", Date.valueOf(day)).param("site", place.site()).param("terminal", place.terminal())
                .param("length", length.fromSeconds()).param("reason", endReason).param("language", language)
                .update();
    }

    void countFeature(LocalDate day, Place place, UsageFeature feature) {
        countFeature(day, place, feature, 1);
    }

    void countFeature(LocalDate day, Place place, UsageFeature feature, long n) {
        jdbc.sql("""
                INSERT INTO usage_feature (day, site, terminal_id, feature, uses) VALUES (:day, :site, :terminal, :feature, :n)
                ON DUPLICATE KEY UPDATE uses = uses + :n""")
                .param("n", n)
                .param("day", Date.valueOf(day)).param("site", place.site()).param("terminal", place.terminal())
                .param("feature", feature.name()).update();
    }

    /** One more visitor session searched this (normalised) term on this day. */
    void countTerm(LocalDate day, Place place, String term) {
        countTerm(day, place, term, 1);
    }

    /** {@code n} more visitor sessions searched this term on this day (a terminal's report). */
    void countTerm(LocalDate day, Place place, String term, long n) {
        jdbc.sql("""
                INSERT INTO usage_search_term (day, site, terminal_id, term, sessions) VALUES (:day, :site, :terminal, :term, :n)
                ON DUPLICATE KEY UPDATE sessions = sessions + :n""")
                .param("n", n)
                .param("day", Date.valueOf(day)).param("site", place.site()).param("terminal", place.terminal())
                .param("term", term).update();
    }

    // --- reports ---

    List<DayCount> sessionsPerDay(UsageQuery query) {
        var counted = new LinkedHashMap<LocalDate, Long>();
        where("SELECT day, SUM(sessions) AS n FROM usage_session", query, " GROUP BY day")
                .query((rs, row) -> Map.entry(rs.getDate("day").toLocalDate(), rs.getLong("n"))).list()
                .forEach(entry -> counted.put(entry.getKey(), entry.getValue()));
        return query.from().datesUntil(query.to().plusDays(1))
                .map(day -> new DayCount(day, counted.getOrDefault(day, 0L))).toList();
    }

    Map<SessionLength, Long> lengths(UsageQuery query) {
        var result = new LinkedHashMap<SessionLength, Long>();
        for (var bucket : SessionLength.values()) {
            if (bucket != SessionLength.NOT_RECORDED) {
                result.put(bucket, 0L);
            }
        }
        where("SELECT length_from_s, SUM(sessions) AS n FROM usage_session", query, " GROUP BY length_from_s")
                .query((rs, row) -> Map.entry(SessionLength.stored(rs.getInt("length_from_s")), rs.getLong("n"))).list()
                .forEach(entry -> result.merge(entry.getKey(), entry.getValue(), Long::sum));
        return result;
    }

    Map<String, Long> sessionsBy(String column, UsageQuery query) {
        if (!column.equals("end_reason") && !column.equals("language")) {
            throw new IllegalArgumentException(column);
        }
        return sums("SELECT " + column + " AS k, SUM(sessions) AS n FROM usage_session", query, " GROUP BY " + column,
                Function.identity());
    }

    Map<UsageFeature, Long> features(UsageQuery query) {
        var result = new LinkedHashMap<UsageFeature, Long>();
        for (var feature : UsageFeature.values()) {
            result.put(feature, 0L);
        }
        sums("SELECT feature AS k, SUM(uses) AS n FROM usage_feature", query, " GROUP BY feature", key -> key)
                .forEach((feature, uses) -> {
                    try {
                        result.put(UsageFeature.valueOf(feature), uses);
                    } catch (IllegalArgumentException unknown) {
                        // a feature counted by a newer version (a terminal's report): not shown here
                    }
                });
        return result;
    }

    /**
     * The most searched terms: only those that at least {@code minSessions} visitor sessions
     * searched within the query's period and place. The threshold is applied to the sum, in the
     * database, so a rarer term never leaves it.
     */
    List<TermCount> topTerms(UsageQuery query, int minSessions, int limit) {
        return where("SELECT term, SUM(sessions) AS n FROM usage_search_term", query,
                " GROUP BY term HAVING SUM(sessions) >= :min ORDER BY n DESC, term LIMIT :limit")
                .param("min", minSessions).param("limit", limit)
                .query((rs, row) -> new TermCount(rs.getString("term"), rs.getLong("n"))).list();
    }

    List<TerminalCount> perTerminal(UsageQuery query) {
        return where("SELECT site, terminal_id, SUM(sessions) AS n FROM usage_session", query,
                " GROUP BY site, terminal_id ORDER BY n DESC, site, terminal_id")
                .query((rs, row) -> new TerminalCount(rs.getString("site"), rs.getLong("terminal_id"), rs.getLong("n")))
                .list();
    }

    /** Every site that has counts, by name. */
    List<String> sites() {
        return jdbc.sql("SELECT DISTINCT site FROM usage_session UNION SELECT DISTINCT site FROM usage_feature ORDER BY 1")
                .query(String.class).list();
    }

    /** Every terminal id with counts, per site. */
    List<TerminalCount> terminals() {
        return jdbc.sql("""
                SELECT site, terminal_id FROM usage_session UNION SELECT site, terminal_id FROM usage_feature
                ORDER BY 1, 2""")
                .query((rs, row) -> new TerminalCount(rs.getString("site"), rs.getLong("terminal_id"), 0)).list();
    }

    // --- keeping ---

    /**
     * Deletes the rows older than {@code before} of terms that fewer than {@code minSessions}
     * sessions searched over everything kept: such a term can never be shown. Returns how many rows.
     */
    int deleteRareTerms(LocalDate before, int minSessions) {
        var rare = jdbc.sql("""
                SELECT term FROM usage_search_term GROUP BY term
                HAVING SUM(sessions) < :min AND MIN(day) < :before""")
                .param("min", minSessions).param("before", Date.valueOf(before)).query(String.class).list();
        var deleted = 0;
        for (int i = 0; i < rare.size(); i += 500) {
            deleted += jdbc.sql("DELETE FROM usage_search_term WHERE day < :before AND term IN (:terms)")
                    .param("before", Date.valueOf(before)).param("terms", rare.subList(i, Math.min(rare.size(), i + 500)))
                    .update();
        }
        return deleted;
    }

    /** Deletes every count of a day before this one; returns how many rows. */
    int deleteBefore(LocalDate before) {
        var day = Date.valueOf(before);
        return jdbc.sql("DELETE FROM usage_session WHERE day < :day").param("day", day).update()
                + jdbc.sql("DELETE FROM usage_feature WHERE day < :day").param("day", day).update()
                + jdbc.sql("DELETE FROM usage_search_term WHERE day < :day").param("day", day).update();
    }

    private <K> Map<K, Long> sums(String select, UsageQuery query, String tail, Function<String, K> key) {
        var result = new LinkedHashMap<K, Long>();
        where(select, query, tail).query((rs, row) -> Map.entry(rs.getString("k"), rs.getLong("n"))).list()
                .forEach(entry -> result.merge(key.apply(entry.getKey()), entry.getValue(), Long::sum));
        return result;
    }

    private JdbcClient.StatementSpec where(String select, UsageQuery query, String tail) {
        var sql = new StringBuilder(select).append(" WHERE day BETWEEN :from AND :to");
        if (query.site() != null) {
            sql.append(" AND site = :site");
        }
        if (query.terminal() != null) {
            sql.append(" AND terminal_id = :terminal");
        }
        var statement = jdbc.sql(sql.append(tail).toString())
                .param("from", Date.valueOf(query.from())).param("to", Date.valueOf(query.to()));
        if (query.site() != null) {
            statement = statement.param("site", query.site());
        }
        if (query.terminal() != null) {
            statement = statement.param("terminal", query.terminal());
        }
        return statement;
    }
}
