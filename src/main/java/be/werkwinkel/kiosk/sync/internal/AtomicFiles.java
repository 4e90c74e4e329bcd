package be.werkwinkel.kiosk.sync.internal;

import java.io.IOException;
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
 * Writes a file so that a crash or power cut at any instant leaves either the old content or the
 * new, never a mix: a temporary file beside it, written and forced to disk, renamed into place
 * atomically, then the directory forced, so that the rename itself survives.
 */
final class AtomicFiles {

    private AtomicFiles() {
    }

    /** Replaces {@code file} with {@code content}, readable and writable by this user only. */
    static void write(Path file, byte[] content) throws IOException {
        var directory = file.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        var temporary = directory.resolve(file.getFileName() + ".new");
        Files.deleteIfExists(temporary);
        Files.createFile(temporary, ownerOnly());
        try (var channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
            var buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        forceDirectory(directory);
    }

    /** Forces a directory's entries to disk, where the platform allows opening a directory. */
    static void forceDirectory(Path directory) {
        try (var channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // not every file system lets a directory be opened; the rename is still atomic there
        }
    }

    private static FileAttribute<?>[] ownerOnly() {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[0];
        }
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))};
    }
}
