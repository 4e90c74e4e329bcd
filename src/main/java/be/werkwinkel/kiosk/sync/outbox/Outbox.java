package be.werkwinkel.kiosk.sync.outbox;

import be.werkwinkel.kiosk.sync.HubOutbox;
import be.werkwinkel.kiosk.terminal.DeliveryHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The terminal's outbox of writes for the hub (decision 040): one file per entry in
 * {@code <data-dir>/terminal/outbox}, its content sealed to the hub's public key (HPKE, decision
 * 041) with the request id and kind as associated data, so nothing in it is readable without the
 * hub's private key. {@link #enqueue} returns once the entry is durable (temporary file, fsync,
 * atomic rename, fsync of the directory); a crash before that leaves only a temporary file,
 * which is not an entry and is deleted at the next start.
 *
 * <p>File names start with the time and a counter, so the names' order is the order of enqueueing;
 * kind and request id are in the clear (the replay needs them, and they say nothing about a
 * visitor). Entries the hub refused for good are moved to {@code refused/}, still sealed.
 */
public final class Outbox implements HubOutbox {

    /** One waiting entry as read from its file. */
    record Entry(Path file, String kind, UUID requestId, byte[] sealed) {
    }

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);
    private static final byte[] MAGIC = {'W', 'K', 'O', '1'};
    static final String ENTRY = ".entry";
    static final String REFUSED = "refused";

    private final Path directory;
    private final OutboxSettings settings;
    private final HubPublicKey hubKey;
    private final Clock clock;
    private final AtomicLong counter = new AtomicLong();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    Outbox(Path directory, OutboxSettings settings, HubPublicKey hubKey, Clock clock) {
        this.directory = directory.toAbsolutePath().normalize();
        this.settings = settings;
        this.hubKey = hubKey;
        this.clock = clock;
        try {
            DurableFiles.createDirectories(this.directory);
            try (var files = Files.list(this.directory)) {
                for (var leftover : files.filter(f -> f.getFileName().toString().endsWith(DurableFiles.TEMPORARY)).toList()) {
                    Files.deleteIfExists(leftover);
                    log.info("Deleted {}, an outbox entry a crash interrupted before it was queued", leftover.getFileName());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The outbox " + this.directory + " cannot be opened", e);
        }
    }

    /**
     * Seals {@code plaintext} to the hub and queues it; returns when the entry is on disk for
     * good. The same request id queued again (a screen that retries) changes nothing while the
     * first entry waits.
     *
     * @param kind what the hub does with it, e.g. {@code storage.document} (a {@link DeliveryHandler} kind)
     * @throws OutboxFull when the outbox holds as many entries or bytes as it may
     * @throws HubKeyUnknown when this terminal never got the hub's public key
     * @throws UncheckedIOException when the disk refuses the write
     */
    @Override
    public void enqueue(String kind, UUID requestId, byte[] plaintext) {
        if (!DeliveryHandler.KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("Not a delivery kind: " + kind);
        }
        byte[] sealed;
        try {
            sealed = hubKey.encrypter().encrypt(plaintext, DeliveryHandler.associatedData(requestId, kind));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HPKE sealing failed", e);
        }
        var content = encode(kind, requestId, sealed);
        synchronized (this) {
            var waiting = files();
            if (waiting.stream().anyMatch(f -> f.getFileName().toString().endsWith("-" + requestId + ENTRY))) {
                return;
            }
            var bytes = waiting.stream().mapToLong(Outbox::size).sum();
            if (waiting.size() + 1 > settings.maxEntries() || bytes + content.length > settings.maxBytes().toBytes()) {
                throw new OutboxFull("The outbox holds " + waiting.size() + " entries, " + bytes
                        + " bytes; the limits are " + settings.maxEntries() + " entries, " + settings.maxBytes());
            }
            var name = "%013d-%09d-%s%s".formatted(clock.millis(), counter.incrementAndGet() % 1_000_000_000L,
                    requestId, ENTRY);
            DurableFiles.writeAtomically(directory.resolve(name), content);
        }
        listeners.forEach(Runnable::run);
    }

    /** How many entries wait for the hub (for the heartbeat). */
    @Override
    public int backlog() {
        return files().size();
    }

    /** Called after every enqueue that queued something, on the enqueueing thread. */
    void whenEnqueued(Runnable listener) {
        listeners.add(listener);
    }

    Path directory() {
        return directory;
    }

    /** The waiting entries, oldest first. A file that is not an entry (damaged disk) is set aside in {@code refused/}. */
    List<Entry> waiting() {
        var entries = new ArrayList<Entry>();
        for (var file : files()) {
            try {
                entries.add(decode(file, Files.readAllBytes(file)));
            } catch (java.nio.file.NoSuchFileException gone) {
                // delivered meanwhile
            } catch (IOException e) {
                log.warn("Outbox entry {} is damaged; set aside in {}", file.getFileName(), REFUSED);
                setAside(file);
            }
        }
        return entries;
    }

    /** The hub has it: the entry goes. */
    void delivered(Entry entry) {
        try {
            Files.deleteIfExists(entry.file());
            DurableFiles.syncDirectory(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete the delivered outbox entry " + entry.file(), e);
        }
    }

    /** The hub refused it for good: kept sealed in {@code refused/} for staff, out of the queue. */
    void refused(Entry entry) {
        setAside(entry.file());
    }

    private void setAside(Path file) {
        try {
            var refused = directory.resolve(REFUSED);
            DurableFiles.createDirectories(refused);
            Files.move(file, refused.resolve(file.getFileName()), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
            DurableFiles.syncDirectory(refused);
            DurableFiles.syncDirectory(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not set aside the outbox entry " + file, e);
        }
    }

    private List<Path> files() {
        try (var files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().endsWith(ENTRY) && Files.isRegularFile(f))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("The outbox " + directory + " cannot be read", e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0; // delivered meanwhile
        }
    }

    private static byte[] encode(String kind, UUID requestId, byte[] sealed) {
        var bytes = new ByteArrayOutputStream(sealed.length + 64);
        try (var out = new DataOutputStream(bytes)) {
            out.write(MAGIC);
            out.writeUTF(kind);
            out.writeLong(requestId.getMostSignificantBits());
            out.writeLong(requestId.getLeastSignificantBits());
            out.writeInt(sealed.length);
            out.write(sealed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static Entry decode(Path file, byte[] content) throws IOException {
        try (var in = new DataInputStream(new ByteArrayInputStream(content))) {
            if (!Arrays.equals(in.readNBytes(MAGIC.length), MAGIC)) {
                throw new IOException("not an outbox entry");
            }
            var kind = in.readUTF();
            var requestId = new UUID(in.readLong(), in.readLong());
            var length = in.readInt();
            if (length < 0 || length != in.available()) {
                throw new IOException("truncated or padded outbox entry");
            }
            return new Entry(file, kind, requestId, in.readNBytes(length));
        }
    }
}
