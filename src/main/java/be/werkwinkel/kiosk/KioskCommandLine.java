package be.werkwinkel.kiosk;

import be.werkwinkel.kiosk.system.LocalAdminAccess;
import be.werkwinkel.kiosk.vacancy.ImportReport;
import be.werkwinkel.kiosk.vacancy.VacancyImport;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.URI;
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
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * Staff commands, run on the kiosk PC:
 * <pre>
 * java -jar werkwinkel-kiosk.jar import &lt;file-or-url&gt; [--source=NAME] [--complete] [--kiosk.data-dir=DIR]
 * java -jar werkwinkel-kiosk.jar reindex [--kiosk.data-dir=DIR]
 * java -jar werkwinkel-kiosk.jar reset-pin &lt;username&gt; --staff=NAME [--kiosk.data-dir=DIR]
 * java -jar werkwinkel-kiosk.jar rotate-storage-key --staff=NAME [--kiosk.data-dir=DIR]
 * java -jar werkwinkel-kiosk.jar export-cv &lt;username&gt; [--document=NAME] [--out=FILE] [--kiosk.data-dir=DIR]
 * java -jar werkwinkel-kiosk.jar import-cv &lt;username&gt; &lt;file.json&gt; [--name=NAME] [--language=nl|fr|en] [--kiosk.data-dir=DIR]
 * java -jar werkwinkel-kiosk.jar create-admin &lt;username&gt; --name="Full Name" [--kiosk.data-dir=DIR]
 * java -jar werkwinkel-kiosk.jar hash-password
 * </pre>
 * When a kiosk is running on the same data directory, the command goes to it over the loopback
 * admin endpoint (the database and index belong to that process); otherwise it starts the
 * application without web server, runs, prints the report and exits: 0 on success, 1 when the
 * import failed, 2 for a usage error.
 *
 * <p>An import sent to a running kiosk carries a request id. Should the answer be lost (a timeout,
 * a dropped connection, a kiosk that crashed after its commit), the command asks the kiosk for the
 * outcome by that id, and when the kiosk no longer answers, the database itself: work that was
 * committed is reported as done, never as "did not answer".
 */
final class KioskCommandLine {

    static final List<String> COMMANDS = List.of("import", "reindex", "reset-pin", "rotate-storage-key", "export-cv",
            "import-cv", "create-admin", "hash-password");

    /** How long to keep asking a running kiosk for the outcome of an import whose answer was lost. */
    static final Duration OUTCOME_WAIT = Duration.ofMinutes(10);
    private static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(30);

    private final PrintStream out;
    private final PrintStream err;
    private final Duration requestTimeout;
    private final Duration outcomeWait;

    KioskCommandLine(PrintStream out, PrintStream err) {
        this(out, err, REQUEST_TIMEOUT, OUTCOME_WAIT);
    }

    KioskCommandLine(PrintStream out, PrintStream err, Duration requestTimeout, Duration outcomeWait) {
        this.out = out;
        this.err = err;
        this.requestTimeout = requestTimeout;
        this.outcomeWait = outcomeWait;
    }

