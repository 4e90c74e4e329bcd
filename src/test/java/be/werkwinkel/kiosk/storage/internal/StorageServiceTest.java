package be.werkwinkel.kiosk.storage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.werkwinkel.kiosk.base.Sealing;
import be.werkwinkel.kiosk.storage.AccountId;
import be.werkwinkel.kiosk.storage.DocumentContent;
import be.werkwinkel.kiosk.storage.DocumentKind;
import be.werkwinkel.kiosk.storage.DocumentMail;
import be.werkwinkel.kiosk.storage.DocumentSaved;
import be.werkwinkel.kiosk.storage.PersonalStorage;
import be.werkwinkel.kiosk.storage.RequestId;
import be.werkwinkel.kiosk.storage.SignIn;
import be.werkwinkel.kiosk.storage.StorageAdministration;
import be.werkwinkel.kiosk.storage.StorageProblem;
import be.werkwinkel.kiosk.storage.StorageProblem.Reason;
import be.werkwinkel.kiosk.support.KioskTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Personal storage on the real embedded MariaDB, in the context the other {@code @KioskTest}s share. */
@KioskTest
@RecordApplicationEvents
class StorageServiceTest {

    private static final AtomicInteger NAMES = new AtomicInteger();

    @Autowired
    PersonalStorage storage;

    @Autowired
    StorageAdministration administration;

    @Autowired
    be.werkwinkel.kiosk.base.KioskSettings kiosk;

    @Autowired
    DocumentMail mail;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    private static String newUsername() {
        return "Bezoeker" + UUID.randomUUID().toString().substring(0, 8) + NAMES.incrementAndGet();
    }

    private static String terminal() {
        return UUID.randomUUID().toString();
    }

    private static DocumentContent text(String text) {
        return new DocumentContent(text.getBytes(StandardCharsets.UTF_8), "text/plain");
    }

    @Test
    void a_visitor_signs_in_with_username_in_any_capitals_and_pin() {
        var name = newUsername();
        var account = storage.createAccount(RequestId.random(), name, "482915", "fatima@voorbeeld.be");

        var outcome = storage.signIn(name.toUpperCase(Locale.ROOT), "482915", terminal());

        assertThat(outcome).isInstanceOfSatisfying(SignIn.SignedIn.class, signedIn -> {
            assertThat(signedIn.visitor().id()).isEqualTo(account);
            assertThat(signedIn.visitor().username()).isEqualTo(name);
            assertThat(signedIn.visitor().email()).isEqualTo("fatima@voorbeeld.be");
            assertThat(signedIn.visitor().mustChoosePin()).isFalse();
        });
        assertThat(storage.signIn(name, "482916", terminal())).isInstanceOf(SignIn.Refused.class);
    }

    @Test
    void a_taken_username_is_refused_whatever_its_capitals_and_changes_nothing() {
        var name = newUsername();
        storage.createAccount(RequestId.random(), name, "482915", null);
        var accounts = accountCount();

        assertThat(storage.isUsernameFree(name.toLowerCase(Locale.ROOT))).isFalse();
        assertThatThrownBy(() -> storage.createAccount(RequestId.random(), name.toLowerCase(Locale.ROOT), "731946", null))
                .isInstanceOfSatisfying(StorageProblem.class, problem -> assertThat(problem.reason()).isEqualTo(Reason.USERNAME_TAKEN));
        assertThat(accountCount()).isEqualTo(accounts);
        assertThat(storage.isUsernameFree(newUsername())).isTrue();
    }

    @Test
    void obvious_pins_and_bad_e_mail_addresses_are_refused_and_change_nothing() {
        var accounts = accountCount();
        for (var pin : List.of("000000", "123456", "250385", "121212")) {
            assertThatThrownBy(() -> storage.createAccount(RequestId.random(), newUsername(), pin, null))
                    .isInstanceOfSatisfying(StorageProblem.class, p -> assertThat(p.reason()).isEqualTo(Reason.PIN_OBVIOUS));
        }
        assertThatThrownBy(() -> storage.createAccount(RequestId.random(), newUsername(), "482915", "geen-adres"))
                .isInstanceOfSatisfying(StorageProblem.class, p -> assertThat(p.reason()).isEqualTo(Reason.EMAIL_INVALID));
        assertThat(accountCount()).isEqualTo(accounts);
    }

