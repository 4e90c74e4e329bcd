package be.werkwinkel.kiosk.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import org.jspecify.annotations.Nullable;

/**
 * The smallest load balancer that does what a region's does for the terminal API: a TCP proxy on
 * loopback that gives each new connection to the next instance in turn, and drops an instance for
 * good once a connection to it is refused (a health check would notice the same a little later).
 * The terminal API is stateless (the token is checked in the database on every call), so no
 * stickiness is needed. A connection to an instance that dies is closed on the terminal's side
 * too, as a real balancer's would be: the call in flight fails and the terminal tries again.
 */
final class RoundRobinBalancer implements AutoCloseable {

    private static final int CONNECT_TIMEOUT_MILLIS = 1000;

    private final List<InetSocketAddress> backends;
    private final AtomicLongArray droppedAt;
    private final AtomicInteger turn = new AtomicInteger();
    private final AtomicLong connections = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private final ServerSocket server;

    RoundRobinBalancer(List<InetSocketAddress> backends) throws IOException {
        this.backends = List.copyOf(backends);
        this.droppedAt = new AtomicLongArray(backends.size());
        this.server = new ServerSocket(0, 1024, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().name("balancer").start(this::accept);
    }

    int port() {
        return server.getLocalPort();
    }

    /** Connections passed on, and connects refused (each dropped an instance or found none). */
    long connections() {
        return connections.get();
    }

    long refused() {
        return refused.get();
    }

    /** When the instance was dropped (epoch milliseconds), 0 while it is in the rotation. */
    long droppedAt(int backend) {
        return droppedAt.get(backend);
    }

    /**
     * The instance for the {@code turn}-th connection: the next one in turn that is not dropped,
     * -1 when all are. Package-private for its test.
     */
    static int pick(int turn, boolean[] dropped) {
        for (var i = 0; i < dropped.length; i++) {
            var candidate = Math.floorMod(turn + i, dropped.length);
            if (!dropped[candidate]) {
                return candidate;
            }
        }
        return -1;
    }

    private @Nullable Socket connect() {
        for (var attempt = 0; attempt < backends.size(); attempt++) {
            var dropped = new boolean[backends.size()];
            for (var i = 0; i < dropped.length; i++) {
                dropped[i] = droppedAt.get(i) != 0;
            }
            var chosen = pick(turn.getAndIncrement(), dropped);
            if (chosen < 0) {
                return null;
            }
            var socket = new Socket();
            try {
                socket.setTcpNoDelay(true);
                socket.connect(backends.get(chosen), CONNECT_TIMEOUT_MILLIS);
                return socket;
            } catch (IOException e) {
                refused.incrementAndGet();
                droppedAt.compareAndSet(chosen, 0, System.currentTimeMillis());
                closeQuietly(socket);
            }
        }
        return null;
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                var client = server.accept();
                Thread.ofVirtual().start(() -> serve(client));
            } catch (IOException e) {
                if (!server.isClosed()) {
                    System.err.println("balancer: " + e);
                }
            }
        }
    }

    private void serve(Socket client) {
        var upstream = connect();
        if (upstream == null) {
            closeQuietly(client);
            return;
        }
        connections.incrementAndGet();
        try {
            client.setTcpNoDelay(true);
        } catch (IOException ignored) {
            // only latency
        }
        Thread.ofVirtual().start(() -> pipe(client, upstream));
        pipe(upstream, client);
    }

    /** Copies until either side ends, then closes both: the other direction's copy ends with them. */
    private static void pipe(Socket from, Socket to) {
        var buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException ended) {
            // reset or closed by the other copy
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
