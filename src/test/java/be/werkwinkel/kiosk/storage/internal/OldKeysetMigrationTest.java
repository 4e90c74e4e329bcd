package be.werkwinkel.kiosk.storage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.werkwinkel.kiosk.base.Sealing;
import be.werkwinkel.kiosk.storage.AccountId;
import be.werkwinkel.kiosk.storage.DocumentId;
import be.werkwinkel.kiosk.storage.DocumentKind;
import be.werkwinkel.kiosk.storage.PersonalStorage;
import be.werkwinkel.kiosk.storage.RequestId;
import be.werkwinkel.kiosk.storage.SignIn;
import be.werkwinkel.kiosk.storage.StorageSettings;
import be.werkwinkel.kiosk.support.KioskTest;
import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An installation from before the one sealing key: rows sealed under its own storage keyset (as
 * the earlier version wrote them, byte for byte) are re-sealed with the kiosk's sealing key, read
 * back from the raw rows, and survive a run that breaks off halfway; only then is the old keyset
 * file renamed, never deleted.
 */
@KioskTest
class OldKeysetMigrationTest {

    private static final String PIN = "482915";
    private static final AtomicInteger NAMES = new AtomicInteger();

    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    Sealing sealing;
    @Autowired
    StorageKeys keys;
    @Autowired
    StorageSettings settings;
    @Autowired
    Clock clock;
    @Autowired
    ApplicationEventPublisher events;
    /** The application's own storage: the sealing key only, no old keyset at all. */
    @Autowired
    PersonalStorage current;

    @TempDir
    Path keysDirectory;

    private Path oldKeysetFile;
    private Aead oldAead;
    private final List<String> accounts = new ArrayList<>();

    @BeforeEach
    void anOldInstallationsKeyset() throws Exception {
        AeadConfig.register();
        var handle = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
        oldKeysetFile = keysDirectory.resolve("storage-keyset.json");
        Files.writeString(oldKeysetFile, TinkJsonProtoKeysetFormat.serializeKeyset(handle, InsecureSecretKeyAccess.get()));
        oldAead = handle.getPrimitive(RegistryConfiguration.get(), Aead.class);
    }

    @AfterEach
    void removeTheOldRows() {
        accounts.forEach(id -> jdbc.sql("DELETE FROM storage_account WHERE id = ?").param(id).update());
    }

    private StorageSealing storageSealing() {
        return new StorageSealing(sealing, new OldStorageKeyset(oldKeysetFile));
    }

    private StorageService storageDuringTheMove(StorageSealing storageSealing) {
        return new StorageService(jdbc, transactions, keys, storageSealing, settings, clock, events);
    }

