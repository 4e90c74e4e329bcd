package be.werkwinkel.kiosk.terminal.internal;

import be.werkwinkel.kiosk.terminal.CommandKind;
import be.werkwinkel.kiosk.terminal.CommandStatus;
import be.werkwinkel.kiosk.terminal.CommandView;
import be.werkwinkel.kiosk.terminal.Enrollment;
import be.werkwinkel.kiosk.terminal.Heartbeat;
import be.werkwinkel.kiosk.terminal.TerminalId;
import be.werkwinkel.kiosk.terminal.TerminalSettings;
import be.werkwinkel.kiosk.terminal.TerminalState;
import be.werkwinkel.kiosk.terminal.TerminalView;
import be.werkwinkel.kiosk.terminal.Terminals;
import be.werkwinkel.kiosk.terminal.TerminalsChanged;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The registry in MariaDB (V19): terminals, their enrollment codes and tokens (hashes only),
 * heartbeats, and the per-terminal numbered command queue. Events ({@link TerminalsChanged},
 * {@link CommandQueued}) are published after the change is committed.
 */
class TerminalRegistry implements Terminals {

    /** A terminal's token, the result of a successful enrollment. */
    record Enrolled(TerminalId terminal, String token) {
    }

    static final int MAX_TEXT = 500;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final TerminalSettings settings;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    /** The terminals that were online at the last offline check (see {@link #noticeOffline}). */
    private final Set<Long> online = new HashSet<>();

    TerminalRegistry(JdbcClient jdbc, TransactionTemplate transactions, TerminalSettings settings, Clock clock,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.settings = settings;
        this.clock = clock;
        this.events = events;
    }

    // --- the console ---

    @Override
    public List<TerminalView> overview() {
        return jdbc.sql("SELECT * FROM terminal ORDER BY site, name, id").query(this::view).list();
    }

    @Override
    public Optional<TerminalView> find(TerminalId terminal) {
        return jdbc.sql("SELECT * FROM terminal WHERE id = :id").param("id", terminal.value()).query(this::view).optional();
    }

    @Override
    public Enrollment create(String name, String site, String location) {
        var cleanName = required(name, "name", 80);
        var cleanSite = required(site, "site", 80);
        var cleanLocation = location.strip();
        if (cleanLocation.length() > 200) {
            throw new IllegalArgumentException("location: at most 200 characters");
        }
        var enrollment = transactions.execute(status -> {
            var id = insertTerminal(cleanName, cleanSite, cleanLocation, false);
            return issueCode(id);
        });
        changed(enrollment.terminal());
        return enrollment;
    }

    @Override
    public Enrollment newEnrollmentCode(TerminalId terminal) {
        var enrollment = transactions.execute(status -> {
            lockTerminal(terminal);
            jdbc.sql("DELETE FROM terminal_enrollment WHERE terminal_id = :id").param("id", terminal.value()).update();
            return issueCode(terminal);
        });
        changed(terminal);
        return enrollment;
    }

    @Override
    public void revoke(TerminalId terminal) {
        var updated = jdbc.sql("""
                UPDATE terminal SET token_hash = NULL, revoked_at = :now WHERE id = :id AND local_kiosk = FALSE""")
                .param("now", now()).param("id", terminal.value()).update();
        jdbc.sql("DELETE FROM terminal_enrollment WHERE terminal_id = :id").param("id", terminal.value()).update();
        if (updated == 0) {
            throw new IllegalArgumentException("No such terminal, or it is this kiosk itself: " + terminal);
        }
        changed(terminal);
    }

    @Override
    public long send(TerminalId terminal, CommandKind kind, @Nullable String text, String issuedBy) {
        var clean = text == null ? null : text.strip();
        if (kind == CommandKind.LOCK && (clean == null || clean.isEmpty())) {
            throw new IllegalArgumentException("A lock needs a message");
        }
        if (kind == CommandKind.ANNOUNCE && clean == null) {
            clean = "";
        }
        if (!kind.takesText()) {
            clean = null;
        }
        if (clean != null && clean.length() > MAX_TEXT) {
            throw new IllegalArgumentException("At most " + MAX_TEXT + " characters");
        }
        var storedText = clean;
        var now = clock.instant();
        long seq = transactions.execute(status -> {
            lockTerminal(terminal);
            long next = jdbc.sql("SELECT COALESCE(MAX(seq), 0) + 1 FROM terminal_command WHERE terminal_id = :id")
                    .param("id", terminal.value()).query(Long.class).single();
            jdbc.sql("""
                    INSERT INTO terminal_command (terminal_id, seq, kind, text, issued_by, queued_at, expires_at)
                    VALUES (:terminal, :seq, :kind, :text, :by, :now, :expires)""")
                    .param("terminal", terminal.value()).param("seq", next).param("kind", kind.name())
                    .param("text", storedText).param("by", issuedBy).param("now", Timestamp.from(now))
                    .param("expires", Timestamp.from(now.plus(settings.commandExpiry()))).update();
            return next;
        });
        events.publishEvent(new CommandQueued(terminal, seq));
        changed(terminal);
        return seq;
    }

