package be.werkwinkel.kiosk;

import be.werkwinkel.kiosk.base.KioskLanguage;
import be.werkwinkel.kiosk.cv.CvTransfer;
import be.werkwinkel.kiosk.storage.RequestId;
import be.werkwinkel.kiosk.system.LocalAdminAccess;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * A visitor's CV as JSON Resume, with the visitor at the PC (decision 018):
 * <pre>
 * export-cv &lt;username&gt; [--document=NAME] [--out=FILE]              the CV as JSON Resume (standard output by default)
 * import-cv &lt;username&gt; &lt;file.json&gt; [--name=NAME] [--language=nl|fr|en]   a JSON Resume as a new CV
 * </pre>
 * Both ask for the visitor's PIN on the console (never an argument) and check it like a sign-in
 * at the kiosk: wrong PINs count towards the same pause, here for the terminal {@code cli}.
 * Like the other staff commands they go to a running kiosk over loopback (decision 008), else
 * run in-process. An import carries a request id: sent twice, it saves one CV.
 */
final class CvCommands {

    static final String TERMINAL = "cli";
    private static final String USAGE = "usage: export-cv <username> [--document=NAME] [--out=FILE]"
            + " | import-cv <username> <file.json> [--name=NAME] [--language=nl|fr|en]   [--kiosk.data-dir=DIR]";

    private final PrintStream out;
    private final PrintStream err;
    private final PinPrompt pinPrompt;

    CvCommands(PrintStream out, PrintStream err, PinPrompt pinPrompt) {
        this.out = out;
        this.err = err;
        this.pinPrompt = pinPrompt;
    }

    private record Options(boolean export, String username, @Nullable Path file, @Nullable String document,
            @Nullable Path outFile, @Nullable String name, KioskLanguage language, List<String> springArgs) {
    }

