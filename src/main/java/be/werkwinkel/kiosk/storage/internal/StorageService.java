package be.werkwinkel.kiosk.storage.internal;

import be.werkwinkel.kiosk.storage.AccountId;
import be.werkwinkel.kiosk.storage.AccountOverview;
import be.werkwinkel.kiosk.storage.ClaimCodes;
import be.werkwinkel.kiosk.storage.DocumentContent;
import be.werkwinkel.kiosk.storage.DocumentId;
import be.werkwinkel.kiosk.storage.DocumentKind;
import be.werkwinkel.kiosk.storage.DocumentSaved;
import be.werkwinkel.kiosk.storage.DocumentSummary;
import be.werkwinkel.kiosk.storage.PersonalStorage;
import be.werkwinkel.kiosk.storage.PinRules;
import be.werkwinkel.kiosk.storage.RequestId;
import be.werkwinkel.kiosk.storage.SignIn;
import be.werkwinkel.kiosk.storage.StorageAdministration;
import be.werkwinkel.kiosk.storage.StorageLimits;
import be.werkwinkel.kiosk.storage.StorageProblem;
import be.werkwinkel.kiosk.storage.StorageProblem.Reason;
import be.werkwinkel.kiosk.storage.StorageSettings;
import be.werkwinkel.kiosk.storage.StoredDocument;
import be.werkwinkel.kiosk.storage.Visitor;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Personal storage on MariaDB over JDBC (like the vacancy store, decision 007): accounts, documents,
 * the write log that makes every write idempotent, the wrong-PIN counters and the audit trail.
 * Every value that says something about a visitor is sealed with the kiosk's sealing key
 * ({@link StorageSealing}) before it reaches a statement, with the row's identity as associated
 * data; usernames and PINs are keyed with the pepper ({@link StorageKeys}).
 */
class StorageService implements PersonalStorage, StorageAdministration {

    private static final Logger log = LoggerFactory.getLogger(StorageService.class);
    /**
     * A kiosk may see this many times more claim codes that find nothing than one visitor session,
     * before claiming pauses there: a busy kiosk has many visitors, and one of them must not pause it
     * for everybody with a few typos, yet guessing stays hopeless (8 letters of 31).
     */
    static final int KIOSK_CLAIM_FACTOR = 4;

    private final JdbcClient jdbc;
    /** A terminal of a hub may see this many times more wrong PINs than one visitor session, over all its visitors. */
    static final int WRONG_PINS_PER_DEVICE_FACTOR = 10;

    private final TransactionTemplate transactions;
    /**
     * Wrong PINs count in a transaction of their own: a sign-in inside a larger transaction (a
     * terminal's delivery, decision 040) that rolls back must not take its failure count with it,
     * or PINs could be guessed without end through deliveries.
     */
    private final TransactionTemplate failures;
    private final StorageKeys keys;
    private final StorageSealing sealing;
    private final StorageSettings settings;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Argon2PasswordEncoder hashing = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    /** Checked when the username is unknown, so that a refusal takes as long either way. */
    private final String unknownAccountHash;
    private final SecureRandom random = new SecureRandom();
    private final HeldDocuments held;

    StorageService(JdbcClient jdbc, TransactionTemplate transactions, StorageKeys keys, StorageSealing sealing,
            StorageSettings settings, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.failures = new TransactionTemplate(Objects.requireNonNull(transactions.getTransactionManager()));
        this.failures.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.keys = keys;
        this.sealing = sealing;
        this.settings = settings;
        this.clock = clock;
        this.events = events;
        this.unknownAccountHash = hashing.encode(keys.pepperedPin("unknown"));
        this.held = new HeldDocuments(jdbc, sealing, keys, settings, clock);
    }

    /** The documents saved for later that wait to be claimed (decision 043). */
    HeldDocuments held() {
        return held;
    }

    // ---- accounts ----------------------------------------------------------------------------

