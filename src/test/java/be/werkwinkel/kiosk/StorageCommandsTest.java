package be.werkwinkel.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import be.werkwinkel.kiosk.base.KioskSettings;
import be.werkwinkel.kiosk.storage.PersonalStorage;
import be.werkwinkel.kiosk.storage.RequestId;
import be.werkwinkel.kiosk.storage.SignIn;
import be.werkwinkel.kiosk.support.BrowserJourney;
import be.werkwinkel.kiosk.system.LocalAdminAccess;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The storage staff commands against a running kiosk, over loopback (decision 008). */
@BrowserJourney
class StorageCommandsTest {

    @Autowired
    KioskSettings settings;

    @Autowired
    PersonalStorage storage;

    @Autowired
    JdbcClient jdbc;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(String... args) {
        return new KioskCommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    @Test
    void reset_pin_prints_a_one_time_pin_that_the_visitor_must_replace_and_audits_who_did_it() {
        var name = "Cli" + UUID.randomUUID().toString().substring(0, 8);
        var account = storage.createAccount(RequestId.random(), name, "482915", null);

        var exit = run("reset-pin", name.toLowerCase(), "--staff=An Peeters", "--kiosk.data-dir=" + settings.dataDir());

        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        var matcher = Pattern.compile("One-time PIN: (\\d{6})").matcher(out.toString(StandardCharsets.UTF_8));
        assertThat(matcher.find()).isTrue();
        var signedIn = storage.signIn(name, matcher.group(1), UUID.randomUUID().toString());
        assertThat(signedIn).isInstanceOfSatisfying(SignIn.SignedIn.class, s -> assertThat(s.visitor().mustChoosePin()).isTrue());
        assertThat(jdbc.sql("SELECT actor FROM storage_audit WHERE account_id = ? AND action = 'PIN_RESET'")
                .param(account.toString()).query(String.class).single()).isEqualTo("An Peeters");
    }

    @Test
    void an_unknown_username_or_a_missing_staff_name_changes_nothing() {
        assertThat(run("reset-pin", "niemand" + UUID.randomUUID().toString().substring(0, 6), "--staff=An",
                "--kiosk.data-dir=" + settings.dataDir())).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("No account with this username.");
        assertThat(run("reset-pin", "iemand")).isEqualTo(2);
        assertThat(run("rotate-storage-key", "extra", "--staff=An")).isEqualTo(2);
    }

    @Test
    void rotate_storage_key_adds_a_key_to_the_kiosks_one_sealing_keyset_and_what_was_sealed_still_opens() throws Exception {
        var keyset = settings.dataDir().resolve("keys").resolve("sealing-keyset.json");
        var keysBefore = keyIds(keyset);
        var name = "Cli" + UUID.randomUUID().toString().substring(0, 8);
        var account = storage.createAccount(RequestId.random(), name, "482915", "cli@voorbeeld.be");

        var exit = run("rotate-storage-key", "--staff=An Peeters", "--kiosk.data-dir=" + settings.dataDir());

        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("the sealing keyset now holds " + (keysBefore + 1) + " keys (what was sealed before stays readable)");
        assertThat(keyIds(keyset)).isEqualTo(keysBefore + 1);
        assertThat(storage.overview(account).email()).as("sealed before the rotation").isEqualTo("cli@voorbeeld.be");
        assertThat(settings.dataDir().resolve("keys").resolve("storage-keyset.json")).as("one keyset only").doesNotExist();
    }

    private static long keyIds(java.nio.file.Path keyset) throws java.io.IOException {
        return Pattern.compile("\"keyId\"").matcher(Files.readString(keyset)).results().count();
    }

    @Test
    void the_storage_admin_endpoints_refuse_requests_without_the_token() throws Exception {
        var access = new Properties();
        try (var in = Files.newInputStream(settings.dataDir().resolve(LocalAdminAccess.FILE_NAME))) {
            access.load(in);
        }
        try (var http = HttpClient.newHttpClient()) {
            var noToken = http.send(HttpRequest.newBuilder(URI.create(access.getProperty("url")
                    + "/local-admin/storage/rotate-key?staff=x")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(noToken.statusCode()).isEqualTo(403);
        }
    }
}