    @Test
    void old_rows_open_before_the_move_and_are_resealed_with_the_one_key_after_it() throws Exception {
        var name = "Samira" + NAMES.incrementAndGet() + UUID.randomUUID().toString().substring(0, 6);
        var account = oldAccount(name, "samira.benali@voorbeeld.be", true);
        var cv = oldDocument(account, "Cv van Samira Benali", "Ervaring: kassierster bij Delhaize Molenbeek");
        var letter = oldDocument(account, "Brief aan Bakkerij Janssens", "Geachte heer Janssens, graag solliciteer ik");
        var rawBefore = rawDocument(cv);
        var moving = storageSealing();
        var storage = storageDuringTheMove(moving);

        // before: an old row opens for the visitor, through the old keyset
        assertThat(storage.signIn(name, PIN, UUID.randomUUID().toString()))
                .isInstanceOfSatisfying(SignIn.SignedIn.class, in -> {
                    assertThat(in.visitor().username()).isEqualTo(name);
                    assertThat(in.visitor().email()).isEqualTo("samira.benali@voorbeeld.be");
                });
        assertThat(text(storage.open(account, cv).content().bytes())).isEqualTo("Ervaring: kassierster bij Delhaize Molenbeek");
        assertThatThrownBy(() -> current.open(account, cv)).as("not under the sealing key yet")
                .isInstanceOf(Sealing.SealingException.class);
        // a rename during the move seals the new name with the one key; the row is still to be moved
        storage.rename(RequestId.random(), account, letter, "Brief aan Bakkerij Janssens (2)");

        var outcome = new OldKeysetMigration(jdbc, transactions, moving).migrate();

        assertThat(outcome.accounts()).isEqualTo(1);
        assertThat(outcome.documents()).isEqualTo(2);
        assertThat(outcome.left()).isZero();
        assertThat(marks(account)).containsOnly(false);
        // the raw rows: new ciphertext, nothing readable in it, opening with the sealing key alone
        var rawAfter = rawDocument(cv);
        assertThat(rawAfter).isNotEqualTo(rawBefore);
        var dump = new String(rawAfter, StandardCharsets.ISO_8859_1) + new String(rawAccount(account), StandardCharsets.ISO_8859_1);
        for (var secret : List.of("Samira", "samira", "Benali", "voorbeeld.be", "kassierster", "Delhaize", "Cv van")) {
            assertThat(dump).as(secret).doesNotContain(secret);
        }
        assertThat(sealing.open(rawAfter, ("storage_document:" + account + ":" + cv + ":content").getBytes(StandardCharsets.UTF_8)))
                .asString(StandardCharsets.UTF_8).isEqualTo("Ervaring: kassierster bij Delhaize Molenbeek");
        assertThat(current.signIn(name, PIN, UUID.randomUUID().toString())).isInstanceOf(SignIn.SignedIn.class);
        assertThat(current.documents(account)).extracting(d -> d.name())
                .containsExactlyInAnyOrder("Cv van Samira Benali", "Brief aan Bakkerij Janssens (2)");
        assertThat(text(current.open(account, letter).content().bytes())).isEqualTo("Geachte heer Janssens, graag solliciteer ik");
        assertThat(current.overview(account).email()).isEqualTo("samira.benali@voorbeeld.be");
        // the old keyset is not needed any more: renamed beside itself, the key material kept
        assertThat(outcome.retired()).isTrue();
        assertThat(oldKeysetFile).doesNotExist();
        assertThat(keysDirectory.resolve("storage-keyset.json.retired")).exists();
        assertThat(moving.old().present()).isFalse();
    }

    @Test
    void a_move_that_breaks_off_halfway_loses_nothing_and_the_next_run_finishes_it() {
        var account = oldAccount("Bezoeker" + NAMES.incrementAndGet() + UUID.randomUUID().toString().substring(0, 6),
                null, false);
        var documents = new ArrayList<DocumentId>();
        for (var i = 0; i < 7; i++) {
            documents.add(oldDocument(account, "Brief " + i, "Inhoud van brief " + i));
        }
        var moving = storageSealing();
        var interrupted = new OldKeysetMigration(jdbc, transactions, moving, 2);
        var rows = new AtomicInteger();
        interrupted.afterEachRow(() -> {
            if (rows.incrementAndGet() == 4) { // the account (a batch of its own), then 2 documents, then the crash
                throw new IllegalStateException("power cut");
            }
        });

        assertThatThrownBy(interrupted::migrate).hasMessage("power cut");

        assertThat(marks(account).stream().filter(mark -> !mark).count()).as("account and first batch committed").isEqualTo(3);
        assertThat(oldKeysetFile).as("kept while rows are left").exists();
        var storage = storageDuringTheMove(moving);
        for (var i = 0; i < documents.size(); i++) {
            assertThat(text(storage.open(account, documents.get(i)).content().bytes())).isEqualTo("Inhoud van brief " + i);
        }

        var outcome = new OldKeysetMigration(jdbc, transactions, moving, 2).migrate();

        assertThat(outcome.documents()).isEqualTo(5);
        assertThat(outcome.left()).isZero();
        assertThat(marks(account)).containsOnly(false);
        for (var i = 0; i < documents.size(); i++) {
            assertThat(text(current.open(account, documents.get(i)).content().bytes())).isEqualTo("Inhoud van brief " + i);
        }
        assertThat(oldKeysetFile).doesNotExist();
        assertThat(keysDirectory.resolve("storage-keyset.json.retired")).exists();
    }

