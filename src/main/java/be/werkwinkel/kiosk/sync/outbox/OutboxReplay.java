package be.werkwinkel.kiosk.sync.outbox;

import be.werkwinkel.kiosk.sync.HubLink;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClientException;

/**
 * Delivers the outbox to the hub (decision 040): oldest entry first, {@code POST
 * /deliveries/{requestId}?kind=…} with the sealed body. The hub answers 200 for an entry carried
 * out now or before (a replay), so the file goes either way; a crash after the hub's answer and
 * before the deletion only means one more replay. A definite refusal (4xx but 401, 408 and 429)
 * moves the entry to {@code refused/}, still sealed, and the next one is tried. An unreachable hub,
 * a 5xx, 401, 408 or 429 keeps it and everything after it (order is kept) and waits longer each
 * time, from {@code replay-every} up to {@code longest-backoff}; the outage is logged once.
 *
 * <p>Runs on its own thread every {@code replay-every} and at once after an enqueue; nothing before
 * the terminal is enrolled. Once enrolled it also fetches the hub's public key, so that a terminal
 * can seal offline from then on.
 */
public final class OutboxReplay implements AutoCloseable {

    /** What one pass did. */
    record Pass(int delivered, int refused, int kept) {
    }

    private record Answer(int status, String body) {
    }

    private static final Logger log = LoggerFactory.getLogger(OutboxReplay.class);

    private final Outbox outbox;
    private final HubPublicKey hubKey;
    private final HubLink link;
    private final OutboxSettings settings;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("outbox-replay").daemon().factory());
    private final AtomicBoolean nowRequested = new AtomicBoolean();
    private int failures;
    private boolean outage;

    OutboxReplay(Outbox outbox, HubPublicKey hubKey, HubLink link, OutboxSettings settings) {
        this.outbox = outbox;
        this.hubKey = hubKey;
        this.link = link;
        this.settings = settings;
        outbox.whenEnqueued(this::replayNow);
    }

    /** Starts the periodic replay. */
    void start() {
        thread.schedule(this::tick, 0, TimeUnit.MILLISECONDS);
    }

    /** A pass as soon as the replay thread is free (at most one waits), e.g. after an enqueue. */
    public void replayNow() {
        if (nowRequested.compareAndSet(false, true) && !thread.isShutdown()) {
            thread.execute(() -> {
                nowRequested.set(false);
                passQuietly();
            });
        }
    }

    private void tick() {
        passQuietly();
        if (!thread.isShutdown()) {
            thread.schedule(this::tick, nextWait().toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private Duration nextWait() {
        var wait = settings.replayEvery();
        for (int i = 0; i < failures && wait.compareTo(settings.longestBackoff()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(settings.longestBackoff()) > 0 ? settings.longestBackoff() : wait;
    }

    private void passQuietly() {
        try {
            pass();
        } catch (RuntimeException e) {
            log.error("The outbox replay failed; it tries again", e);
        }
    }

    /** One pass over the waiting entries, oldest first, until the hub stops answering. */
    synchronized Pass pass() {
        if (!link.enrolled()) {
            return new Pass(0, 0, outbox.backlog());
        }
        if (!hubKey.known()) {
            hubKey.fetch();
        }
        int delivered = 0;
        int refused = 0;
        var entries = outbox.waiting();
        for (int i = 0; i < entries.size(); i++) {
            var entry = entries.get(i);
            Answer answer;
            try {
                answer = post(entry);
            } catch (RestClientException e) {
                failed("the hub cannot be reached: " + e.getMessage());
                return new Pass(delivered, refused, entries.size() - i);
            }
            var status = answer.status();
            if (status >= 200 && status < 300) {
                outbox.delivered(entry);
                delivered++;
                // not the answer: it may name a booking code or a document (the hub keeps the outcome)
                log.info("Outbox entry {} ({}) delivered", entry.requestId(), entry.kind());
            } else if (status >= 400 && status < 500 && status != 401 && status != 408 && status != 429) {
                outbox.refused(entry);
                refused++;
                log.warn("Outbox entry {} ({}) refused by the hub with {}, set aside in {} (still sealed)",
                        entry.requestId(), entry.kind(), status, Outbox.REFUSED);
            } else {
                failed("the hub answered " + status);
                return new Pass(delivered, refused, entries.size() - i);
            }
        }
        if (outage) {
            log.info("The hub takes the outbox again; {} entries delivered", delivered);
        }
        outage = false;
        failures = 0;
        return new Pass(delivered, refused, 0);
    }

    private void failed(String why) {
        if (!outage) {
            log.warn("The outbox waits ({} entries): {}; it tries again, less often while this lasts",
                    outbox.backlog(), why);
        }
        outage = true;
        failures++;
    }

    private Answer post(Outbox.Entry entry) {
        var answer = link.api().post().uri("/deliveries/{requestId}?kind={kind}", entry.requestId(), entry.kind())
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .body(entry.sealed())
                .exchange((request, response) -> {
                    try {
                        return new Answer(response.getStatusCode().value(),
                                new String(response.getBody().readNBytes(4000), StandardCharsets.UTF_8));
                    } catch (IOException e) {
                        throw new org.springframework.web.client.ResourceAccessException("Reading the hub’s answer", e);
                    }
                });
        if (answer == null) {
            throw new org.springframework.web.client.ResourceAccessException("The hub sent no answer");
        }
        return answer;
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