    @Override
    public AccountId createAccount(RequestId request, String username, String pin, @Nullable String email) {
        var name = StorageLimits.normalisedUsername(username).orElseThrow(() -> new StorageProblem(Reason.USERNAME_INVALID));
        var mail = email == null || email.isBlank() ? null : email.strip();
        if (mail != null && !StorageLimits.validEmail(mail)) {
            throw new StorageProblem(Reason.EMAIL_INVALID);
        }
        if (PinRules.problem(pin).isPresent()) {
            throw new StorageProblem(Reason.PIN_OBVIOUS);
        }
        // a replay, also one racing the first attempt, finds the first's account by its username
        Supplier<Optional<String>> earlier = () -> replayedAccount(request, name).map(AccountId::toString);
        var replayed = earlier.get();
        if (replayed.isPresent()) {
            return AccountId.parse(replayed.get());
        }
        var pinHash = hashing.encode(keys.pepperedPin(pin)); // slow: outside the transaction
        var id = new AccountId(UUID.randomUUID());
        var shown = username.strip();
        var result = once(request, earlier, id.toString(), "CREATE_ACCOUNT", () -> {
            var now = now();
            try {
                jdbc.sql("""
                        INSERT INTO storage_account (id, username_hash, username_sealed, email_sealed, pin_hash,
                            pin_reset_required, created_at, last_active_at) VALUES (?, ?, ?, ?, ?, FALSE, ?, ?)""")
                        .params(id.toString(), keys.usernameHash(name),
                                sealing.seal(utf8(shown), ad(id, "username")),
                                mail == null ? null : sealing.seal(utf8(mail), ad(id, "email")),
                                pinHash, now, now)
                        .update();
            } catch (DuplicateKeyException taken) {
                // taken by the first attempt of this very request: its write log entry then makes
                // this attempt answer with the first's account (below, in once)
                if (earlier.get().isEmpty()) {
                    throw new StorageProblem(Reason.USERNAME_TAKEN);
                }
            }
            return id.toString();
        });
        return AccountId.parse(result);
    }

    @Override
    public boolean isUsernameFree(String username) {
        var name = StorageLimits.normalisedUsername(username).orElseThrow(() -> new StorageProblem(Reason.USERNAME_INVALID));
        return findByUsername(name).isEmpty();
    }

    @Override
    public SignIn signIn(String username, String pin, String terminal) {
        var name = StorageLimits.normalisedUsername(username);
        var now = clock.instant();
        var accountSubject = "account:" + HexFormat.of().formatHex(
                keys.usernameHash(name.orElse(username.strip().toLowerCase(java.util.Locale.ROOT))));
        var terminalSubject = "terminal:" + terminal;
        // "terminal-7:<visitor session>" from a hub's terminal API: the session part is the
        // terminal's to choose, so the terminal itself counts too, with room for many visitors
        var device = terminal.indexOf(':') > 0 ? "device:" + terminal.substring(0, terminal.indexOf(':')) : null;
        var subjects = device == null ? List.of(accountSubject, terminalSubject)
                : List.of(accountSubject, terminalSubject, device);
        var pausedUntil = pausedUntil(subjects, now);
        if (pausedUntil.isPresent()) {
            return new SignIn.Paused(pausedUntil.get());
        }
        var account = name.flatMap(this::findByUsername);
        var matches = hashing.matches(keys.pepperedPin(pin), account.map(AccountRow::pinHash).orElse(unknownAccountHash));
        if (account.isPresent() && matches) {
            var row = account.get();
            transactions.executeWithoutResult(status -> {
                jdbc.sql("DELETE FROM storage_lockout WHERE subject = ?").param(accountSubject).update();
                jdbc.sql("UPDATE storage_account SET last_active_at = ? WHERE id = ?").params(now(), row.id()).update();
            });
            return new SignIn.SignedIn(visitor(row));
        }
        var until = failures.execute(status -> {
            var a = countFailure(accountSubject, now, settings.maxFailedAttempts());
            var t = countFailure(terminalSubject, now, settings.maxFailedAttempts());
            var d = device == null ? null
                    : countFailure(device, now, settings.maxFailedAttempts() * WRONG_PINS_PER_DEVICE_FACTOR);
            return a != null ? a : t != null ? t : d;
        });
        return until != null ? new SignIn.Paused(until) : new SignIn.Refused();
    }

