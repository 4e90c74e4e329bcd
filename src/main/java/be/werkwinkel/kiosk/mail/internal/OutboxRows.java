package be.werkwinkel.kiosk.mail.internal;

import be.werkwinkel.kiosk.mail.MailStatus;
import be.werkwinkel.kiosk.mail.MailStatus.Problem;
import be.werkwinkel.kiosk.mail.MailStatus.State;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The mail_outbox table (V10). */
final class OutboxRows {

    /**
     * One waiting message, with its sealed content.
     *
     * @param triedSince when the outbox began trying: queued, or retried by staff since
     */
    record Due(long id, UUID requestId, Instant queuedAt, Instant nextAttemptAt, int attempts, byte[] sealed,
            Instant triedSince) {

        Due(long id, UUID requestId, Instant queuedAt, Instant nextAttemptAt, int attempts, byte[] sealed) {
            this(id, requestId, queuedAt, nextAttemptAt, attempts, sealed, queuedAt);
        }
    }

    /** One message as staff see it: no content, the recipient masked. */
    record Listed(UUID requestId, State state, Instant queuedAt, int attempts, @Nullable Problem problem,
            @Nullable String recipientMasked, @Nullable Instant lastAttemptAt, Instant nextAttemptAt,
            @Nullable Instant givenUpAt, @Nullable Instant retriedAt, boolean contentKept) {

        Instant triedSince() {
            return retriedAt != null ? retriedAt : queuedAt;
        }
    }

    private static final String STATUS_COLUMNS = "state, queued_at, attempts, problem, sent_at";

    private final JdbcClient jdbc;

    OutboxRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID requestId, Instant now, byte[] sealed, String recipientMasked) {
        jdbc.sql("""
                INSERT INTO mail_outbox (request_id, state, queued_at, next_attempt_at, sealed_message, recipient_masked)
                VALUES (:request, 'WAITING', :now, :now, :sealed, :masked)""")
                .param("request", requestId.toString()).param("now", Timestamp.from(now)).param("sealed", sealed)
                .param("masked", recipientMasked).update();
    }

    Optional<MailStatus> status(UUID requestId) {
        return jdbc.sql("SELECT " + STATUS_COLUMNS + " FROM mail_outbox WHERE request_id = :request")
                .param("request", requestId.toString()).query(OutboxRows::status).optional();
    }

    List<Due> due(Instant now, int limit) {
        return jdbc.sql("""
                SELECT id, request_id, queued_at, next_attempt_at, attempts, sealed_message, retried_at FROM mail_outbox
                WHERE state = 'WAITING' AND next_attempt_at <= :now ORDER BY next_attempt_at, id LIMIT :limit""")
                .param("now", Timestamp.from(now)).param("limit", limit)
                .query((row, number) -> {
                    var queuedAt = row.getTimestamp("queued_at").toInstant();
                    var retriedAt = instant(row.getTimestamp("retried_at"));
                    return new Due(row.getLong("id"), UUID.fromString(row.getString("request_id")), queuedAt,
                            row.getTimestamp("next_attempt_at").toInstant(), row.getInt("attempts"),
                            row.getBytes("sealed_message"), retriedAt != null ? retriedAt : queuedAt);
                })
                .list();
    }

    /**
     * Takes a message for one attempt, unless another sender took it first: its next attempt moves
     * to {@code until}, so that after a crash mid-attempt it is tried again then.
     */
    boolean claim(Due due, Instant until) {
        return jdbc.sql("""
                UPDATE mail_outbox SET next_attempt_at = :until
                WHERE id = :id AND state = 'WAITING' AND next_attempt_at = :seen""")
                .param("until", Timestamp.from(until)).param("id", due.id())
                .param("seen", Timestamp.from(due.nextAttemptAt())).update() == 1;
    }

    void sent(long id, int attempts, Instant now) {
        jdbc.sql("""
                UPDATE mail_outbox SET state = 'SENT', attempts = :attempts, problem = NULL, sent_at = :now,
                    last_attempt_at = :now, sealed_message = NULL WHERE id = :id""")
                .param("attempts", attempts).param("now", Timestamp.from(now)).param("id", id).update();
    }

    /** A failed attempt at {@code attemptedAt}, or, when null, a run that could not try (no mail server). */
    void retry(long id, int attempts, Problem problem, Instant next, @Nullable Instant attemptedAt) {
        jdbc.sql("""
                UPDATE mail_outbox SET attempts = :attempts, problem = :problem, next_attempt_at = :next,
                    last_attempt_at = COALESCE(:attempted, last_attempt_at) WHERE id = :id""")
                .param("attempts", attempts).param("problem", problem.name()).param("next", Timestamp.from(next))
                .param("attempted", attemptedAt == null ? null : Timestamp.from(attemptedAt)).param("id", id).update();
    }

    /** Stops trying; the content is kept ({@code keepContent}) for a staff member's retry, or removed now. */
    void givenUp(long id, Instant now, boolean keepContent) {
        jdbc.sql("UPDATE mail_outbox SET state = 'GIVEN_UP', given_up_at = :now"
                + (keepContent ? "" : ", sealed_message = NULL") + " WHERE id = :id")
                .param("now", Timestamp.from(now)).param("id", id).update();
    }

    /** Removes the content of messages given up before {@code before}; returns how many. */
    int forgetGivenUp(Instant before) {
        return jdbc.sql("""
                UPDATE mail_outbox SET sealed_message = NULL
                WHERE state = 'GIVEN_UP' AND given_up_at < :before AND sealed_message IS NOT NULL""")
                .param("before", Timestamp.from(before)).update();
    }

    private static final String LISTED_COLUMNS = """
            request_id, state, queued_at, attempts, problem, recipient_masked, last_attempt_at, next_attempt_at,
            given_up_at, retried_at, sealed_message IS NOT NULL AS content_kept""";

    /** The waiting messages, oldest first. */
    List<Listed> waiting(int limit) {
        return jdbc.sql("SELECT " + LISTED_COLUMNS + " FROM mail_outbox WHERE state = 'WAITING' ORDER BY queued_at, id"
                + " LIMIT :limit").param("limit", limit).query(OutboxRows::listed).list();
    }

    /** The given-up messages, latest first. */
    List<Listed> givenUp(int limit) {
        return jdbc.sql("SELECT " + LISTED_COLUMNS + " FROM mail_outbox WHERE state = 'GIVEN_UP'"
                + " ORDER BY given_up_at DESC, id DESC LIMIT :limit").param("limit", limit).query(OutboxRows::listed).list();
    }

    Optional<Listed> listed(UUID requestId) {
        return jdbc.sql("SELECT " + LISTED_COLUMNS + " FROM mail_outbox WHERE request_id = :request")
                .param("request", requestId.toString()).query(OutboxRows::listed).optional();
    }

    /** How many messages are in each state, and how many waiting ones have a problem. */
    Counts counts(Instant sentSince) {
        return jdbc.sql("""
                SELECT COALESCE(SUM(state = 'WAITING'), 0) AS waiting,
                       COALESCE(SUM(state = 'WAITING' AND problem IS NOT NULL), 0) AS failing,
                       COALESCE(SUM(state = 'GIVEN_UP'), 0) AS given_up,
                       COALESCE(SUM(state = 'SENT' AND sent_at >= :since), 0) AS sent
                FROM mail_outbox""").param("since", Timestamp.from(sentSince))
                .query((row, number) -> new Counts(row.getInt("waiting"), row.getInt("failing"), row.getInt("given_up"),
                        row.getInt("sent"))).single();
    }

    record Counts(int waiting, int failing, int givenUp, int sentSince) {
    }

    /**
     * Makes a waiting message due now, or a given-up one with its content waiting again from now
     * (its give-up time counting from now); false when neither applies.
     */
    boolean retryNow(UUID requestId, Instant now) {
        return jdbc.sql("""
                UPDATE mail_outbox SET next_attempt_at = :now,
                    retried_at = CASE WHEN state = 'GIVEN_UP' THEN :now ELSE retried_at END,
                    given_up_at = NULL, state = 'WAITING'
                WHERE request_id = :request AND sealed_message IS NOT NULL AND state IN ('WAITING', 'GIVEN_UP')""")
                .param("now", Timestamp.from(now)).param("request", requestId.toString()).update() == 1;
    }

    private static Listed listed(ResultSet row, int number) throws SQLException {
        return new Listed(UUID.fromString(row.getString("request_id")), State.valueOf(row.getString("state")),
                row.getTimestamp("queued_at").toInstant(), row.getInt("attempts"), problem(row.getString("problem")),
                row.getString("recipient_masked"), instant(row.getTimestamp("last_attempt_at")),
                row.getTimestamp("next_attempt_at").toInstant(), instant(row.getTimestamp("given_up_at")),
                instant(row.getTimestamp("retried_at")), row.getBoolean("content_kept"));
    }

    private static MailStatus status(ResultSet row, int number) throws SQLException {
        return new MailStatus(State.valueOf(row.getString("state")), row.getTimestamp("queued_at").toInstant(),
                row.getInt("attempts"), problem(row.getString("problem")), instant(row.getTimestamp("sent_at")));
    }

    private static @Nullable Problem problem(@Nullable String name) {
        return name == null ? null : Problem.valueOf(name);
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