    int run(String[] args) {
        var options = parse(args);
        if (options.isEmpty()) {
            err.println(USAGE);
            return 2;
        }
        var o = options.get();
        String json = null;
        if (!o.export()) {
            try {
                json = Files.readString(o.file(), StandardCharsets.UTF_8);
            } catch (IOException | java.io.UncheckedIOException e) {
                err.println("Cannot read " + o.file().toAbsolutePath() + " as UTF-8 text.");
                return 1;
            }
        }
        var pin = pinPrompt.read("PIN of " + o.username() + " (the visitor types it): ");
        if (pin.isEmpty()) {
            err.println("No PIN typed: nothing done.");
            return 1;
        }
        var requestId = RequestId.random();
        var dataDir = o.springArgs().stream().filter(arg -> arg.startsWith("--kiosk.data-dir="))
                .map(arg -> arg.substring("--kiosk.data-dir=".length())).findFirst()
                .or(() -> Optional.ofNullable(System.getenv("KIOSK_DATA_DIR"))).orElse("./data");
        try {
            var remote = onRunningKiosk(Path.of(dataDir), o, pin, json, requestId);
            if (remote.isPresent()) {
                return remote.get();
            }
        } catch (IOException e) {
            err.println("The running kiosk did not answer (" + e.getMessage() + "); is it still starting?");
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
        return inProcess(o, pin, json, requestId);
    }

    private Optional<Options> parse(String[] args) {
        var export = args[0].equals("export-cv");
        var positional = new ArrayList<String>();
        var springArgs = new ArrayList<String>();
        String document = null;
        String outFile = null;
        String name = null;
        var language = KioskLanguage.DEFAULT;
        for (var arg : Arrays.asList(args).subList(1, args.length)) {
            if (arg.startsWith("--pin")) {
                err.println("The PIN is never an argument: the visitor types it when asked.");
                return Optional.empty();
            } else if (export && arg.startsWith("--document=")) {
                document = arg.substring("--document=".length());
            } else if (export && arg.startsWith("--out=")) {
                outFile = arg.substring("--out=".length());
            } else if (!export && arg.startsWith("--name=")) {
                name = arg.substring("--name=".length());
            } else if (!export && arg.startsWith("--language=")) {
                var chosen = KioskLanguage.byCode(arg.substring("--language=".length()));
                if (chosen.isEmpty()) {
                    return Optional.empty();
                }
                language = chosen.get();
            } else if (arg.startsWith("--kiosk.") || arg.startsWith("--spring.")) {
                springArgs.add(arg);
            } else if (arg.startsWith("--")) {
                return Optional.empty();
            } else {
                positional.add(arg);
            }
        }
        if (positional.size() != (export ? 1 : 2)) {
            return Optional.empty();
        }
        return Optional.of(new Options(export, positional.getFirst(), export ? null : Path.of(positional.get(1)), document,
                outFile == null ? null : Path.of(outFile), name, language, springArgs));
    }

    private Optional<Integer> onRunningKiosk(Path dataDir, Options o, String pin, @Nullable String json, RequestId requestId)
            throws IOException, InterruptedException {
        var file = dataDir.resolve(LocalAdminAccess.FILE_NAME);
        if (!Files.isReadable(file)) {
            return Optional.empty();
        }
        var access = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            access.load(in);
        }
        var base = access.getProperty("url", "") + "/local-admin/cv/json-resume/";
        var request = HttpRequest.newBuilder()
                .header(LocalAdminAccess.TOKEN_HEADER, access.getProperty("token", ""))
                .header("X-Kiosk-Visitor", encode(o.username()))
                .header("X-Kiosk-Visitor-Pin", pin)
                .timeout(Duration.ofMinutes(1));
        if (o.export()) {
            var query = o.document() == null ? "" : "?document=" + encode(o.document());
            request.uri(URI.create(base + "export" + query)).POST(HttpRequest.BodyPublishers.noBody());
        } else {
            var query = "requestId=" + requestId + "&language=" + o.language().code()
                    + (o.name() == null ? "" : "&name=" + encode(o.name()));
            request.uri(URI.create(base + "import?" + query)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        }
        try (var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
            HttpResponse<String> response;
            try {
                response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (ConnectException stale) {
                return Optional.empty(); // the file outlived a crashed kiosk: work in-process
            }
            if (response.statusCode() != 200) {
                err.print(response.body());
                return Optional.of(response.statusCode() == 400 ? 2 : 1);
            }
            if (o.export()) {
                var name = response.headers().firstValue("X-Kiosk-Document-Name")
                        .map(value -> URLDecoder.decode(value, StandardCharsets.UTF_8)).orElse("");
                return Optional.of(writeExport(o, name, response.body()));
            }
            out.print(response.body());
            return Optional.of(0);
        }
    }

    private int inProcess(Options o, String pin, @Nullable String json, RequestId requestId) {
        var springArgs = new ArrayList<>(o.springArgs());
        springArgs.add("--kiosk.command-line=true");
        springArgs.add("--spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration");
        try (var context = new SpringApplicationBuilder(KioskApplication.class).web(WebApplicationType.NONE)
                .logStartupInfo(false).run(springArgs.toArray(String[]::new))) {
            var transfer = context.getBean(CvTransfer.class);
            if (o.export()) {
                return exported(o, transfer.export(o.username(), pin, TERMINAL, o.document()));
            }
            return imported(transfer.importCv(requestId, o.username(), pin, TERMINAL, json, o.name(), o.language()));
        }
    }

    private int exported(Options o, CvTransfer.Export outcome) {
        return switch (outcome) {
            case CvTransfer.Exported exported -> writeExport(o, exported.name(), exported.json());
            case CvTransfer.Refused refused -> fail("This username and PIN do not belong together.");
            case CvTransfer.Paused paused -> fail("Too many wrong PINs: try again later (" + paused.until() + ").");
            case CvTransfer.MustChoosePin must -> fail("Staff reset this PIN: the visitor first chooses a new PIN at the kiosk.");
            case CvTransfer.NoSuchCv none -> fail(none.names().isEmpty() ? "This visitor has no CV."
                    : "No CV with that name. Their CVs:\n  " + String.join("\n  ", none.names()));
            case CvTransfer.SeveralCvs several -> fail("Several CVs: name one with --document=NAME (or its id):\n  "
                    + String.join("\n  ", several.names()));
        };
    }

    private int imported(CvTransfer.Import outcome) {
        return switch (outcome) {
            case CvTransfer.Imported imported -> {
                out.println("Imported as CV \"" + imported.name() + "\" (" + imported.document() + ").");
                yield 0;
            }
            case CvTransfer.Refused refused -> fail("This username and PIN do not belong together.");
            case CvTransfer.Paused paused -> fail("Too many wrong PINs: try again later (" + paused.until() + ").");
            case CvTransfer.MustChoosePin must -> fail("Staff reset this PIN: the visitor first chooses a new PIN at the kiosk.");
            case CvTransfer.NotImported not -> fail("Not imported:\n  " + String.join("\n  ", not.reasons()));
            case CvTransfer.StorageRefused refused -> fail("Not imported: personal storage refused it (" + refused.reason() + ").");
        };
    }

    private int writeExport(Options o, String name, String json) {
        if (o.outFile() == null) {
            out.print(json.endsWith("\n") ? json : json + "\n");
            return 0;
        }
        try {
            Files.writeString(o.outFile(), json, StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("Cannot write " + o.outFile().toAbsolutePath() + ": " + e.getMessage());
            return 1;
        }
        err.println("CV \"" + name + "\" written to " + o.outFile().toAbsolutePath() + " as JSON Resume.");
        return 0;
    }

    private int fail(String message) {
        err.println(message);
        return 1;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
