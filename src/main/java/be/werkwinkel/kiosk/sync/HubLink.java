package be.werkwinkel.kiosk.sync;

import java.time.Instant;
import java.util.Optional;
import org.springframework.web.client.RestClient;

/**
 * A terminal's line to its hub: a client of the hub's terminal API ({@code /api/terminal/v1},
 * docs/terminal-api.yaml) that carries this terminal's token on every call, and what the last calls
 * said about the hub's reachability. Every part of the terminal that talks to the hub (heartbeats,
 * commands, replica updates, outbox replay, remote adapters) goes through it, so that the screens
 * can say "offline" from one place.
 */
public interface HubLink {

    /**
     * A client whose relative URIs resolve against the hub's terminal API, e.g. {@code
     * api().get().uri("/configuration")}. Calls throw a {@link org.springframework.web.client.RestClientException}
     * when the hub cannot be reached or answers with an error; a connection failure marks the hub
     * offline, any answer marks it online.
     *
     * @throws NotEnrolledException when this terminal holds no token yet
     */
    RestClient api();

    /** True when this terminal holds a token from its enrollment. */
    boolean enrolled();

    /** True when the last call reached the hub (whatever it answered); false before any call. */
    boolean online();

    /** When a call last reached the hub, if ever since this process started. */
    Optional<Instant> lastContact();

    /** Thrown by {@link #api()} before enrollment. */
    final class NotEnrolledException extends IllegalStateException {

        public NotEnrolledException() {
            super("This terminal is not enrolled with a hub yet");
        }
    }
}