    @Test
    void a_database_dump_shows_no_username_e_mail_document_name_or_content() {
        var name = "Zeynep" + NAMES.incrementAndGet() + "Ağrı";
        var account = storage.createAccount(RequestId.random(), name, "482915", "zeynep.yilmaz@voorbeeld.be");
        storage.save(RequestId.random(), account, DocumentKind.CV, "Cv van Zeynep Yılmaz",
                be.werkwinkel.kiosk.storage.TestDocumentFormat.cv("Ervaring: heftruckchauffeur bij Brouwerij Ağrı, 2019-2024"));

        var dump = new ArrayList<byte[]>();
        var sent = mail.sendToMyself(RequestId.random(), account, storage.documents(account).getFirst().id(),
                "zeynep.yilmaz@voorbeeld.be", Locale.of("nl"));
        for (var table : List.of("storage_account", "storage_document", "storage_write", "storage_audit", "storage_lockout",
                "storage_mail", "mail_outbox")) {
            dump.addAll(jdbc.sql("SELECT * FROM " + table).query((rs, n) -> {
                var row = new StringBuilder();
                for (var column = 1; column <= rs.getMetaData().getColumnCount(); column++) {
                    var value = rs.getObject(column);
                    row.append(value instanceof byte[] bytes ? new String(bytes, StandardCharsets.ISO_8859_1)
                            : value == null ? "" : new String(value.toString().getBytes(StandardCharsets.UTF_8),
                                    StandardCharsets.ISO_8859_1)).append('|');
                }
                return row.toString().getBytes(StandardCharsets.ISO_8859_1);
            }).list());
        }
        var everything = String.join("\n", dump.stream().map(row -> new String(row, StandardCharsets.ISO_8859_1)).toList());
        assertThat(everything).contains(account.toString()); // the dump is really there
        assertThat(everything).as("the sent-mail record and the waiting mail").contains(sent.request().toString());
        for (var secret : List.of(name, name.toLowerCase(Locale.ROOT), "zeynep", "Zeynep", "voorbeeld.be", "Cv van",
                "Yılmaz", "heftruckchauffeur", "Brouwerij")) {
            assertThat(everything).as("raw rows contain %s", secret)
                    .doesNotContain(new String(secret.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
        }
        // and the service reads it all back
        assertThat(storage.documents(account)).singleElement()
                .satisfies(document -> assertThat(document.name()).isEqualTo("Cv van Zeynep Yılmaz"));
    }

    @Test
    void a_sealed_value_moved_to_another_row_does_not_decrypt() {
        var first = storage.createAccount(RequestId.random(), newUsername(), "482915", null);
        var second = storage.createAccount(RequestId.random(), newUsername(), "482915", null);
        var id = storage.save(RequestId.random(), first, DocumentKind.LETTER, "Brief", text("eerste"));
        var other = storage.save(RequestId.random(), second, DocumentKind.LETTER, "Brief", text("tweede"));
        jdbc.sql("UPDATE storage_document SET content_sealed = (SELECT c FROM (SELECT content_sealed c FROM storage_document WHERE id = ?) x) WHERE id = ?")
                .params(id.toString(), other.toString()).update();

        assertThatThrownBy(() -> storage.open(second, other)).isInstanceOf(Sealing.SealingException.class);
    }

    @Test
    void every_write_replayed_with_its_request_id_has_one_effect() {
        var create = RequestId.random();
        var name = newUsername();
        var account = storage.createAccount(create, name, "482915", null);
        assertThat(storage.createAccount(create, name, "482915", null)).isEqualTo(account);

        var save = RequestId.random();
        var document = storage.save(save, account, DocumentKind.SAVED_VACANCY, "Slager", vacancy("17"));
        assertThat(storage.save(save, account, DocumentKind.SAVED_VACANCY, "Slager", vacancy("17"))).isEqualTo(document);
        assertThat(storage.documents(account)).hasSize(1);

        var duplicate = RequestId.random();
        var copy = storage.duplicate(duplicate, account, document, "Kopie van Slager");
        assertThat(storage.duplicate(duplicate, account, document, "Kopie van Slager")).isEqualTo(copy);
        assertThat(storage.documents(account)).hasSize(2);

        var rename = RequestId.random();
        storage.rename(rename, account, copy, "Slager Aalst");
        storage.rename(rename, account, copy, "Slager Aalst");
        assertThat(storage.open(account, copy).summary().name()).isEqualTo("Slager Aalst");

        var delete = RequestId.random();
        storage.delete(delete, account, copy);
        storage.delete(delete, account, copy); // a second delete of the same request is no error
        assertThat(storage.documents(account)).extracting(d -> d.id()).containsExactly(document);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM storage_write WHERE account_id = ?").param(account.toString())
                .query(Integer.class).single()).isEqualTo(5);
    }

    @Test
    void an_account_creation_retried_while_the_first_attempt_runs_answers_with_the_same_account() throws Exception {
        for (int round = 0; round < 3; round++) {
            var request = RequestId.random();
            var name = newUsername();
            var start = new java.util.concurrent.CountDownLatch(1);
            try (var pool = java.util.concurrent.Executors.newFixedThreadPool(2)) {
                java.util.concurrent.Callable<AccountId> attempt = () -> {
                    start.await();
                    return storage.createAccount(request, name, "482915", null);
                };
                var first = pool.submit(attempt);
                var retry = pool.submit(attempt);
                start.countDown();
                assertThat(retry.get()).isEqualTo(first.get());
            }
        }
    }

    @Test
    void a_request_id_of_another_account_or_operation_reveals_nothing_and_changes_nothing() {
        var create = RequestId.random();
        var owner = storage.createAccount(create, newUsername(), "482915", null);
        var stranger = storage.createAccount(RequestId.random(), newUsername(), "482915", null);
        var save = RequestId.random();
        var document = storage.save(save, owner, DocumentKind.CV, "Cv van de eigenaar", text("eigen cv"));

        // the owner's request id, sent for another account: not the owner's document id
        assertThatThrownBy(() -> storage.save(save, stranger, DocumentKind.CV, "Cv", text("x")))
                .isInstanceOfSatisfying(StorageProblem.class, p -> assertThat(p.reason()).isEqualTo(Reason.NOT_FOUND));
        assertThatThrownBy(() -> storage.duplicate(save, stranger, document, "Kopie"))
                .isInstanceOfSatisfying(StorageProblem.class, p -> assertThat(p.reason()).isEqualTo(Reason.NOT_FOUND));
        // the same account, another operation
        assertThatThrownBy(() -> storage.rename(save, owner, document, "Andere naam"))
                .isInstanceOfSatisfying(StorageProblem.class, p -> assertThat(p.reason()).isEqualTo(Reason.NOT_FOUND));
        // an account creation replayed with another username: not the first account's id
        assertThatThrownBy(() -> storage.createAccount(create, newUsername(), "482915", null))
                .isInstanceOfSatisfying(StorageProblem.class, p -> assertThat(p.reason()).isEqualTo(Reason.NOT_FOUND));

        assertThat(storage.documents(stranger)).isEmpty();
        assertThat(storage.open(owner, document).summary().name()).isEqualTo("Cv van de eigenaar");
    }

    @Test
    void a_save_publishes_document_saved_once() {
        var account = storage.createAccount(RequestId.random(), newUsername(), "482915", null);
        var request = RequestId.random();
        var document = storage.save(request, account, DocumentKind.CV, "Cv", text("cv"));
        storage.save(request, account, DocumentKind.CV, "Cv", text("cv"));
        assertThat(events.stream(DocumentSaved.class).filter(saved -> saved.account().equals(account)).toList())
                .singleElement().satisfies(saved -> {
                    assertThat(saved.document()).isEqualTo(document);
                    assertThat(saved.kind()).isEqualTo(DocumentKind.CV);
                });
    }

    @Test
    void the_fifty_first_document_is_refused_with_the_quota_reason() {
        var account = storage.createAccount(RequestId.random(), newUsername(), "482915", null);
        for (var i = 0; i < 50; i++) {
            storage.save(RequestId.random(), account, DocumentKind.SAVED_VACANCY, "Vacature " + i, vacancy(String.valueOf(i + 1)));
        }

        assertThatThrownBy(() -> storage.save(RequestId.random(), account, DocumentKind.CV, "Nog een", text("x")))
                .isInstanceOfSatisfying(StorageProblem.class, p -> assertThat(p.reason()).isEqualTo(Reason.TOO_MANY_DOCUMENTS));
        var first = storage.documents(account).getFirst().id();
        assertThatThrownBy(() -> storage.duplicate(RequestId.random(), account, first, "Kopie"))
                .isInstanceOfSatisfying(StorageProblem.class, p -> assertThat(p.reason()).isEqualTo(Reason.TOO_MANY_DOCUMENTS));
        assertThat(storage.documents(account)).hasSize(50);
    }

    @Test
    void documents_beyond_twenty_megabytes_are_refused_with_the_room_reason() {
        var account = storage.createAccount(RequestId.random(), newUsername(), "482915", null);
        var tenMegabytes = new DocumentContent(new byte[10 * 1024 * 1024], "application/pdf");
        storage.save(RequestId.random(), account, DocumentKind.CV, "Cv 1", tenMegabytes);
        storage.save(RequestId.random(), account, DocumentKind.CV, "Cv 2", tenMegabytes);

        assertThatThrownBy(() -> storage.save(RequestId.random(), account, DocumentKind.LETTER, "Brief", text("x")))
                .isInstanceOfSatisfying(StorageProblem.class, p -> assertThat(p.reason()).isEqualTo(Reason.NO_ROOM));
        assertThat(storage.overview(account).bytesUsed()).isEqualTo(20L * 1024 * 1024);
    }

    @Test
    void replacing_a_document_keeps_its_name_counts_once_against_the_quota_and_replays_once() {
        var account = storage.createAccount(RequestId.random(), newUsername(), "482915", null);
        var nineMegabytes = new DocumentContent(new byte[9 * 1024 * 1024], "application/pdf");
        var cv = storage.save(RequestId.random(), account, DocumentKind.CV, "Mijn cv", text("eerste versie"));
        storage.save(RequestId.random(), account, DocumentKind.CV, "Groot", nineMegabytes);

        var replace = RequestId.random();
        storage.replace(replace, account, cv, nineMegabytes); // 18 MB in all: its old content no longer counts
        storage.replace(replace, account, cv, text("a replay does not write again"));
        assertThat(storage.open(account, cv).content().size()).isEqualTo(9 * 1024 * 1024);
        assertThat(storage.open(account, cv).summary().name()).isEqualTo("Mijn cv");

        var tooBig = new DocumentContent(new byte[11 * 1024 * 1024 + 1], "application/pdf");
        assertThatThrownBy(() -> storage.replace(RequestId.random(), account, cv, tooBig))
                .isInstanceOfSatisfying(StorageProblem.class, p -> assertThat(p.reason()).isEqualTo(Reason.NO_ROOM));
        assertThat(storage.open(account, cv).content().size()).isEqualTo(9 * 1024 * 1024);

        var stranger = storage.createAccount(RequestId.random(), newUsername(), "482915", null);
        assertThatThrownBy(() -> storage.replace(RequestId.random(), stranger, cv, text("not yours")))
                .isInstanceOfSatisfying(StorageProblem.class, p -> assertThat(p.reason()).isEqualTo(Reason.NOT_FOUND));
    }

    @Test
    void five_wrong_pins_pause_the_account_even_for_the_right_pin_and_say_nothing_about_existence() {
        var name = newUsername();
        storage.createAccount(RequestId.random(), name, "482915", null);
        for (var i = 0; i < 4; i++) {
            assertThat(storage.signIn(name, "731946", terminal())).isInstanceOf(SignIn.Refused.class);
        }
        var fifth = storage.signIn(name, "731946", terminal());
        assertThat(fifth).isInstanceOfSatisfying(SignIn.Paused.class, paused -> assertThat(paused.until())
                .isBetween(Instant.now().plus(14, ChronoUnit.MINUTES), Instant.now().plus(16, ChronoUnit.MINUTES)));
        assertThat(storage.signIn(name, "482915", terminal())).as("the right PIN during the pause").isInstanceOf(SignIn.Paused.class);

        // an account that does not exist behaves the same: refused four times, paused at the fifth
        var nobody = newUsername();
        for (var i = 0; i < 4; i++) {
            assertThat(storage.signIn(nobody, "731946", terminal())).isInstanceOf(SignIn.Refused.class);
        }
        assertThat(storage.signIn(nobody, "731946", terminal())).isInstanceOf(SignIn.Paused.class);

        // the pause is a durable row: once it is over, the right PIN works again
        jdbc.sql("UPDATE storage_lockout SET locked_until = ? WHERE locked_until IS NOT NULL AND subject LIKE 'account:%'")
                .param(Timestamp.from(Instant.now().minusSeconds(1))).update();
        assertThat(storage.signIn(name, "482915", terminal())).isInstanceOf(SignIn.SignedIn.class);
    }

    @Test
    void five_wrong_attempts_on_one_terminal_pause_that_terminal_for_every_account() {
        var name = newUsername();
        storage.createAccount(RequestId.random(), name, "482915", null);
        var terminal = terminal();
        for (var i = 0; i < 4; i++) {
            assertThat(storage.signIn(newUsername(), "731946", terminal)).isInstanceOf(SignIn.Refused.class);
        }
        assertThat(storage.signIn(newUsername(), "731946", terminal)).isInstanceOf(SignIn.Paused.class);

        assertThat(storage.signIn(name, "482915", terminal)).isInstanceOf(SignIn.Paused.class);
        assertThat(storage.signIn(name, "482915", terminal())).as("another terminal").isInstanceOf(SignIn.SignedIn.class);
    }

    @Test
    void deleting_the_account_deletes_every_document_at_once_and_sign_in_fails() {
        var name = newUsername();
        var account = storage.createAccount(RequestId.random(), name, "482915", "weg@voorbeeld.be");
        storage.save(RequestId.random(), account, DocumentKind.CV, "Cv", text("cv"));
        storage.save(RequestId.random(), account, DocumentKind.LETTER, "Brief", text("brief"));

        var request = RequestId.random();
        storage.deleteAccount(request, account);
        storage.deleteAccount(request, account); // replayed: no error, no second effect

        assertThat(jdbc.sql("SELECT COUNT(*) FROM storage_document WHERE account_id = ?").param(account.toString())
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM storage_account WHERE id = ?").param(account.toString())
                .query(Integer.class).single()).isZero();
        assertThat(storage.signIn(name, "482915", terminal())).isInstanceOf(SignIn.Refused.class);
        assertThat(storage.isUsernameFree(name)).isTrue();
    }

    @Test
    void retention_deletes_only_accounts_unused_for_longer_than_24_months() {
        var old = storage.createAccount(RequestId.random(), newUsername(), "482915", null);
        storage.save(RequestId.random(), old, DocumentKind.CV, "Oud cv", text("oud"));
        var recent = storage.createAccount(RequestId.random(), newUsername(), "482915", null);
        var almost = storage.createAccount(RequestId.random(), newUsername(), "482915", null);
        setLastActive(old, Instant.now().minus(740, ChronoUnit.DAYS));
        setLastActive(almost, Instant.now().minus(700, ChronoUnit.DAYS));

        var deleted = administration.deleteInactiveAccounts();

        assertThat(deleted).isGreaterThanOrEqualTo(1);
        assertThat(exists(old)).isFalse();
        assertThat(exists(recent)).isTrue();
        assertThat(exists(almost)).isTrue();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM storage_document WHERE account_id = ?").param(old.toString())
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("SELECT detail FROM storage_audit WHERE action = 'INACTIVE_ACCOUNTS_DELETED' ORDER BY id DESC LIMIT 1")
                .query(String.class).single()).isEqualTo("count: " + deleted);
    }

