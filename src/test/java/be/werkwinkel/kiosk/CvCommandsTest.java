package be.werkwinkel.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import be.werkwinkel.kiosk.base.KioskSettings;
import be.werkwinkel.kiosk.cv.CvDocuments;
import be.werkwinkel.kiosk.cv.JsonResume;
import be.werkwinkel.kiosk.base.KioskLanguage;
import be.werkwinkel.kiosk.storage.AccountId;
import be.werkwinkel.kiosk.storage.PersonalStorage;
import be.werkwinkel.kiosk.storage.RequestId;
import be.werkwinkel.kiosk.support.BrowserJourney;
import be.werkwinkel.kiosk.system.LocalAdminAccess;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** export-cv and import-cv against a running kiosk over loopback, with the visitor's PIN typed at a prompt. */
@BrowserJourney
class CvCommandsTest {

    static final String PIN = "482915";
    static final String RESUME = """
            {"basics": {"name": "Zoë Peeters", "email": "zoe@voorbeeld.be"},
             "work": [{"name": "Colruyt", "position": "Kassierster", "startDate": "2019-02"}],
             "languages": [{"language": "Nederlands", "fluency": "Native speaker"},
                           {"language": "Frans", "fluency": "B1"}]}
            """;

    @Autowired
    KioskSettings settings;

    @Autowired
    PersonalStorage storage;

    @Autowired
    JsonResume jsonResume;

    @TempDir
    Path folder;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    final List<String> prompts = new ArrayList<>();

    int run(String pin, String... args) {
        return new CvCommands(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                prompt -> {
                    prompts.add(prompt);
                    return pin;
                }).run(args);
    }

    String dataDir() {
        return "--kiosk.data-dir=" + settings.dataDir();
    }

    record Visitor(String username, AccountId account) {
    }

    Visitor newVisitor() {
        var username = "Zoë" + UUID.randomUUID().toString().substring(0, 8);
        return new Visitor(username, storage.createAccount(RequestId.random(), username, PIN, null));
    }

    @Test
    void a_visitor_imports_a_json_resume_and_exports_it_again_after_typing_their_pin() throws Exception {
        var visitor = newVisitor();
        var file = folder.resolve("cv.json");
        Files.writeString(file, RESUME);

        var imported = run(PIN, "import-cv", visitor.username(), file.toString(), "--name=Mijn cv van thuis", dataDir());

        assertThat(imported).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Imported as CV \"Mijn cv van thuis\"");
        assertThat(prompts).containsExactly("PIN of " + visitor.username() + " (the visitor types it): ");
        var documents = storage.documents(visitor.account());
        assertThat(documents).singleElement().satisfies(document -> {
            assertThat(document.name()).isEqualTo("Mijn cv van thuis");
            assertThat(document.mediaType()).isEqualTo(CvDocuments.CV_MEDIA_TYPE);
        });
        var cv = CvDocuments.cv(storage.open(visitor.account(), documents.getFirst().id()).content());
        assertThat(cv.person().name()).isEqualTo("Zoë Peeters");

        var target = folder.resolve("export.json");
        var exported = run(PIN, "export-cv", visitor.username(), "--out=" + target, dataDir());

        assertThat(exported).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("CV \"Mijn cv van thuis\" written to");
        assertThat(jsonResume.read(Files.readString(target), KioskLanguage.ENGLISH)).isEqualTo(cv);
    }

    @Test
    void a_wrong_pin_or_a_pin_given_as_argument_exports_nothing() {
        var visitor = newVisitor();

        assertThat(run("999111", "export-cv", visitor.username(), dataDir())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("This username and PIN do not belong together.");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();

        assertThat(run(PIN, "export-cv", visitor.username(), "--pin=" + PIN, dataDir())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("The PIN is never an argument");
        assertThat(run(PIN, "import-cv", visitor.username(), dataDir())).isEqualTo(2);
        assertThat(prompts).hasSize(1); // only the first run got as far as asking
    }

    @Test
    void a_visitor_without_a_cv_hears_so_and_a_broken_document_says_why() throws Exception {
        var visitor = newVisitor();
        assertThat(run(PIN, "export-cv", visitor.username(), dataDir())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("This visitor has no CV.");

        var file = folder.resolve("broken.json");
        Files.writeString(file, "{\"basics\": {\"name\": \"Zoë\"}, \"work\": [{\"position\": \"Kok\", \"startDate\": \"2020-13\"}]}");
        assertThat(run(PIN, "import-cv", visitor.username(), file.toString(), dataDir())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Not imported:", "$.work[0].startDate: 2020-13 is not a date");
        assertThat(storage.documents(visitor.account())).isEmpty();
    }

    @Test
    void the_import_endpoint_saves_one_cv_for_one_request_id_and_refuses_requests_without_the_token() throws Exception {
        var visitor = newVisitor();
        var access = new Properties();
        try (var in = Files.newInputStream(settings.dataDir().resolve(LocalAdminAccess.FILE_NAME))) {
            access.load(in);
        }
        var address = URI.create(access.getProperty("url") + "/local-admin/cv/json-resume/import?requestId=" + UUID.randomUUID());
        try (var http = HttpClient.newHttpClient()) {
            var request = HttpRequest.newBuilder(address)
                    .header(LocalAdminAccess.TOKEN_HEADER, access.getProperty("token"))
                    .header("X-Kiosk-Visitor", URLEncoder.encode(visitor.username(), StandardCharsets.UTF_8))
                    .header("X-Kiosk-Visitor-Pin", PIN)
                    .POST(HttpRequest.BodyPublishers.ofString(RESUME)).build();
            var first = http.send(request, HttpResponse.BodyHandlers.ofString());
            var second = http.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
            assertThat(second.body()).isEqualTo(first.body());
            assertThat(storage.documents(visitor.account())).hasSize(1);

            var withoutToken = http.send(HttpRequest.newBuilder(address)
                    .header("X-Kiosk-Visitor", visitor.username()).header("X-Kiosk-Visitor-Pin", PIN)
                    .POST(HttpRequest.BodyPublishers.ofString(RESUME)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(withoutToken.statusCode()).isEqualTo(403);
            var exportWithoutPin = http.send(HttpRequest.newBuilder(URI.create(access.getProperty("url")
                            + "/local-admin/cv/json-resume/export"))
                    .header(LocalAdminAccess.TOKEN_HEADER, access.getProperty("token"))
                    .header("X-Kiosk-Visitor", URLEncoder.encode(visitor.username(), StandardCharsets.UTF_8))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(exportWithoutPin.statusCode()).isEqualTo(401);
            assertThat(exportWithoutPin.body()).doesNotContain("basics");
        }
        assertThat(storage.documents(visitor.account())).hasSize(1);
    }

    @Test
    void the_kiosk_command_line_knows_the_cv_commands() {
        assertThat(KioskCommandLine.isCommand(new String[] {"export-cv", "x"})).isTrue();
        assertThat(KioskCommandLine.isCommand(new String[] {"import-cv", "x", "y"})).isTrue();
        assertThat(KioskCommandLine.isCommand(new String[] {"export-cvs"})).isFalse();
    }
}
