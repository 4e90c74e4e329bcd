package be.werkwinkel.kiosk.sync.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * The terminal's id and token from its enrollment, in one file readable by the kiosk's own user
 * only ({@code <data-dir>/terminal/credentials.properties}). It is written whole and renamed into
 * place after an fsync, so a power cut leaves the old file or the new one, never half of one.
 * Forgetting them (a revoked terminal set up again) deletes the file.
 */
final class TerminalCredentials {

    /** What enrollment gave this terminal. */
    record Credentials(long terminalId, String token) {
    }

    private final Path file;
    private volatile @Nullable Credentials current;

    TerminalCredentials(Path directory) {
        this.file = directory.resolve("credentials.properties");
        this.current = read(file);
    }

    Optional<Credentials> current() {
        return Optional.ofNullable(current);
    }

    synchronized void store(Credentials credentials) {
        var properties = new Properties();
        properties.setProperty("terminal-id", Long.toString(credentials.terminalId()));
        properties.setProperty("token", credentials.token());
        var text = new StringWriter();
        try {
            properties.store(text, "Werkwinkel kiosk terminal: issued by the hub at enrollment; keep private");
            Files.createDirectories(file.getParent());
            var temporary = file.resolveSibling(file.getFileName() + ".new");
            Files.deleteIfExists(temporary);
            Files.createFile(temporary, ownerOnly());
            try (var channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.write(StandardCharsets.UTF_8.encode(text.toString()));
                channel.force(true);
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store the terminal's credentials in " + file, e);
        }
        current = credentials;
    }

    synchronized void forget() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete " + file, e);
        }
        current = null;
    }

    private static java.nio.file.attribute.FileAttribute<?>[] ownerOnly() {
        if (!java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return new java.nio.file.attribute.FileAttribute<?>[0];
        }
        return new java.nio.file.attribute.FileAttribute<?>[] {
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))};
    }

    private static @Nullable Credentials read(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            var properties = new Properties();
            properties.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
            var id = properties.getProperty("terminal-id");
            var token = properties.getProperty("token");
            if (id == null || token == null || token.isBlank()) {
                return null;
            }
            return new Credentials(Long.parseLong(id.strip()), token.strip());
        } catch (IOException | NumberFormatException e) {
            throw new IllegalStateException("The terminal's credentials in " + file
                    + " cannot be read; delete the file and enroll the terminal again", e);
        }
    }
}
