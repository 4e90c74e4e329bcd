package be.werkwinkel.kiosk.storage.internal;

import be.werkwinkel.kiosk.storage.DocumentContent;
import be.werkwinkel.kiosk.storage.DocumentKind;
import be.werkwinkel.kiosk.storage.StorageSettings;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Documents saved for later whose username and PIN did not match, held sealed under the claim
 * code of the visitor's receipt (V29, decision 043) until claimed or expired. Every method runs in
 * the caller's transaction: the hold in the delivery's, the take in the claim's, so a document is
 * held or filed, never both and never lost.
 */
final class HeldDocuments {

    /** A held document, opened. */
    record Held(UUID requestId, DocumentKind kind, String name, DocumentContent content) {
    }

    private final JdbcClient jdbc;
    private final StorageSealing sealing;
    private final StorageKeys keys;
    private final StorageSettings settings;
    private final Clock clock;

    HeldDocuments(JdbcClient jdbc, StorageSealing sealing, StorageKeys keys, StorageSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.sealing = sealing;
        this.keys = keys;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Holds the document under the code.
     *
     * @throws org.springframework.dao.DuplicateKeyException when another held document has this code
     */
    void hold(UUID requestId, long terminal, String normalisedCode, DocumentKind kind, String name,
            DocumentContent content) {
        var now = clock.instant();
        var expires = now.atZone(ZoneOffset.UTC).plus(settings.heldRetention()).toInstant();
        jdbc.sql("""
                INSERT INTO storage_held_document (request_id, code_hash, terminal_id, kind, media_type, name_sealed,
                    content_sealed, size_bytes, received_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(requestId.toString(), keys.claimHash(normalisedCode), terminal, kind.name(), content.mediaType(),
                        sealing.seal(name.getBytes(StandardCharsets.UTF_8), context(requestId, "name")),
                        sealing.seal(content.bytes(), context(requestId, "content")), content.size(),
                        Timestamp.from(now), Timestamp.from(expires))
                .update();
    }

    /** At most this many documents held at once for one terminal's visitors. */
    static final int MOST_PER_TERMINAL = 100;

    /**
     * Whether one more document of this size may be held for this terminal: no larger than a
     * visitor's whole storage, and no more than {@value #MOST_PER_TERMINAL} documents or ten
     * visitors' storage per terminal, so that a terminal (or a stolen token) cannot fill the hub.
     */
    boolean roomFor(long terminal, long size) {
        var most = settings.maxSize().toBytes();
        if (size > most) {
            return false;
        }
        var held = jdbc.sql("SELECT COUNT(*), COALESCE(SUM(size_bytes), 0) FROM storage_held_document WHERE terminal_id = ?")
                .param(terminal).query((rs, row) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
        return held[0] < MOST_PER_TERMINAL && held[1] + size <= 10 * most;
    }

    /** Whether a document is held under this code (expired or not). */
    boolean taken(String normalisedCode) {
        return jdbc.sql("SELECT COUNT(*) FROM storage_held_document WHERE code_hash = ?")
                .param(keys.claimHash(normalisedCode)).query(Long.class).single() > 0;
    }

    /** The unexpired document held under this code, locked and deleted in the caller's transaction. */
    Optional<Held> take(String normalisedCode) {
        var held = jdbc.sql("""
                SELECT request_id, kind, media_type, name_sealed, content_sealed FROM storage_held_document
                WHERE code_hash = ? AND expires_at > ? FOR UPDATE""")
                .params(keys.claimHash(normalisedCode), Timestamp.from(clock.instant()))
                .query((rs, n) -> {
                    var request = UUID.fromString(rs.getString(1));
                    return new Held(request, DocumentKind.valueOf(rs.getString(2)),
                            new String(sealing.open(rs.getBytes(4), context(request, "name")), StandardCharsets.UTF_8),
                            new DocumentContent(sealing.open(rs.getBytes(5), context(request, "content")), rs.getString(3)));
                })
                .optional();
        held.ifPresent(document -> jdbc.sql("DELETE FROM storage_held_document WHERE request_id = ?")
                .param(document.requestId().toString()).update());
        return held;
    }

    /** Deletes what expired unclaimed; returns how many. */
    int deleteExpired() {
        return jdbc.sql("DELETE FROM storage_held_document WHERE expires_at <= ?")
                .param(Timestamp.from(clock.instant())).update();
    }

    private static String context(UUID requestId, String column) {
        return "storage_held_document:" + requestId + ":" + column;
    }
}
