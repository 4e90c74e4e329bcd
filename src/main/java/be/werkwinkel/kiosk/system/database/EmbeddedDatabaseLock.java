package be.werkwinkel.kiosk.system.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes one kiosk process at a time the owner of an embedded database directory, and stops a
 * {@code mariadbd} that an earlier owner left behind.
 *
 * <p>The lock is an OS file lock on {@code kiosk.lock}: the OS drops it when its process dies,
 * even by {@code kill -9} or a power cut, and a child process does not inherit it. So while we
 * hold it, any {@code mariadbd} still running on this data directory belongs to a kiosk that no
 * longer exists (its JVM was killed before it could stop the server) and would make every
 * restart fail on InnoDB's own lock: it is stopped, gently first.
 */
final class EmbeddedDatabaseLock implements AutoCloseable {

    static final String FILE_NAME = "kiosk.lock";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseLock.class);
    private static final Duration GENTLE_STOP = Duration.ofSeconds(30);

    /**
     * The lock files this JVM holds. Closing any channel on a locked file drops every POSIX lock
     * the process holds on it, so a second context in the same JVM must not even open the file.
     */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    /** Locks taken at start-up before their application context existed, waiting for it to claim them. */
    private static final Map<Path, EmbeddedDatabaseLock> PENDING = new ConcurrentHashMap<>();

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private EmbeddedDatabaseLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the directory for this process.
     *
     * @throws DataDirectoryInUseException when another running process holds it
     */
    static EmbeddedDatabaseLock acquire(Path directory) {
        var file = directory.toAbsolutePath().normalize().resolve(FILE_NAME);
        if (!HELD.add(file)) {
            throw inUse(directory, Long.toString(ProcessHandle.current().pid()));
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException notExpected) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw inUse(directory, new String(Files.readAllBytes(file), StandardCharsets.US_ASCII).strip());
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.US_ASCII)), 0);
            return new EmbeddedDatabaseLock(file, channel, lock);
        } catch (IOException | RuntimeException e) {
            closeQuietly(channel);
            HELD.remove(file);
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new UncheckedIOException("Cannot lock the embedded database directory " + directory, (IOException) e);
        }
    }

    private static DataDirectoryInUseException inUse(Path directory, String holder) {
        return new DataDirectoryInUseException("Another kiosk" + (holder.matches("\\d+") ? " (pid " + holder + ")" : "")
                + " is already running on the embedded database in " + directory
                + "; stop it first, or give this one its own kiosk.data-dir.");
    }

    /** Keeps a lock taken early until the application context {@linkplain #claim claims} it. */
    static void keepForContext(Path directory, EmbeddedDatabaseLock lock) {
        PENDING.put(directory, lock);
    }

    /** The lock kept for this directory, or a new one from {@code acquire} when none was taken early. */
    static EmbeddedDatabaseLock claim(Path directory, Supplier<EmbeddedDatabaseLock> acquire) {
        var pending = PENDING.remove(directory);
        return pending != null ? pending : acquire.get();
    }

    /** Releases a lock taken early whose application did not get as far as claiming it. */
    static void releaseUnclaimed(Path directory) {
        var pending = PENDING.remove(directory);
        if (pending != null) {
            pending.close();
        }
    }

    /** Stops every {@code mariadbd} whose data directory is {@code dataDir}; call with the lock held. */
    void stopLeftoverServers(Path dataDir) {
        for (var leftover : serversOn(dataDir)) {
            log.warn("Stopping an embedded MariaDB (pid {}) that an earlier run of this kiosk left running on {}",
                    leftover.pid(), dataDir);
            leftover.destroy(); // SIGTERM: InnoDB shuts down cleanly, nothing to recover at the next start
            if (!waitForExit(leftover, GENTLE_STOP)) {
                log.warn("The embedded MariaDB (pid {}) did not stop within {} s; killing it", leftover.pid(),
                        GENTLE_STOP.toSeconds());
                leftover.destroyForcibly();
                waitForExit(leftover, GENTLE_STOP);
            }
        }
    }

    /**
     * The running MariaDB servers started with {@code --datadir=<dataDir>}: the process's own
     * command line says which server and which data directory it is, so no other program and no
     * other kiosk's server is ever touched (a pid file could name a pid reused by anything).
     */
    static List<ProcessHandle> serversOn(Path dataDir) {
        var wanted = dataDir.toAbsolutePath().normalize();
        return ProcessHandle.allProcesses()
                .filter(process -> process.pid() != ProcessHandle.current().pid())
                .filter(process -> isMariaDbServer(process.info()) && dataDirOf(process.info())
                        .map(wanted::equals).orElse(false))
                .toList();
    }

    private static boolean isMariaDbServer(ProcessHandle.Info info) {
        return info.command().map(Path::of).map(Path::getFileName).map(Path::toString)
                .filter(name -> name.equals("mariadbd") || name.equals("mysqld")).isPresent();
    }

    private static Optional<Path> dataDirOf(ProcessHandle.Info info) {
        return info.arguments().stream().flatMap(Arrays::stream)
                .filter(argument -> argument.startsWith("--datadir="))
                .map(argument -> Path.of(argument.substring("--datadir=".length())).toAbsolutePath().normalize())
                .findFirst();
    }

    private static boolean waitForExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            log.debug("Releasing the embedded database lock", e);
        }
        closeQuietly(channel);
        HELD.remove(file);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing left to release
            }
        }
    }
}
