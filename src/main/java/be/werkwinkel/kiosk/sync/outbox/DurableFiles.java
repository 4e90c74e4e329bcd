package be.werkwinkel.kiosk.sync.outbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writing a file so that a crash or power cut at any instant leaves either no file or the whole
 * file under its name: write a temporary file beside it, fsync it, rename it atomically, fsync the
 * directory (without the last step the rename itself may be lost on ext4 and others).
 */
public final class DurableFiles {

    /** The ending of files still being written; whatever has it after a crash is a leftover. */
    static final String TEMPORARY = ".tmp";

    private DurableFiles() {
    }

    public static void writeAtomically(Path target, byte[] content) {
        var temporary = target.resolveSibling("." + target.getFileName() + TEMPORARY);
        try {
            createDirectories(target.getParent());
            Files.deleteIfExists(temporary);
            try (var channel = FileChannel.open(temporary, java.util.Set.of(StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE), ownerOnly("rw-------"))) {
                var buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            syncDirectory(target.getParent());
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // the leftover is cleaned at the next start
            }
            throw new UncheckedIOException("Could not write " + target, e);
        }
    }

    static void createDirectories(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            Files.createDirectories(directory, ownerOnly("rwx------"));
        }
    }

    /** Makes a rename or a deletion in this directory durable. */
    static void syncDirectory(Path directory) throws IOException {
        try (var channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }

    private static FileAttribute<?>[] ownerOnly(String permissions) {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[0];
        }
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))};
    }
}