    @Test
    void a_staff_reset_gives_a_one_time_pin_that_makes_the_visitor_choose_a_new_one_and_is_audited() {
        var name = newUsername();
        var account = storage.createAccount(RequestId.random(), name, "482915", null);

        var oneTime = administration.resetPin(RequestId.random(), name.toLowerCase(Locale.ROOT), "An Balie");

        assertThat(storage.signIn(name, "482915", terminal())).as("the old PIN").isInstanceOf(SignIn.Refused.class);
        var signedIn = (SignIn.SignedIn) storage.signIn(name, oneTime, terminal());
        assertThat(signedIn.visitor().mustChoosePin()).isTrue();
        storage.choosePin(RequestId.random(), account, "731946");
        assertThat(storage.signIn(name, "731946", terminal())).isInstanceOfSatisfying(SignIn.SignedIn.class,
                again -> assertThat(again.visitor().mustChoosePin()).isFalse());

        var audit = jdbc.sql("SELECT actor, action, account_id, COALESCE(detail, '') FROM storage_audit WHERE account_id = ?")
                .param(account.toString()).query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .single();
        assertThat(audit).containsExactly("An Balie", "PIN_RESET", account.toString(), "");
        assertThat(String.join(" ", audit)).doesNotContain(oneTime).doesNotContain(name);
        assertThatThrownBy(() -> administration.resetPin(RequestId.random(), newUsername(), "An Balie"))
                .isInstanceOfSatisfying(StorageProblem.class, p -> assertThat(p.reason()).isEqualTo(Reason.NOT_FOUND));
    }