    @Override
    public void choosePin(RequestId request, AccountId account, String pin) {
        if (PinRules.problem(pin).isPresent()) {
            throw new StorageProblem(Reason.PIN_OBVIOUS);
        }
        if (replay(request, account.toString(), "CHOOSE_PIN").isPresent()) {
            return;
        }
        var hash = hashing.encode(keys.pepperedPin(pin));
        once(request, account.toString(), "CHOOSE_PIN", () -> {
            var changed = jdbc.sql("UPDATE storage_account SET pin_hash = ?, pin_reset_required = FALSE, last_active_at = ? WHERE id = ?")
                    .params(hash, now(), account.toString()).update();
            if (changed == 0) {
                throw new StorageProblem(Reason.NOT_FOUND);
            }
            return null;
        });
    }

    @Override
    public void deleteAccount(RequestId request, AccountId account) {
        once(request, account.toString(), "DELETE_ACCOUNT", () -> {
            jdbc.sql("DELETE FROM storage_write WHERE account_id = ? AND request_id <> ?")
                    .params(account.toString(), request.toString()).update();
            // a pause of the deleted account goes with it: the name is free, and a sign-in with it is simply refused
            jdbc.sql("DELETE FROM storage_lockout WHERE subject = (SELECT CONCAT('account:', LOWER(HEX(username_hash))) FROM storage_account WHERE id = ?)")
                    .param(account.toString()).update();
            var deleted = jdbc.sql("DELETE FROM storage_account WHERE id = ?").param(account.toString()).update();
            if (deleted == 0) {
                throw new StorageProblem(Reason.NOT_FOUND);
            }
            audit("visitor", "ACCOUNT_DELETED", account.toString(), null);
            return null;
        });
    }

    @Override
    public AccountOverview overview(AccountId account) {
        var row = findById(account).orElseThrow(() -> new StorageProblem(Reason.NOT_FOUND));
        var documents = documents(account);
        var visitor = visitor(row);
        return new AccountOverview(visitor.username(), visitor.email(), row.createdAt(), row.lastActiveAt(), documents,
                documents.stream().mapToLong(DocumentSummary::size).sum(), settings.maxDocuments(),
                settings.maxSize().toBytes());
    }

    /** The account's e-mail address, if it gave one (for answers to a letter sent from the kiosk). */
    @Nullable String email(AccountId account) {
        return findById(account).map(this::visitor).map(Visitor::email).orElse(null);
    }

    // ---- documents ---------------------------------------------------------------------------

    @Override
    public List<DocumentSummary> documents(AccountId account) {
        return jdbc.sql("""
                SELECT id, kind, media_type, name_sealed, size_bytes, created_at, updated_at FROM storage_document
                WHERE account_id = ? ORDER BY updated_at DESC, id""")
                .param(account.toString())
                .query((rs, n) -> summary(account, rs))
                .list();
    }

    @Override
    public StoredDocument open(AccountId account, DocumentId document) {
        return jdbc.sql("""
                SELECT id, kind, media_type, name_sealed, size_bytes, created_at, updated_at, content_sealed
                FROM storage_document WHERE account_id = ? AND id = ?""")
                .params(account.toString(), document.toString())
                .query((rs, n) -> new StoredDocument(summary(account, rs), new DocumentContent(
                        sealing.open(rs.getBytes("content_sealed"), ad(account, document, "content")), rs.getString("media_type"))))
                .optional()
                .orElseThrow(() -> new StorageProblem(Reason.NOT_FOUND));
    }

    @Override
    public DocumentId save(RequestId request, AccountId account, DocumentKind kind, String name, DocumentContent content) {
        if (!StorageLimits.validName(name)) {
            throw new StorageProblem(Reason.NAME_INVALID);
        }
        var id = new DocumentId(UUID.randomUUID());
        var saved = once(request, account.toString(), "SAVE", () -> {
            insertDocument(account, id, kind, name.strip(), content);
            return id.toString();
        });
        return DocumentId.parse(saved).orElseThrow();
    }

