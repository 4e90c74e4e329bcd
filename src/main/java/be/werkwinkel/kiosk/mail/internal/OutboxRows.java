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

    /** One waiting message, with its sealed content. */
    record Due(long id, UUID requestId, Instant queuedAt, Instant nextAttemptAt, int attempts, byte[] sealed) {
    }

    private static final String STATUS_COLUMNS = "state, queued_at, attempts, problem, sent_at";

    private final JdbcClient jdbc;

    OutboxRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID requestId, Instant now, byte[] sealed) {
        jdbc.sql("""
                INSERT INTO mail_outbox (request_id, state, queued_at, next_attempt_at, sealed_message)
                VALUES (:request, 'WAITING', :now, :now, :sealed)""")
                .param("request", requestId.toString()).param("now", Timestamp.from(now)).param("sealed", sealed)
                .update();
    }

    Optional<MailStatus> status(UUID requestId) {
        return jdbc.sql("SELECT " + STATUS_COLUMNS + " FROM mail_outbox WHERE request_id = :request")
                .param("request", requestId.toString()).query(OutboxRows::status).optional();
    }

    List<Due> due(Instant now, int limit) {
        return jdbc.sql("""
                SELECT id, request_id, queued_at, next_attempt_at, attempts, sealed_message FROM mail_outbox
                WHERE state = 'WAITING' AND next_attempt_at <= :now ORDER BY next_attempt_at, id LIMIT :limit""")
                .param("now", Timestamp.from(now)).param("limit", limit)
                .query((row, number) -> new Due(row.getLong("id"), UUID.fromString(row.getString("request_id")),
                        row.getTimestamp("queued_at").toInstant(), row.getTimestamp("next_attempt_at").toInstant(),
                        row.getInt("attempts"), row.getBytes("sealed_message")))
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
                    sealed_message = NULL WHERE id = :id""")
                .param("attempts", attempts).param("now", Timestamp.from(now)).param("id", id).update();
    }

    void retry(long id, int attempts, Problem problem, Instant next) {
        jdbc.sql("UPDATE mail_outbox SET attempts = :attempts, problem = :problem, next_attempt_at = :next WHERE id = :id")
                .param("attempts", attempts).param("problem", problem.name()).param("next", Timestamp.from(next))
                .param("id", id).update();
    }

    void givenUp(long id) {
        jdbc.sql("UPDATE mail_outbox SET state = 'GIVEN_UP', sealed_message = NULL WHERE id = :id")
                .param("id", id).update();
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
