package be.werkwinkel.kiosk;

import be.werkwinkel.kiosk.admin.StaffAccountProblem;
import be.werkwinkel.kiosk.admin.StaffAccounts;
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
 * The one-time staff command (decision 027):
 * <pre>
 * create-admin &lt;username&gt; --name="Full Name" [--kiosk.data-dir=DIR]
 * </pre>
 * makes the first administrator of the staff console; there is no default password. The password is
 * typed twice at the console without echo, never passed as an argument. Once an administrator
 * exists the command changes nothing: administrators manage the other accounts in the console.
 * Like {@code import}, it goes to a running kiosk over loopback (decision 008), else runs in-process.
 */
final class StaffCommands {

    private static final String USAGE = "usage: create-admin <username> --name=\"Full Name\"   [--kiosk.data-dir=DIR]";

    private final PrintStream out;
    private final PrintStream err;
    private final PinPrompt prompt;

    StaffCommands(PrintStream out, PrintStream err, PinPrompt prompt) {
        this.out = out;
        this.err = err;
        this.prompt = prompt;
    }

    int run(String[] args) {
        var positional = new ArrayList<String>();
        var springArgs = new ArrayList<String>();
        String name = null;
        for (var arg : Arrays.asList(args).subList(1, args.length)) {
            if (arg.startsWith("--name=")) {
                name = arg.substring("--name=".length());
            } else if (arg.startsWith("--")) {
                springArgs.add(arg);
            } else {
                positional.add(arg);
            }
        }
        if (name == null || name.isBlank() || positional.size() != 1) {
            err.println(USAGE);
            return 2;
        }
        var username = positional.getFirst();
        var password = prompt.read("Password for " + username + " (at least 12 characters): ");
        if (!password.equals(prompt.read("The same password again: "))) {
            err.println("The two passwords differ: nothing was changed.");
            return 2;
        }
        var dataDir = springArgs.stream().filter(arg -> arg.startsWith("--kiosk.data-dir="))
                .map(arg -> arg.substring("--kiosk.data-dir=".length())).findFirst()
                .or(() -> Optional.ofNullable(System.getenv("KIOSK_DATA_DIR"))).orElse("./data");
        try {
            var remote = onRunningKiosk(Path.of(dataDir), username, name, password);
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
            var account = context.getBean(StaffAccounts.class).createFirstAdmin(username, name, password);
            out.print(StaffAccounts.firstAdminCreatedMessage(account.username()));
            return 0;
        } catch (StaffAccountProblem problem) {
            out.print(problem.reason().commandLineMessage());
            return problem.reason() == StaffAccountProblem.Reason.ADMIN_EXISTS ? 1 : 2;
        }
    }

    private Optional<Integer> onRunningKiosk(Path dataDir, String username, String name, String password)
            throws IOException, InterruptedException {
        var file = dataDir.resolve(LocalAdminAccess.FILE_NAME);
        if (!Files.isReadable(file)) {
            return Optional.empty();
        }
        var access = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            access.load(in);
        }
        var body = "username=" + encode(username) + "&name=" + encode(name) + "&password=" + encode(password);
        var request = HttpRequest.newBuilder(URI.create(access.getProperty("url", "") + "/local-admin/staff/first-admin"))
                .header(LocalAdminAccess.TOKEN_HEADER, access.getProperty("token", ""))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .timeout(Duration.ofMinutes(1)).POST(HttpRequest.BodyPublishers.ofString(body)).build();
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

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