    @Override
    public void replace(RequestId request, AccountId account, DocumentId document, DocumentContent content) {
        once(request, account.toString(), "REPLACE", () -> {
            lockAccount(account);
            var usage = jdbc.sql("""
                    SELECT COALESCE(SUM(CASE WHEN id = ? THEN 0 ELSE size_bytes END), 0), COUNT(CASE WHEN id = ? THEN 1 END)
                    FROM storage_document WHERE account_id = ?""")
                    .params(document.toString(), document.toString(), account.toString())
                    .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
            if (usage[1] == 0) {
                throw new StorageProblem(Reason.NOT_FOUND);
            }
            if (usage[0] + content.size() > settings.maxSize().toBytes()) {
                throw new StorageProblem(Reason.NO_ROOM);
            }
            jdbc.sql("""
                    UPDATE storage_document SET media_type = ?, content_sealed = ?, size_bytes = ?, updated_at = ?
                    WHERE account_id = ? AND id = ?""")
                    .params(content.mediaType(), sealing.seal(content.bytes(), ad(account, document, "content")), content.size(),
                            now(), account.toString(), document.toString())
                    .update();
            touch(account);
            return document.toString();
        });
    }

    @Override
    public void rename(RequestId request, AccountId account, DocumentId document, String name) {
        if (!StorageLimits.validName(name)) {
            throw new StorageProblem(Reason.NAME_INVALID);
        }
        once(request, account.toString(), "RENAME", () -> {
            var changed = jdbc.sql("UPDATE storage_document SET name_sealed = ?, updated_at = ? WHERE account_id = ? AND id = ?")
                    .params(sealing.seal(utf8(name.strip()), ad(account, document, "name")), now(), account.toString(),
                            document.toString())
                    .update();
            if (changed == 0) {
                throw new StorageProblem(Reason.NOT_FOUND);
            }
            return document.toString();
        });
    }

    @Override
    public DocumentId duplicate(RequestId request, AccountId account, DocumentId document, String name) {
        if (!StorageLimits.validName(name)) {
            throw new StorageProblem(Reason.NAME_INVALID);
        }
        if (replay(request, account.toString(), "DUPLICATE").isEmpty()) {
            var original = open(account, document);
            var id = new DocumentId(UUID.randomUUID());
            once(request, account.toString(), "DUPLICATE", () -> {
                insertDocument(account, id, original.summary().kind(), name.strip(), original.content());
                return id.toString();
            });
        }
        return DocumentId.parse(replay(request, account.toString(), "DUPLICATE").orElseThrow()).orElseThrow();
    }

    @Override
    public void delete(RequestId request, AccountId account, DocumentId document) {
        once(request, account.toString(), "DELETE", () -> {
            var deleted = jdbc.sql("DELETE FROM storage_document WHERE account_id = ? AND id = ?")
                    .params(account.toString(), document.toString()).update();
            if (deleted == 0) {
                throw new StorageProblem(Reason.NOT_FOUND);
            }
            touch(account);
            return document.toString();
        });
    }

    /**
     * A replay answers first (a claim that worked stays worked); then a pause of this visitor
     * session or kiosk refuses before any code is looked up; a code that finds nothing counts
     * against both, in a transaction of its own (the claim's has been rolled back).
     */
    @Override
    public DocumentId claim(RequestId request, AccountId account, String claimCode, String terminal) {
        var earlier = replay(request, account.toString(), "CLAIM");
        if (earlier.isPresent()) {
            return DocumentId.parse(earlier.get()).orElseThrow();
        }
        var now = clock.instant();
        var sessionSubject = lockoutSubject("claim:", terminal);
        var kioskSubject = lockoutSubject("claim-kiosk:", kioskOf(terminal));
        if (pausedUntil(List.of(sessionSubject, kioskSubject), now).isPresent()) {
            throw new StorageProblem(Reason.CLAIMS_PAUSED);
        }
        try {
            var code = ClaimCodes.normalised(claimCode).orElseThrow(() -> new StorageProblem(Reason.CLAIM_NOT_FOUND));
            var id = new DocumentId(UUID.randomUUID());
            var filed = once(request, account.toString(), "CLAIM", () -> {
                lockAccount(account);
                var document = held.take(code).orElseThrow(() -> new StorageProblem(Reason.CLAIM_NOT_FOUND));
                insertDocument(account, id, document.kind(), document.name(), document.content());
                audit("visitor", "HELD_DOCUMENT_CLAIMED", account.toString(), document.requestId().toString());
                return id.toString();
            });
            return DocumentId.parse(filed).orElseThrow();
        } catch (StorageProblem problem) {
            if (problem.reason() != Reason.CLAIM_NOT_FOUND) {
                throw problem;
            }
            var until = transactions.execute(status -> {
                var session = countFailure(sessionSubject, now, settings.maxFailedAttempts());
                var kiosk = countFailure(kioskSubject, now, settings.maxFailedAttempts() * KIOSK_CLAIM_FACTOR);
                return session != null ? session : kiosk;
            });
            throw new StorageProblem(until != null ? Reason.CLAIMS_PAUSED : Reason.CLAIM_NOT_FOUND);
        }
    }

