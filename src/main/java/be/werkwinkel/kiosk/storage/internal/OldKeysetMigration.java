package be.werkwinkel.kiosk.storage.internal;

import be.werkwinkel.kiosk.base.Sealing.SealingException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-seals, once, every personal-storage row still sealed under the old storage keyset with the
 * kiosk's one sealing key (decision 019). Rows are taken in small batches, each one transaction
 * that writes the new ciphertexts, reads them back and opens them with the sealing key alone, and
 * only then clears the row's {@code old_keyset} mark: a crash at any moment rolls back at most
 * the batch in hand, whose rows are still readable with the old keyset and are taken again at the
 * next run. Rows a visitor's screen is writing at that moment are skipped ({@code SKIP LOCKED})
 * and taken at the next run. When no marked row is left, the old keyset file is renamed (never
 * deleted) to {@code .retired}.
 */
final class OldKeysetMigration {

    private static final Logger log = LoggerFactory.getLogger(OldKeysetMigration.class);

    /** Rows per transaction. */
    static final int BATCH = 100;
    /** Document bytes per transaction: a batch ends early rather than hold a huge undo log. */
    static final long BATCH_BYTES = 16L * 1024 * 1024;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final StorageSealing sealing;
    private final int batchSize;
    private volatile boolean stopping;
    /** Runs after each row is re-sealed, inside its batch's transaction: tests make it fail there, as a crash would. */
    private volatile Runnable afterEachRow = () -> { };

    /**
     * @param accounts account rows re-sealed in this run
     * @param documents document rows re-sealed in this run
     * @param left rows still marked afterwards (unreadable under both keys, or in use by a screen)
     * @param retired whether the old keyset file was renamed to its retired name in this run
     */
    record Outcome(int accounts, int documents, long left, boolean retired) {
    }

    private record Batch(@Nullable String lastId, int resealed) {
    }

    OldKeysetMigration(JdbcClient jdbc, TransactionTemplate transactions, StorageSealing sealing) {
        this(jdbc, transactions, sealing, BATCH);
    }

