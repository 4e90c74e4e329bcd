package be.werkwinkel.kiosk.sync.internal;

import be.werkwinkel.kiosk.sync.HubLink;
import be.werkwinkel.kiosk.sync.HubSettings;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/** The real {@link HubClient} for tests outside this package: a terminal enrolled with a given token. */
public final class TestHubClients {

    private TestHubClients() {
    }

    /**
     * A terminal's link to the hub at {@code hub} (e.g. {@code http://127.0.0.1:<port>}), with the
     * credentials written to {@code directory} as enrollment writes them.
     */
    public static HubLink enrolled(URI hub, Path directory, long terminalId, String token) {
        var credentials = new TerminalCredentials(directory);
        credentials.store(new TerminalCredentials.Credentials(terminalId, token, ""));
        return new HubClient(new HubSettings(hub, null, Duration.ofSeconds(2), Duration.ofSeconds(20)), credentials,
                Clock.systemUTC());
    }

    /** A terminal that holds no token yet. */
    public static HubLink notEnrolled(URI hub, Path directory) {
        return new HubClient(new HubSettings(hub, null, Duration.ofSeconds(2), Duration.ofSeconds(20)),
                new TerminalCredentials(directory), Clock.systemUTC());
    }
}