    @Test
    void after_a_key_rotation_old_and_new_documents_both_open_and_the_one_keyset_is_owner_only() throws Exception {
        var account = storage.createAccount(RequestId.random(), newUsername(), "482915", "oud@voorbeeld.be");
        var before = storage.save(RequestId.random(), account, DocumentKind.LETTER, "Voor", text("voor de rotatie"));
        var keyset = kiosk.dataDir().resolve("keys").resolve("sealing-keyset.json");
        var keysBefore = keyIds(keyset);

        assertThat(administration.rotateKey("An Balie")).isEqualTo(keysBefore + 1);
        var after = storage.save(RequestId.random(), account, DocumentKind.LETTER, "Na", text("na de rotatie"));

        assertThat(keyIds(keyset)).as("the kiosk's one sealing keyset grew").isEqualTo(keysBefore + 1);
        assertThat(new String(storage.open(account, before).content().bytes(), StandardCharsets.UTF_8)).isEqualTo("voor de rotatie");
        assertThat(new String(storage.open(account, after).content().bytes(), StandardCharsets.UTF_8)).isEqualTo("na de rotatie");
        assertThat(storage.overview(account).email()).isEqualTo("oud@voorbeeld.be");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyset))).isEqualTo("rw-------");
        assertThat(kiosk.dataDir().resolve("keys").resolve("storage-keyset.json")).as("no second keyset is made")
                .doesNotExist();
        assertThat(jdbc.sql("SELECT detail FROM storage_audit WHERE action = 'KEY_ROTATED' ORDER BY id DESC LIMIT 1")
                .query(String.class).single()).isEqualTo("keys in keyset: " + (keysBefore + 1));
    }

    private static int keyIds(java.nio.file.Path keyset) throws java.io.IOException {
        return java.util.regex.Pattern.compile("\"keyId\"").matcher(Files.readString(keyset)).results().mapToInt(m -> 1).sum();
    }

    private static DocumentContent vacancy(String id) {
        return new DocumentContent(id.getBytes(StandardCharsets.UTF_8), DocumentKind.VACANCY_MEDIA_TYPE);
    }

    private int accountCount() {
        return jdbc.sql("SELECT COUNT(*) FROM storage_account").query(Integer.class).single();
    }

    private void setLastActive(AccountId account, Instant at) {
        jdbc.sql("UPDATE storage_account SET last_active_at = ? WHERE id = ?").params(Timestamp.from(at), account.toString()).update();
    }

    private boolean exists(AccountId account) {
        return jdbc.sql("SELECT COUNT(*) FROM storage_account WHERE id = ?").param(account.toString()).query(Integer.class).single() == 1;
    }
}
