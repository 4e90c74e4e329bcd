package be.werkwinkel.kiosk.sync.internal;

import be.werkwinkel.kiosk.sync.HubLink;
import be.werkwinkel.kiosk.sync.HubSettings;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * The {@link HubLink} of a terminal: one {@link RestClient} on the JDK's HTTP client with the
 * timeouts of {@code kiosk.hub.*}. An interceptor adds the token and notes every outcome: an answer
 * of any status means the hub is reachable, an I/O failure that it is not.
 */
final class HubClient implements HubLink {

    static final String API = "/api/terminal/v1";

    /** The longest a hub holds a request for commands ({@code kiosk.terminal.long-poll-timeout} is at most 55 s). */
    private static final Duration LONGEST_POLL = Duration.ofSeconds(55);

    private final TerminalCredentials credentials;
    private final Clock clock;
    private final @Nullable RestClient client;
    private final @Nullable RestClient longPolls;
    private volatile boolean online;
    private volatile @Nullable Instant lastContact;

    HubClient(HubSettings settings, TerminalCredentials credentials, Clock clock) {
        this.credentials = credentials;
        this.clock = clock;
        this.client = settings.url() == null ? null : build(settings.url(), settings, settings.readTimeout());
        this.longPolls = settings.url() == null ? null
                : build(settings.url(), settings, settings.readTimeout().plus(LONGEST_POLL));
    }

    private RestClient build(URI hub, HubSettings settings, Duration readTimeout) {
        var http = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .version(HttpClient.Version.HTTP_1_1).build();
        var factory = new JdkClientHttpRequestFactory(http);
        factory.setReadTimeout(readTimeout);
        ClientHttpRequestInterceptor outcome = (request, body, execution) -> {
            credentials.current().ifPresent(held -> {
                if (!request.getHeaders().containsHeader(HttpHeaders.AUTHORIZATION)) {
                    request.getHeaders().setBearerAuth(held.token());
                }
            });
            try {
                var response = execution.execute(request, body);
                online = true;
                lastContact = clock.instant();
                return response;
            } catch (IOException e) {
                online = false;
                throw e;
            }
        };
        var base = hub.toString().replaceAll("/+$", "") + API;
        return RestClient.builder().baseUrl(base).requestFactory(factory).requestInterceptor(outcome).build();
    }

    /** True when {@code kiosk.hub.url} names a hub. */
    boolean configured() {
        return client != null;
    }

    /** The client without the enrollment check, for enrollment itself. */
    RestClient anonymous() {
        if (client == null) {
            throw new IllegalStateException("kiosk.hub.url is not set: this terminal does not know its hub");
        }
        return client;
    }

    /**
     * Like {@link #api()}, but waiting long enough for a long poll: the hub holds a request for
     * commands until one comes or its long-poll timeout passes, longer than an ordinary answer takes.
     */
    RestClient longPolls() {
        api(); // the same checks
        return Objects.requireNonNull(longPolls);
    }

    @Override
    public RestClient api() {
        if (credentials.current().isEmpty()) {
            throw new NotEnrolledException();
        }
        return anonymous();
    }

    @Override
    public boolean enrolled() {
        return credentials.current().isPresent();
    }

    @Override
    public boolean online() {
        return online;
    }

    @Override
    public Optional<Instant> lastContact() {
        return Optional.ofNullable(lastContact);
    }
}
