package be.werkwinkel.kiosk.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy on the loopback between a terminal and its hub that a test controls: it can cut the
 * network (open connections are dropped, new ones closed at once, as a pulled cable or a dead hub
 * looks to the terminal), delay every chunk of bytes, and restore the line. Point the terminal's
 * {@code kiosk.hub.url} at {@link #url()}.
 */
public final class HubProxy implements AutoCloseable {

    private final ServerSocket server;
    private final int hubPort;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean cut;
    private volatile Duration delay = Duration.ZERO;

    public HubProxy(int hubPort) throws IOException {
        this.hubPort = hubPort;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().name("hub-proxy").start(this::accept);
    }

    /** The address to give the terminal as its hub. */
    public String url() {
        return "http://127.0.0.1:" + server.getLocalPort();
    }

    /** Drops every open connection and refuses new ones until {@link #restore()}. */
    public void cut() {
        cut = true;
        open.forEach(HubProxy::closeQuietly);
        open.clear();
    }

    /** Lets connections through again, without delay. */
    public void restore() {
        delay = Duration.ZERO;
        cut = false;
    }

    /** Holds every chunk of bytes this long in both directions (a slow or congested line). */
    public void delay(Duration delay) {
        this.delay = delay;
    }

    @Override
    public void close() {
        cut();
        closeQuietly(server);
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                var client = server.accept();
                if (cut) {
                    closeQuietly(client);
                    continue;
                }
                var upstream = new Socket();
                try {
                    upstream.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), hubPort), 2000);
                } catch (IOException e) {
                    closeQuietly(client);
                    closeQuietly(upstream);
                    continue;
                }
                open.add(client);
                open.add(upstream);
                Thread.ofVirtual().start(() -> pump(client, upstream));
                Thread.ofVirtual().start(() -> pump(upstream, client));
            } catch (IOException e) {
                // closed
            }
        }
    }

    private void pump(Socket from, Socket to) {
        var buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                var wait = delay;
                if (!wait.isZero()) {
                    Thread.sleep(wait);
                }
                if (cut) {
                    break;
                }
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException | InterruptedException e) {
            // the other side went, or the line was cut
        } finally {
            closeQuietly(from);
            closeQuietly(to);
            open.remove(from);
            open.remove(to);
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // already closed
        }
    }
}