    OldKeysetMigration(JdbcClient jdbc, TransactionTemplate transactions, StorageSealing sealing, int batchSize) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.sealing = sealing;
        this.batchSize = batchSize;
    }

    void afterEachRow(Runnable hook) {
        this.afterEachRow = hook;
    }

    /** Asks a run in progress to stop after the batch in hand (the kiosk is shutting down). */
    void stop() {
        stopping = true;
    }

    long marked() {
        return jdbc.sql("SELECT (SELECT COUNT(*) FROM storage_account WHERE old_keyset = TRUE)"
                + " + (SELECT COUNT(*) FROM storage_document WHERE old_keyset = TRUE)").query(Long.class).single();
    }

    Outcome migrate() {
        var before = marked();
        if (before > 0 && !sealing.old().present()) {
            log.error("{} personal-storage rows are sealed under the old storage keyset, but neither {} nor its retired "
                    + "copy is there: restore it from the backup of the keys directory (decision 019)", before,
                    sealing.old().file());
            return new Outcome(0, 0, before, false);
        }
        var started = System.nanoTime();
        var accounts = 0;
        var documents = 0;
        if (before > 0) {
            log.info("Re-sealing {} personal-storage rows with the kiosk's sealing key (decision 019)", before);
            accounts = run(this::accountBatch);
            documents = run(this::documentBatch);
        }
        if (stopping) {
            return new Outcome(accounts, documents, marked(), false);
        }
        var left = marked();
        var retired = false;
        if (left == 0) {
            retired = sealing.old().retire().isPresent();
        } else {
            log.warn("{} personal-storage rows are still sealed under the old storage keyset (unreadable under both keys, "
                    + "or being changed); the keyset {} stays and they are tried again at the next start", left,
                    sealing.old().file());
        }
        if (before > 0) {
            log.info("Re-sealed {} accounts and {} documents with the kiosk's sealing key in {} ms", accounts, documents,
                    (System.nanoTime() - started) / 1_000_000);
        }
        return new Outcome(accounts, documents, left, retired);
    }

    private int run(java.util.function.Function<String, Batch> batch) {
        var after = "";
        var total = 0;
        while (!stopping) {
            var from = after;
            var done = Objects.requireNonNull(transactions.execute(status -> batch.apply(from)));
            total += done.resealed();
            if (done.lastId() == null) {
                break;
            }
            after = done.lastId();
        }
        return total;
    }

    private Batch accountBatch(String after) {
        var rows = jdbc.sql("""
                SELECT id, username_sealed, email_sealed FROM storage_account WHERE old_keyset = TRUE AND id > ?
                ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED""")
                .params(after, batchSize)
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getBytes(2), rs.getBytes(3)})
                .list();
        var resealed = 0;
        String last = null;
        for (var row : rows) {
            var id = (String) row[0];
            last = id;
            byte[] username;
            byte[] email;
            try {
                username = sealing.open((byte[]) row[1], StorageSealing.account(id, "username"));
                email = row[2] == null ? null : sealing.open((byte[]) row[2], StorageSealing.account(id, "email"));
            } catch (SealingException unreadable) {
                log.warn("Account {} does not open under either key; it is left as it is", id);
                continue;
            }
            jdbc.sql("UPDATE storage_account SET username_sealed = ?, email_sealed = ?, old_keyset = FALSE WHERE id = ?")
                    .params(sealing.seal(username, StorageSealing.account(id, "username")),
                            email == null ? null : sealing.seal(email, StorageSealing.account(id, "email")), id)
                    .update();
            var written = jdbc.sql("SELECT username_sealed, email_sealed FROM storage_account WHERE id = ?").param(id)
                    .query((rs, n) -> new byte[][] {rs.getBytes(1), rs.getBytes(2)}).single();
            verify(username, written[0], StorageSealing.account(id, "username"));
            verify(email, written[1], StorageSealing.account(id, "email"));
            resealed++;
            afterEachRow.run();
        }
        return new Batch(last, resealed);
    }

    private Batch documentBatch(String after) {
        var candidates = jdbc.sql("""
                SELECT id, account_id, size_bytes FROM storage_document WHERE old_keyset = TRUE AND id > ?
                ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED""")
                .params(after, batchSize)
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getString(2), rs.getLong(3)})
                .list();
        var rows = new ArrayList<Object[]>();
        var bytes = 0L;
        for (var row : candidates) {
            if (!rows.isEmpty() && bytes + (long) row[2] > BATCH_BYTES) {
                break; // the rest stays locked until this transaction ends, and is taken by the next batch
            }
            rows.add(row);
            bytes += (long) row[2];
        }
        var resealed = 0;
        String last = null;
        for (var row : rows) {
            var id = (String) row[0];
            var account = (String) row[1];
            last = id;
            var sealed = jdbc.sql("SELECT name_sealed, content_sealed FROM storage_document WHERE id = ?").param(id)
                    .query((rs, n) -> new byte[][] {rs.getBytes(1), rs.getBytes(2)}).single();
            byte[] name;
            byte[] content;
            try {
                name = sealing.open(sealed[0], StorageSealing.document(account, id, "name"));
                content = sealing.open(sealed[1], StorageSealing.document(account, id, "content"));
            } catch (SealingException unreadable) {
                log.warn("Document {} does not open under either key; it is left as it is", id);
                continue;
            }
            jdbc.sql("UPDATE storage_document SET name_sealed = ?, content_sealed = ?, old_keyset = FALSE WHERE id = ?")
                    .params(sealing.seal(name, StorageSealing.document(account, id, "name")),
                            sealing.seal(content, StorageSealing.document(account, id, "content")), id)
                    .update();
            var written = jdbc.sql("SELECT name_sealed, content_sealed FROM storage_document WHERE id = ?").param(id)
                    .query((rs, n) -> new byte[][] {rs.getBytes(1), rs.getBytes(2)}).single();
            verify(name, written[0], StorageSealing.document(account, id, "name"));
            verify(content, written[1], StorageSealing.document(account, id, "content"));
            resealed++;
            afterEachRow.run();
        }
        return new Batch(last, resealed);
    }

    /** What was written opens with the sealing key alone, to the same bytes; else the batch rolls back. */
    private void verify(byte @Nullable [] plain, byte @Nullable [] written, String context) {
        if (plain == null && written == null) {
            return;
        }
        if (plain == null || written == null || !Arrays.equals(plain, sealing.openWithSealingKey(written, context))) {
            throw new IllegalStateException("A re-sealed value did not read back as it was: " + context.split(":")[0]
                    + "; the batch is rolled back");
        }
    }
}