    @Override
    public int announceToSite(String site, String text, String issuedBy) {
        var ids = jdbc.sql("SELECT id FROM terminal WHERE site = :site AND revoked_at IS NULL")
                .param("site", site).query(Long.class).list();
        ids.forEach(id -> send(new TerminalId(id), CommandKind.ANNOUNCE, text, issuedBy));
        return ids.size();
    }

    @Override
    public List<CommandView> commands(TerminalId terminal, int limit) {
        var now = clock.instant();
        return jdbc.sql("SELECT * FROM terminal_command WHERE terminal_id = :id ORDER BY seq DESC LIMIT :limit")
                .param("id", terminal.value()).param("limit", limit)
                .query((row, n) -> command(row, now)).list();
    }

    @Override
    public Optional<TerminalId> localKiosk() {
        return jdbc.sql("SELECT id FROM terminal WHERE local_kiosk = TRUE ORDER BY id LIMIT 1")
                .query(Long.class).optional().map(TerminalId::new);
    }

    // --- the terminal API ---

    /** Exchanges a one-time code for a token; empty when the code is unknown, used or expired. */
    Optional<Enrolled> enroll(String code) {
        var hash = Secrets.sha256(Secrets.normalizeCode(code));
        var token = Secrets.newToken();
        var enrolled = transactions.execute(status -> {
            var now = now();
            var terminal = jdbc.sql("""
                    SELECT terminal_id FROM terminal_enrollment
                    WHERE code_hash = :hash AND used_at IS NULL AND expires_at > :now FOR UPDATE""")
                    .param("hash", hash).param("now", now).query(Long.class).optional();
            if (terminal.isEmpty()) {
                return Optional.<Enrolled>empty();
            }
            // single use: the code is gone with the transaction that used it
            jdbc.sql("DELETE FROM terminal_enrollment WHERE terminal_id = :id").param("id", terminal.get()).update();
            jdbc.sql("""
                    UPDATE terminal SET token_hash = :token, enrolled_at = :now, revoked_at = NULL,
                        last_seen_at = :now, state = 'SETUP'
                    WHERE id = :id""")
                    .param("token", Secrets.sha256(token)).param("now", now).param("id", terminal.get()).update();
            return Optional.of(new Enrolled(new TerminalId(terminal.get()), token));
        });
        enrolled.ifPresent(e -> changed(e.terminal()));
        return enrolled;
    }