    @Test
    void without_the_old_keyset_nothing_is_changed_and_nothing_is_retired() throws Exception {
        var account = oldAccount("Bezoeker" + NAMES.incrementAndGet() + UUID.randomUUID().toString().substring(0, 6),
                null, false);
        var document = oldDocument(account, "Cv", "inhoud");
        var raw = rawDocument(document);
        Files.move(oldKeysetFile, keysDirectory.resolve("elsewhere.json"));

        var outcome = new OldKeysetMigration(jdbc, transactions, storageSealing()).migrate();

        assertThat(outcome.left()).isEqualTo(2);
        assertThat(outcome.retired()).isFalse();
        assertThat(rawDocument(document)).isEqualTo(raw);
        assertThat(marks(account)).containsOnly(true);
    }

    @Test
    void a_retired_keyset_is_read_again_when_an_old_backup_comes_back() throws Exception {
        var account = oldAccount("Bezoeker" + NAMES.incrementAndGet() + UUID.randomUUID().toString().substring(0, 6),
                null, false);
        var document = oldDocument(account, "Cv", "uit een oude back-up");
        Files.move(oldKeysetFile, keysDirectory.resolve("storage-keyset.json.retired"));

        var outcome = new OldKeysetMigration(jdbc, transactions, storageSealing()).migrate();

        assertThat(outcome.left()).isZero();
        assertThat(text(current.open(account, document).content().bytes())).isEqualTo("uit een oude back-up");
    }

    // ---- rows as the earlier version wrote them -----------------------------------------------

    private AccountId oldAccount(String name, String email, boolean realPin) {
        var id = new AccountId(UUID.randomUUID());
        var pinHash = realPin ? Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode(keys.pepperedPin(PIN)) : "x";
        var now = Timestamp.from(Instant.now());
        jdbc.sql("""
                INSERT INTO storage_account (id, username_hash, username_sealed, email_sealed, pin_hash,
                    pin_reset_required, created_at, last_active_at, old_keyset) VALUES (?, ?, ?, ?, ?, FALSE, ?, ?, TRUE)""")
                .params(id.toString(), keys.usernameHash(name.toLowerCase(Locale.ROOT)),
                        oldSeal(name, "storage_account:" + id + ":username"),
                        email == null ? null : oldSeal(email, "storage_account:" + id + ":email"), pinHash, now, now)
                .update();
        accounts.add(id.toString());
        return id;
    }

    private DocumentId oldDocument(AccountId account, String name, String content) {
        var id = new DocumentId(UUID.randomUUID());
        var now = Timestamp.from(Instant.now());
        jdbc.sql("""
                INSERT INTO storage_document (id, account_id, kind, media_type, name_sealed, content_sealed, size_bytes,
                    created_at, updated_at, old_keyset) VALUES (?, ?, ?, 'text/plain', ?, ?, ?, ?, ?, TRUE)""")
                .params(id.toString(), account.toString(), DocumentKind.LETTER.name(),
                        oldSeal(name, "storage_document:" + account + ":" + id + ":name"),
                        oldSeal(content, "storage_document:" + account + ":" + id + ":content"),
                        content.length(), now, now)
                .update();
        return id;
    }

    private byte[] oldSeal(String plain, String associatedData) {
        try {
            return oldAead.encrypt(plain.getBytes(StandardCharsets.UTF_8), associatedData.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Boolean> marks(AccountId account) {
        var marks = new ArrayList<Boolean>();
        marks.addAll(jdbc.sql("SELECT old_keyset FROM storage_account WHERE id = ?").param(account.toString())
                .query(Boolean.class).list());
        marks.addAll(jdbc.sql("SELECT old_keyset FROM storage_document WHERE account_id = ?").param(account.toString())
                .query(Boolean.class).list());
        return marks;
    }

    private byte[] rawDocument(DocumentId document) {
        return jdbc.sql("SELECT content_sealed FROM storage_document WHERE id = ?").param(document.toString())
                .query((rs, n) -> rs.getBytes(1)).single();
    }

    private byte[] rawAccount(AccountId account) {
        return jdbc.sql("SELECT CONCAT(username_sealed, COALESCE(email_sealed, '')) FROM storage_account WHERE id = ?")
                .param(account.toString()).query((rs, n) -> rs.getBytes(1)).single();
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