    static boolean isCommand(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    int run(String[] args) {
        var command = args[0];
        if (command.equals("reset-pin") || command.equals("rotate-storage-key")) {
            return new StorageCommands(out, err).run(args);
        }
        if (command.equals("create-admin")) {
            return new StaffCommands(out, err, PinPrompt.console(err)).run(args);
        }
        if (command.equals("hash-password")) {
            return new MetricsCommands(out, err, PinPrompt.console(err)).run(args);
        }
        if (command.equals("export-cv") || command.equals("import-cv")) {
            return new CvCommands(out, err, PinPrompt.console(err)).run(args);
        }
        var positional = new ArrayList<String>();
        var springArgs = new ArrayList<String>();
        String source = null;
        var complete = false;
        for (var arg : Arrays.asList(args).subList(1, args.length)) {
            if (arg.startsWith("--source=")) {
                source = arg.substring("--source=".length());
            } else if (arg.equals("--complete")) {
                complete = true;
            } else if (arg.startsWith("--")) {
                springArgs.add(arg);
            } else {
                positional.add(arg);
            }
        }
        if (command.equals("import") && positional.size() != 1 || command.equals("reindex") && !positional.isEmpty()) {
            err.println("usage: import <file-or-url> [--source=NAME] [--complete] | reindex   [--kiosk.data-dir=DIR]");
            return 2;
        }
        var target = command.equals("import") ? positional.getFirst() : null;
        var feedName = source != null ? source : target == null ? "" : defaultSource(target);
        var dataDir = springArgs.stream().filter(arg -> arg.startsWith("--kiosk.data-dir="))
                .map(arg -> arg.substring("--kiosk.data-dir=".length())).findFirst()
                .or(() -> Optional.ofNullable(System.getenv("KIOSK_DATA_DIR"))).orElse("./data");
        try {
            var remote = runOnRunningKiosk(Path.of(dataDir), command, target, feedName, complete, springArgs);
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
        return runInProcess(springArgs, command, target, feedName, complete);
    }

    private int runInProcess(List<String> springArgs, String command, String target, String feedName, boolean complete) {
        try (var context = new SpringApplicationBuilder(KioskApplication.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .run(inProcessArguments(springArgs))) {
            var imports = context.getBean(VacancyImport.class);
            if (command.equals("reindex")) {
                out.println("Index rebuilt: " + imports.rebuildIndex() + " vacancies.");
                return 0;
            }
            var options = new VacancyImport.FeedOptions(feedName, complete);
            ImportReport report = isUrl(target) ? imports.importUrl(URI.create(target), options)
                    : imports.importFile(Path.of(target), options);
            out.print(report.summary());
            return report.succeeded() ? 0 : 1;
        }
    }

    private Optional<Integer> runOnRunningKiosk(Path dataDir, String command, String target, String feedName,
            boolean complete, List<String> springArgs) throws IOException, InterruptedException {
        var file = dataDir.resolve(LocalAdminAccess.FILE_NAME);
        if (!Files.isReadable(file)) {
            return Optional.empty();
        }
        var access = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            access.load(in);
        }
        var base = access.getProperty("url", "") + "/local-admin/vacancies/";
        var token = access.getProperty("token", "");
        var request = HttpRequest.newBuilder().header(LocalAdminAccess.TOKEN_HEADER, token).timeout(requestTimeout);
        var requestId = UUID.randomUUID().toString();
        if (command.equals("reindex")) {
            request.uri(URI.create(base + "reindex")).POST(HttpRequest.BodyPublishers.noBody());
        } else {
            var query = "source=" + URLEncoder.encode(feedName, StandardCharsets.UTF_8) + "&complete=" + complete
                    + "&requestId=" + requestId;
            if (isUrl(target)) {
                request.uri(URI.create(base + "import?" + query + "&url=" + URLEncoder.encode(target, StandardCharsets.UTF_8)))
                        .POST(HttpRequest.BodyPublishers.noBody());
            } else {
                var path = Path.of(target);
                if (!Files.isReadable(path)) {
                    err.println("Cannot read " + path.toAbsolutePath());
                    return Optional.of(1);
                }
                request.uri(URI.create(base + "import?" + query)).POST(HttpRequest.BodyPublishers.ofFile(path));
            }
        }
        try (var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
            HttpResponse<String> response;
            try {
                response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (ConnectException stale) {
                return Optional.empty(); // the file outlived a crashed kiosk: work in-process
            } catch (IOException lost) {
                if (command.equals("reindex")) {
                    throw lost;
                }
                return Optional.of(askForOutcome(client, base, token, requestId, lost, springArgs));
            }
            out.print(response.body());
            return Optional.of(response.statusCode() == 200 ? 0 : 1);
        }
    }

    /**
     * The answer to an import was lost: asks the kiosk for its outcome by request id until it
     * has one, and the database itself once the kiosk no longer answers.
     */
    private int askForOutcome(HttpClient client, String base, String token, String requestId, IOException lost,
            List<String> springArgs) throws InterruptedException {
        err.println("The answer to the import was lost (" + lost.getClass().getSimpleName()
                + "); asking the kiosk what happened to import " + requestId + " …");
        var ask = HttpRequest.newBuilder(URI.create(base + "imports/" + requestId))
                .header(LocalAdminAccess.TOKEN_HEADER, token).timeout(Duration.ofSeconds(10)).GET().build();
        var deadline = System.nanoTime() + outcomeWait.toNanos();
        var pause = Duration.ofMillis(200);
        while (true) {
            try {
                var answer = client.send(ask, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200) {
                    out.print(answer.body());
                    return answer.body().contains(" FAILED, ") ? 1 : 0;
                }
            } catch (IOException gone) {
                return outcomeFromDatabase(requestId, springArgs);
            }
            if (System.nanoTime() > deadline) {
                err.println("The kiosk has no outcome for import " + requestId + " after " + outcomeWait.toMinutes()
                        + " minutes: it is still running or never reached the database. Look in the kiosk's log.");
                return 1;
            }
            Thread.sleep(pause); // polling a peer process, not waiting in a test
            pause = pause.multipliedBy(2).compareTo(Duration.ofSeconds(5)) > 0 ? Duration.ofSeconds(5)
                    : pause.multipliedBy(2);
        }
    }

    /** The kiosk went away: what the database says of the import (committed with its row, or not at all). */
    private int outcomeFromDatabase(String requestId, List<String> springArgs) {
        err.println("The kiosk no longer answers; looking the import up in its database …");
        try (var context = new SpringApplicationBuilder(KioskApplication.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .run(inProcessArguments(springArgs))) {
            var outcome = context.getBean(VacancyImport.class).importOutcome(requestId);
            if (outcome.isPresent()) {
                out.print(outcome.get());
                return outcome.get().contains(" FAILED, ") ? 1 : 0;
            }
            out.println("Import " + requestId + " did not reach the database: nothing was changed. Run it again.");
            return 1;
        } catch (RuntimeException e) {
            err.println("Could not open the kiosk's database (" + e.getMessage() + "). Start the kiosk and run "
                    + "the import again: a complete import that already committed changes nothing the second time.");
            return 1;
        }
    }

    private static String[] inProcessArguments(List<String> springArgs) {
        var properties = new ArrayList<>(springArgs);
        properties.add("--kiosk.command-line=true");
        // no web server, so none of Vaadin's servlet set-up either
        properties.add("--spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration");
        return properties.toArray(String[]::new);
    }

    private static boolean isUrl(String target) {
        var lower = target.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    /** The feed name when none is given: the file name without extension, or the URL's host. */
    static String defaultSource(String target) {
        if (isUrl(target)) {
            var host = URI.create(target).getHost();
            return host == null ? "url" : host;
        }
        var name = Path.of(target).getFileName().toString();
        var dot = name.indexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
