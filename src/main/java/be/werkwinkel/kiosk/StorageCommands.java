package be.werkwinkel.kiosk;

import be.werkwinkel.kiosk.storage.RequestId;
import be.werkwinkel.kiosk.storage.StorageAdministration;
import be.werkwinkel.kiosk.storage.StorageProblem;
import be.werkwinkel.kiosk.system.LocalAdminAccess;
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
import java.util.Optional;
import java.util.Properties;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The staff commands of personal storage:
 * <pre>
 * reset-pin &lt;username&gt; --staff=NAME       a one-time PIN; the visitor chooses a new one at the next sign-in
 * rotate-storage-key --staff=NAME           a new key for the kiosk's one sealing keyset (documents, names,
 *                                           e-mail addresses, mail waiting to be sent); older values stay readable
 * </pre>
 * Like {@code import}, they go to a running kiosk over loopback (decision 008), else run in-process.
 * Both are audited with the staff member's name; the one-time PIN is printed once and kept nowhere.
 */
final class StorageCommands {

    private static final String USAGE = "usage: reset-pin <username> --staff=NAME | rotate-storage-key --staff=NAME"
            + "   [--kiosk.data-dir=DIR]";

    private final PrintStream out;
    private final PrintStream err;

    StorageCommands(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String[] args) {
        var command = args[0];
        var positional = new ArrayList<String>();
        var springArgs = new ArrayList<String>();
        String staff = null;
        for (var arg : Arrays.asList(args).subList(1, args.length)) {
            if (arg.startsWith("--staff=")) {
                staff = arg.substring("--staff=".length());
            } else if (arg.startsWith("--")) {
                springArgs.add(arg);
            } else {
                positional.add(arg);
            }
        }
        var resetPin = command.equals("reset-pin");
        if (staff == null || staff.isBlank() || (resetPin ? positional.size() != 1 : !positional.isEmpty())) {
            err.println(USAGE);
            return 2;
        }
        var username = resetPin ? positional.getFirst() : "";
        var requestId = RequestId.random();
        var dataDir = springArgs.stream().filter(arg -> arg.startsWith("--kiosk.data-dir="))
                .map(arg -> arg.substring("--kiosk.data-dir=".length())).findFirst()
                .or(() -> Optional.ofNullable(System.getenv("KIOSK_DATA_DIR"))).orElse("./data");
        try {
            var remote = onRunningKiosk(Path.of(dataDir), resetPin, username, staff, requestId);
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
        springArgs.add("--kiosk.command-line=true");
        springArgs.add("--spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration");
        try (var context = new SpringApplicationBuilder(KioskApplication.class).web(WebApplicationType.NONE)
                .logStartupInfo(false).run(springArgs.toArray(String[]::new))) {
            var administration = context.getBean(StorageAdministration.class);
            if (resetPin) {
                try {
                    out.print("One-time PIN: " + administration.resetPin(requestId, username, staff)
                            + "\nGive it to the visitor; they choose a new PIN when they next sign in.\n");
                    return 0;
                } catch (StorageProblem notFound) {
                    out.println("No account with this username.");
                    return 1;
                }
            }
            out.print(rotatedMessage(administration.rotateKey(staff)));
            return 0;
        }
    }

    private Optional<Integer> onRunningKiosk(Path dataDir, boolean resetPin, String username, String staff,
            RequestId requestId) throws IOException, InterruptedException {
        var file = dataDir.resolve(LocalAdminAccess.FILE_NAME);
        if (!Files.isReadable(file)) {
            return Optional.empty();
        }
        var access = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            access.load(in);
        }
        var base = access.getProperty("url", "") + "/local-admin/storage/";
        var query = "staff=" + encode(staff) + (resetPin ? "&username=" + encode(username) + "&requestId=" + requestId : "");
        var request = HttpRequest.newBuilder(URI.create(base + (resetPin ? "reset-pin" : "rotate-key") + "?" + query))
                .header(LocalAdminAccess.TOKEN_HEADER, access.getProperty("token", ""))
                .timeout(Duration.ofMinutes(1)).POST(HttpRequest.BodyPublishers.noBody()).build();
        try (var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
            HttpResponse<String> response;
            try {
                response = client.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (ConnectException stale) {
                return Optional.empty(); // the file outlived a crashed kiosk: work in-process
            }
            out.print(response.body());
            return Optional.of(response.statusCode() == 200 ? 0 : response.statusCode() == 400 ? 2 : 1);
        }
    }

    /** The same words whether the running kiosk or this process rotated the key. */
    static String rotatedMessage(int keys) {
        return "New sealing key in use: documents, names and mail are sealed with it from now on; the sealing keyset"
                + " now holds " + keys + " keys (what was sealed before stays readable).\n";
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