    /**
     * The kiosk of a claim's {@code terminal}: on a hub the part before the colon ({@code
     * terminal-<id>}); a standalone kiosk passes a visitor session only and is one kiosk.
     */
    static String kioskOf(String terminal) {
        var colon = terminal.indexOf(':');
        return colon > 0 ? terminal.substring(0, colon) : "this-kiosk";
    }

    /** A lockout row's subject; long ones hashed, so that they fit the column (100). */
    private static String lockoutSubject(String prefix, String value) {
        var subject = prefix + value;
        if (subject.length() <= 100) {
            return subject;
        }
        try {
            return prefix + HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private void insertDocument(AccountId account, DocumentId id, DocumentKind kind, String name, DocumentContent content) {
        lockAccount(account);
        var usage = jdbc.sql("SELECT COUNT(*), COALESCE(SUM(size_bytes), 0) FROM storage_document WHERE account_id = ?")
                .param(account.toString()).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
        if (usage[0] >= settings.maxDocuments()) {
            throw new StorageProblem(Reason.TOO_MANY_DOCUMENTS);
        }
        if (usage[1] + content.size() > settings.maxSize().toBytes()) {
            throw new StorageProblem(Reason.NO_ROOM);
        }
        var now = now();
        jdbc.sql("""
                INSERT INTO storage_document (id, account_id, kind, media_type, name_sealed, content_sealed, size_bytes,
                    created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id.toString(), account.toString(), kind.name(), content.mediaType(),
                        sealing.seal(utf8(name), ad(account, id, "name")),
                        sealing.seal(content.bytes(), ad(account, id, "content")), content.size(), now, now)
                .update();
        touch(account);
        events.publishEvent(new DocumentSaved(account, id, kind, clock.instant()));
    }

    /** The account row is the lock: two saves of one visitor cannot both slip under the quota. */
    private void lockAccount(AccountId account) {
        var locked = jdbc.sql("SELECT id FROM storage_account WHERE id = ? FOR UPDATE").param(account.toString())
                .query(String.class).optional();
        if (locked.isEmpty()) {
            throw new StorageProblem(Reason.NOT_FOUND);
        }
    }

    // ---- staff -------------------------------------------------------------------------------

    @Override
    public String resetPin(RequestId request, String username, String staff) {
        var name = StorageLimits.normalisedUsername(username).orElseThrow(() -> new StorageProblem(Reason.NOT_FOUND));
        var account = findByUsername(name).orElseThrow(() -> new StorageProblem(Reason.NOT_FOUND));
        String pin;
        do {
            pin = "%06d".formatted(random.nextInt(1_000_000));
        } while (PinRules.problem(pin).isPresent());
        var hash = hashing.encode(keys.pepperedPin(pin));
        var oneTime = pin;
        once(request, account.id(), "RESET_PIN", () -> {
            jdbc.sql("UPDATE storage_account SET pin_hash = ?, pin_reset_required = TRUE WHERE id = ?")
                    .params(hash, account.id()).update();
            jdbc.sql("DELETE FROM storage_lockout WHERE subject = ?")
                    .param("account:" + HexFormat.of().formatHex(keys.usernameHash(name))).update();
            audit(staff, "PIN_RESET", account.id(), null);
            return null;
        });
        return oneTime;
    }

    @Override
    public int rotateKey(String staff) {
        var count = sealing.rotate();
        transactions.executeWithoutResult(status -> audit(staff, "KEY_ROTATED", null, "keys in keyset: " + count));
        return count;
    }

    @Override
    public int deleteInactiveAccounts() {
        var cutoff = timestamp(clock.instant().atZone(ZoneOffset.UTC).minus(settings.inactiveAccountRetention()).toInstant());
        var deleted = 0;
        while (true) {
            var batch = transactions.execute(status -> {
                var ids = jdbc.sql("SELECT id FROM storage_account WHERE last_active_at < ? ORDER BY last_active_at LIMIT 500")
                        .param(cutoff).query(String.class).list();
                for (var id : ids) {
                    jdbc.sql("DELETE FROM storage_write WHERE account_id = ?").param(id).update();
                    jdbc.sql("DELETE FROM storage_account WHERE id = ?").param(id).update();
                }
                return ids.size();
            });
            deleted += batch == null ? 0 : batch;
            if (batch == null || batch < 500) {
                break;
            }
        }
        var total = deleted;
        transactions.executeWithoutResult(status -> audit("retention", "INACTIVE_ACCOUNTS_DELETED", null, "count: " + total));
        log.info("Retention: deleted {} accounts inactive since before {}", total, cutoff.toInstant());
        return total;
    }

    // ---- helpers -----------------------------------------------------------------------------

    /** A write that took effect: its request id, for whom, what, and its outcome ("" for none). */
    private record EarlierWrite(String account, String operation, String result) {
    }

    private Optional<EarlierWrite> earlier(RequestId request) {
        return jdbc.sql("SELECT account_id, operation, COALESCE(result_id, '') FROM storage_write WHERE request_id = ?")
                .param(request.toString())
                .query((rs, n) -> new EarlierWrite(rs.getString(1), rs.getString(2), rs.getString(3)))
                .optional();
    }

    /**
     * The outcome of an earlier write with this request id, if it took effect. A request id of
     * another account or operation is refused as {@code NOT_FOUND} and changes nothing: a replay
     * never tells one account what another one did.
     */
    private Optional<String> replay(RequestId request, String account, String operation) {
        var earlier = earlier(request);
        if (earlier.isPresent() && !(earlier.get().account().equals(account) && earlier.get().operation().equals(operation))) {
            throw new StorageProblem(Reason.NOT_FOUND);
        }
        return earlier.map(EarlierWrite::result);
    }

    /** The account an earlier creation with this request id made, if it made one for this username. */
    private Optional<AccountId> replayedAccount(RequestId request, String username) {
        var earlier = earlier(request);
        if (earlier.isEmpty()) {
            return Optional.empty();
        }
        var same = "CREATE_ACCOUNT".equals(earlier.get().operation()) && jdbc.sql(
                        "SELECT COUNT(*) FROM storage_account WHERE id = ? AND username_hash = ?")
                .params(earlier.get().account(), keys.usernameHash(username)).query(Long.class).single() > 0;
        if (!same) {
            throw new StorageProblem(Reason.NOT_FOUND);
        }
        return Optional.of(AccountId.parse(earlier.get().result()));
    }

    /**
     * Runs a write once per request id, in one transaction with its row in the write log: a
     * replay, or a second copy that loses the race on the log's primary key, returns the first
     * outcome instead of running again.
     */
    private String once(RequestId request, String account, String operation, Supplier<@Nullable String> effect) {
        return once(request, () -> replay(request, account, operation), account, operation, effect);
    }

    /** The same, with the way to find an earlier outcome of the request given. */
    private String once(RequestId request, Supplier<Optional<String>> replayed, String account, String operation,
            Supplier<@Nullable String> effect) {
        var earlier = replayed.get();
        if (earlier.isPresent()) {
            return earlier.get();
        }
        try {
            var result = transactions.execute(status -> {
                var outcome = effect.get();
                jdbc.sql("INSERT INTO storage_write (request_id, account_id, operation, result_id, created_at) VALUES (?, ?, ?, ?, ?)")
                        .params(request.toString(), account, operation, outcome, now()).update();
                return outcome == null ? "" : outcome;
            });
            return result == null ? "" : result;
        } catch (DuplicateKeyException raced) {
            return replayed.get().orElseThrow(() -> raced);
        }
    }

    private @Nullable Instant countFailure(String subject, Instant now, int limit) {
        var row = jdbc.sql("SELECT failures, window_started_at FROM storage_lockout WHERE subject = ? FOR UPDATE")
                .param(subject)
                .query((rs, n) -> new Object[] {rs.getInt(1), rs.getTimestamp(2).toInstant()})
                .optional();
        var windowStart = now.minus(settings.pause());
        var failures = row.isPresent() && ((Instant) row.get()[1]).isAfter(windowStart) ? (int) row.get()[0] + 1 : 1;
        var started = row.isPresent() && failures > 1 ? (Instant) row.get()[1] : now;
        Instant lockedUntil = failures >= limit ? now.plus(settings.pause()) : null;
        jdbc.sql("""
                INSERT INTO storage_lockout (subject, failures, window_started_at, locked_until) VALUES (?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE failures = VALUES(failures), window_started_at = VALUES(window_started_at),
                    locked_until = VALUES(locked_until)""")
                .params(subject, lockedUntil == null ? failures : 0, timestamp(started),
                        lockedUntil == null ? null : timestamp(lockedUntil))
                .update();
        return lockedUntil;
    }

    private Optional<Instant> pausedUntil(List<String> subjects, Instant now) {
        return jdbc.sql("SELECT MAX(locked_until) FROM storage_lockout WHERE subject IN (:subjects) AND locked_until > :now")
                .param("subjects", subjects).param("now", timestamp(now))
                .query((rs, n) -> rs.getTimestamp(1)).optional()
                .map(Timestamp::toInstant);
    }

    private Optional<AccountRow> findByUsername(String normalised) {
        return jdbc.sql("SELECT * FROM storage_account WHERE username_hash = ?").param(keys.usernameHash(normalised))
                .query(this::accountRow).optional();
    }

    private Optional<AccountRow> findById(AccountId id) {
        return jdbc.sql("SELECT * FROM storage_account WHERE id = ?").param(id.toString())
                .query(this::accountRow).optional();
    }

    private AccountRow accountRow(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new AccountRow(rs.getString("id"), rs.getBytes("username_sealed"), rs.getBytes("email_sealed"),
                rs.getString("pin_hash"), rs.getBoolean("pin_reset_required"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("last_active_at").toInstant());
    }

    private Visitor visitor(AccountRow row) {
        var id = AccountId.parse(row.id());
        var email = row.emailSealed() == null ? null
                : new String(sealing.open(row.emailSealed(), ad(id, "email")), StandardCharsets.UTF_8);
        return new Visitor(id, new String(sealing.open(row.usernameSealed(), ad(id, "username")), StandardCharsets.UTF_8),
                email, row.pinResetRequired());
    }

    private DocumentSummary summary(AccountId account, java.sql.ResultSet rs) throws java.sql.SQLException {
        var id = DocumentId.parse(rs.getString("id")).orElseThrow();
        return new DocumentSummary(id, DocumentKind.valueOf(rs.getString("kind")),
                new String(sealing.open(rs.getBytes("name_sealed"), ad(account, id, "name")), StandardCharsets.UTF_8),
                rs.getString("media_type"), rs.getLong("size_bytes"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }

    private void touch(AccountId account) {
        jdbc.sql("UPDATE storage_account SET last_active_at = ? WHERE id = ?").params(now(), account.toString()).update();
    }

    private void audit(String actor, String action, @Nullable String account, @Nullable String detail) {
        jdbc.sql("INSERT INTO storage_audit (at, actor, action, account_id, detail) VALUES (?, ?, ?, ?, ?)")
                .params(now(), actor, action, account, detail).update();
    }

    private Timestamp now() {
        return timestamp(clock.instant());
    }

    private static Timestamp timestamp(Instant instant) {
        return Timestamp.from(instant);
    }

    private static String ad(AccountId account, String column) {
        return StorageSealing.account(account.toString(), column);
    }

    private static String ad(AccountId account, DocumentId document, String column) {
        return StorageSealing.document(account.toString(), document.toString(), column);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private record AccountRow(String id, byte[] usernameSealed, byte @Nullable [] emailSealed, String pinHash,
            boolean pinResetRequired, Instant createdAt, Instant lastActiveAt) {
    }

}