    /** The terminal whose token this is; empty for an unknown or revoked token. Asked on every call. */
    Optional<TerminalId> authenticate(String token) {
        if (!token.startsWith(Secrets.TOKEN_PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT id FROM terminal WHERE token_hash = :hash AND revoked_at IS NULL")
                .param("hash", Secrets.sha256(token)).query(Long.class).optional().map(TerminalId::new);
    }

    void recordHeartbeat(TerminalId terminal, Heartbeat heartbeat) {
        var wasOffline = find(terminal).map(view -> view.state() == TerminalState.OFFLINE).orElse(false);
        jdbc.sql("""
                UPDATE terminal SET last_seen_at = :now, state = :state, feature = :feature, app_version = :version,
                    uptime_seconds = :uptime, index_built_at = :index, outbox_backlog = :backlog, free_disk_bytes = :disk
                WHERE id = :id""")
                .param("now", now()).param("state", heartbeat.state().name()).param("feature", heartbeat.feature())
                .param("version", heartbeat.appVersion()).param("uptime", heartbeat.uptimeSeconds())
                .param("index", heartbeat.indexBuiltAt() == null ? null : Timestamp.from(heartbeat.indexBuiltAt()))
                .param("backlog", heartbeat.outboxBacklog()).param("disk", heartbeat.freeDiskBytes())
                .param("id", terminal.value()).update();
        if (wasOffline) {
            deliverWaiting(terminal);
        }
        changed(terminal);
    }

    /** A terminal that comes back after being offline: the console sees its waiting commands go at once. */
    private void deliverWaiting(TerminalId terminal) {
        events.publishEvent(new CommandQueued(terminal, 0));
    }

    /**
     * The terminal's commands after {@code afterSeq} that have not expired and are not yet
     * acknowledged, marked delivered. A command delivered before and not acknowledged is delivered
     * again (the answer may have been lost); the terminal acknowledges by number, so doing it twice
     * is harmless where it matters.
     */
    List<PendingCommand> deliver(TerminalId terminal, long afterSeq) {
        var now = now();
        var pending = jdbc.sql("""
                SELECT seq, kind, text, queued_at, expires_at FROM terminal_command
                WHERE terminal_id = :id AND seq > :after AND acknowledged_at IS NULL
                  AND (delivered_at IS NOT NULL OR expires_at > :now)
                ORDER BY seq LIMIT 50""")
                .param("id", terminal.value()).param("after", afterSeq).param("now", now)
                .query((row, n) -> new PendingCommand(row.getLong("seq"), CommandKind.valueOf(row.getString("kind")),
                        row.getString("text"), row.getTimestamp("queued_at").toInstant(),
                        row.getTimestamp("expires_at").toInstant()))
                .list();
        if (!pending.isEmpty()) {
            var marked = jdbc.sql("""
                    UPDATE terminal_command SET delivered_at = :now
                    WHERE terminal_id = :id AND seq > :after AND delivered_at IS NULL AND seq <= :last""")
                    .param("now", now).param("id", terminal.value()).param("after", afterSeq)
                    .param("last", pending.getLast().seq()).update();
            if (marked > 0) {
                changed(terminal);
            }
        }
        return pending;
    }

    /**
     * Records how a command went. Returns false when the terminal has no such command. What a
     * successful lock, unlock or announcement leaves on the terminal is kept as its configuration,
     * so that it comes back after a restart.
     */
    boolean acknowledge(TerminalId terminal, long seq, boolean succeeded, @Nullable String result) {
        var clean = result == null ? null : result.strip();
        if (clean != null && clean.length() > MAX_TEXT) {
            clean = clean.substring(0, MAX_TEXT);
        }
        var storedResult = clean;
        boolean known = transactions.execute(status -> {
            var command = jdbc.sql("""
                    SELECT kind, text, acknowledged_at FROM terminal_command WHERE terminal_id = :id AND seq = :seq FOR UPDATE""")
                    .param("id", terminal.value()).param("seq", seq)
                    .query((row, n) -> new Object[] {CommandKind.valueOf(row.getString("kind")), row.getString("text"),
                            row.getTimestamp("acknowledged_at")})
                    .optional();
            if (command.isEmpty()) {
                return false;
            }
            if (command.get()[2] != null) {
                return true; // acknowledged before: the first answer stands
            }
            var now = now();
            jdbc.sql("""
                    UPDATE terminal_command SET acknowledged_at = :now, delivered_at = COALESCE(delivered_at, :now),
                        succeeded = :ok, result = :result
                    WHERE terminal_id = :id AND seq = :seq""")
                    .param("now", now).param("ok", succeeded).param("result", storedResult)
                    .param("id", terminal.value()).param("seq", seq).update();
            if (succeeded) {
                var kind = (CommandKind) command.get()[0];
                var text = (String) command.get()[1];
                switch (kind) {
                    case LOCK -> setColumn(terminal, "lock_message", text);
                    case UNLOCK -> setColumn(terminal, "lock_message", null);
                    case ANNOUNCE -> setColumn(terminal, "announcement", text == null || text.isBlank() ? null : text);
                    default -> { }
                }
            }
            return true;
        });
        if (known) {
            changed(terminal);
        }
        return known;
    }

    /** The terminals with commands committed after the command row {@code afterId}, and the newest row id. */
    record NewCommands(long lastId, Set<Long> terminals) {
    }

    NewCommands commandsAfter(long afterId) {
        var rows = jdbc.sql("SELECT id, terminal_id FROM terminal_command WHERE id > :after")
                .param("after", afterId).query((row, n) -> new long[] {row.getLong("id"), row.getLong("terminal_id")}).list();
        var last = afterId;
        var terminals = new HashSet<Long>();
        for (var row : rows) {
            last = Math.max(last, row[0]);
            terminals.add(row[1]);
        }
        return new NewCommands(last, terminals);
    }

    long lastCommandId() {
        return jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM terminal_command").query(Long.class).single();
    }

    // --- the standalone kiosk ---

    /** The local kiosk's terminal, registered on first start and renamed after the site when that changes. */
    TerminalId registerLocalKiosk(String name, String site) {
        var existing = localKiosk();
        if (existing.isPresent()) {
            jdbc.sql("UPDATE terminal SET site = :site WHERE id = :id")
                    .param("site", site).param("id", existing.get().value()).update();
            return existing.get();
        }
        var id = transactions.execute(status -> {
            var terminal = insertTerminal(name, site, "", true);
            jdbc.sql("UPDATE terminal SET enrolled_at = :now WHERE id = :id")
                    .param("now", now()).param("id", terminal.value()).update();
            return terminal;
        });
        changed(id);
        return id;
    }

    // --- offline ---

    /** Publishes a change for every terminal that went offline since the last call. */
    synchronized void noticeOffline() {
        var cutoff = Timestamp.from(clock.instant().minus(settings.offlineAfter()));
        var nowOnline = new HashSet<>(jdbc.sql("""
                SELECT id FROM terminal WHERE revoked_at IS NULL AND last_seen_at >= :cutoff""")
                .param("cutoff", cutoff).query(Long.class).list());
        for (var id : online) {
            if (!nowOnline.contains(id)) {
                changed(new TerminalId(id));
            }
        }
        online.clear();
        online.addAll(nowOnline);
    }

    // --- rows ---

    private TerminalId insertTerminal(String name, String site, String location, boolean local) {
        jdbc.sql("""
                INSERT INTO terminal (name, site, location, local_kiosk, created_at)
                VALUES (:name, :site, :location, :local, :now)""")
                .param("name", name).param("site", site).param("location", location).param("local", local)
                .param("now", now()).update();
        return new TerminalId(jdbc.sql("SELECT LAST_INSERT_ID()").query(Long.class).single());
    }

    private Enrollment issueCode(TerminalId terminal) {
        var code = Secrets.newCode();
        var now = clock.instant();
        var expires = now.plus(settings.enrollmentCodeValidity());
        jdbc.sql("""
                INSERT INTO terminal_enrollment (code_hash, terminal_id, created_at, expires_at)
                VALUES (:hash, :terminal, :now, :expires)""")
                .param("hash", Secrets.sha256(Secrets.normalizeCode(code))).param("terminal", terminal.value())
                .param("now", Timestamp.from(now)).param("expires", Timestamp.from(expires)).update();
        return new Enrollment(terminal, code, expires);
    }

    private void lockTerminal(TerminalId terminal) {
        jdbc.sql("SELECT id FROM terminal WHERE id = :id FOR UPDATE").param("id", terminal.value())
                .query(Long.class).optional()
                .orElseThrow(() -> new IllegalArgumentException("No such terminal: " + terminal));
    }

    private void setColumn(TerminalId terminal, String column, @Nullable String value) {
        jdbc.sql("UPDATE terminal SET " + column + " = :value WHERE id = :id")
                .param("value", value).param("id", terminal.value()).update();
    }

    private void changed(TerminalId terminal) {
        events.publishEvent(new TerminalsChanged(terminal));
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    private static String required(String value, String field, int max) {
        var clean = value.strip();
        if (clean.isEmpty() || clean.length() > max) {
            throw new IllegalArgumentException(field + ": between 1 and " + max + " characters");
        }
        return clean;
    }

    private TerminalView view(ResultSet row, int number) throws SQLException {
        var lastSeen = instant(row, "last_seen_at");
        TerminalState state;
        if (row.getTimestamp("revoked_at") != null) {
            state = TerminalState.REVOKED;
        } else if (row.getTimestamp("enrolled_at") == null) {
            state = TerminalState.NOT_ENROLLED;
        } else if (lastSeen == null || lastSeen.isBefore(clock.instant().minus(settings.offlineAfter()))) {
            state = TerminalState.OFFLINE;
        } else {
            state = row.getString("state") == null ? TerminalState.SETUP : TerminalState.valueOf(row.getString("state"));
        }
        return new TerminalView(new TerminalId(row.getLong("id")), row.getString("name"), row.getString("site"),
                row.getString("location"), row.getBoolean("local_kiosk"), state, lastSeen, row.getString("feature"),
                row.getString("app_version"), (Long) row.getObject("uptime_seconds", Long.class),
                instant(row, "index_built_at"), (Integer) row.getObject("outbox_backlog", Integer.class),
                (Long) row.getObject("free_disk_bytes", Long.class), row.getString("lock_message"),
                row.getString("announcement"));
    }

    private static CommandView command(ResultSet row, Instant now) throws SQLException {
        var delivered = instant(row, "delivered_at");
        var acknowledged = instant(row, "acknowledged_at");
        var expires = row.getTimestamp("expires_at").toInstant();
        CommandStatus status;
        if (acknowledged != null) {
            status = row.getBoolean("succeeded") ? CommandStatus.SUCCEEDED : CommandStatus.FAILED;
        } else if (delivered != null) {
            status = CommandStatus.DELIVERED;
        } else if (!expires.isAfter(now)) {
            status = CommandStatus.EXPIRED;
        } else {
            status = CommandStatus.WAITING;
        }
        return new CommandView(new TerminalId(row.getLong("terminal_id")), row.getLong("seq"),
                CommandKind.valueOf(row.getString("kind")), row.getString("text"), row.getString("issued_by"),
                row.getTimestamp("queued_at").toInstant(), expires, status, delivered, acknowledged,
                row.getString("result"));
    }

    private static @Nullable Instant instant(ResultSet row, String column) throws SQLException {
        var value = row.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
