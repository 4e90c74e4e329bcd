package be.werkwinkel.kiosk.vacancy.ingest;

import be.werkwinkel.kiosk.vacancy.VacancyFeeds.FailureKind;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Fetches a feed over http(s) into a temporary file, within a size limit and a deadline, so that
 * the database transaction that applies it never waits on the network.
 */
final class FeedDownloader implements AutoCloseable {

    private final HttpClient client;
    private final Duration timeout;
    private final long maxBytes;

    FeedDownloader(Duration connectTimeout, Duration timeout, long maxBytes) {
        // NORMAL follows redirects but never from https down to http
        this.client = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        this.timeout = timeout;
        this.maxBytes = maxBytes;
    }

    /**
     * @return a temporary file holding the feed; the caller deletes it
     * @throws FeedUnreadableException when the feed cannot be fetched
     */
    Path download(URI url) {
        var scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null) {
            throw new FeedUnreadableException(FailureKind.DOWNLOAD, "only http and https feeds can be fetched, not " + url);
        }
        var request = HttpRequest.newBuilder(url).timeout(timeout)
                .header("Accept", "application/ld+json, application/json;q=0.9, application/x-ndjson;q=0.9, */*;q=0.1")
                .GET().build();
        HttpResponse<InputStream> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpConnectTimeoutException e) {
            throw new FeedUnreadableException(FailureKind.DOWNLOAD, "could not connect to " + url.getHost() + " within " + seconds(client
                    .connectTimeout().orElse(timeout)));
        } catch (HttpTimeoutException e) {
            throw new FeedUnreadableException(FailureKind.DOWNLOAD, url.getHost() + " did not answer within " + seconds(timeout));
        } catch (ConnectException e) {
            var reason = e.getMessage() == null ? "refused, or no route to it" : reason(e);
            throw new FeedUnreadableException(FailureKind.DOWNLOAD, "could not connect to " + url.getHost() + " (" + reason + ")");
        } catch (IOException e) {
            throw new FeedUnreadableException(FailureKind.DOWNLOAD, "could not fetch the feed from " + url.getHost() + ": " + reason(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FeedUnreadableException(FailureKind.DOWNLOAD, "the download was interrupted");
        }
        try (var body = response.body()) {
            if (response.statusCode() < 200 || response.statusCode() > 299) {
                throw new FeedUnreadableException(FailureKind.DOWNLOAD, url.getHost() + " answered HTTP " + response.statusCode()
                        + " instead of the feed");
            }
            var announced = response.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (announced > maxBytes) {
                throw new FeedUnreadableException(FailureKind.TOO_LARGE, "the feed is larger than the limit of "
                        + JobPostingReader.megabytes(maxBytes) + " (" + announced + " bytes announced)");
            }
            return save(body);
        } catch (IOException e) {
            throw new FeedUnreadableException(FailureKind.DOWNLOAD, "could not fetch the feed from " + url.getHost() + ": " + reason(e));
        }
    }

    /**
     * Copies the body to a file. A server that stops sending would block a read for ever, so a
     * watchdog closes the body at the deadline, which ends the read with an error.
     */
    private Path save(InputStream body) throws IOException {
        var file = Files.createTempFile("vacancy-feed-", ".json");
        var timedOut = new AtomicBoolean();
        var watchdog = CompletableFuture.runAsync(() -> {
            timedOut.set(true);
            closeQuietly(body);
        }, CompletableFuture.delayedExecutor(timeout.toMillis(), TimeUnit.MILLISECONDS));
        try (var limited = new LimitedInputStream(body, maxBytes); var out = Files.newOutputStream(file)) {
            limited.transferTo(out);
            return file;
        } catch (LimitedInputStream.LimitExceededException e) {
            Files.deleteIfExists(file);
            throw new FeedUnreadableException(FailureKind.TOO_LARGE,
                    "the feed is larger than the limit of " + JobPostingReader.megabytes(maxBytes));
        } catch (IOException e) {
            Files.deleteIfExists(file);
            if (timedOut.get()) {
                throw new FeedUnreadableException(FailureKind.DOWNLOAD, "the download took longer than " + seconds(timeout));
            }
            throw e;
        } finally {
            watchdog.cancel(false);
        }
    }

    private static void closeQuietly(InputStream body) {
        try {
            body.close();
        } catch (IOException e) {
            // closing is all the watchdog can do
        }
    }

    /** The first message in the chain: the JDK often wraps "Connection refused" in a bare exception. */
    private static String reason(Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
                return cause.getMessage();
            }
        }
        return e.getClass().getSimpleName();
    }

    private static String seconds(Duration duration) {
        return duration.toSeconds() + " s";
    }

    @Override
    public void close() {
        client.close();
    }
}
