package be.werkwinkel.kiosk.system.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Properties;
import java.util.Set;

/**
 * The account the kiosk uses on its embedded MariaDB: {@value #USER} on 127.0.0.1 with a password
 * generated on the first start and kept in {@value #FILE_NAME} beside the data, readable by the
 * kiosk's own OS user only. Nobody types it; a support engineer finds it there.
 */
record EmbeddedDatabaseCredentials(String user, String password) {

    static final String FILE_NAME = "credentials.properties";
    static final String USER = "kiosk";
    static final String HOST = "127.0.0.1";

    static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");

    /** The credentials kept in {@code directory}, created there with a new password when missing. */
    static EmbeddedDatabaseCredentials loadOrCreate(Path directory) {
        var file = directory.resolve(FILE_NAME);
        try {
            var properties = new Properties();
            if (Files.exists(file)) {
                try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    properties.load(in);
                }
                var password = properties.getProperty("password", "");
                if (password.matches("[0-9a-f]{32,}")) {
                    restrict(file, OWNER_ONLY_FILE);
                    return new EmbeddedDatabaseCredentials(USER, password);
                }
            }
            var random = new byte[32];
            new SecureRandom().nextBytes(random);
            var credentials = new EmbeddedDatabaseCredentials(USER, HexFormat.of().formatHex(random));
            properties.setProperty("user", credentials.user());
            properties.setProperty("password", credentials.password());
            writeOwnerOnly(file, out -> properties.store(out,
                    "The kiosk's account on its embedded MariaDB (127.0.0.1); generated, keep it private"));
            return credentials;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the embedded database credentials in " + file, e);
        }
    }

    /**
     * What the server runs at start-up ({@code --init-file}), before it accepts a connection: the
     * kiosk's account with the kept password, and no anonymous accounts. Run at every start, so a
     * data directory created before the server used grant tables (an existing kiosk) gets the
     * account too, and a replaced credentials file takes effect. One statement per line, as the
     * server reads it; the password is hex, so it needs no quoting.
     */
    String initSql() {
        var account = "'" + user + "'@'" + HOST + "'";
        return String.join("\n",
                "DELETE FROM mysql.global_priv WHERE User = '';",
                "FLUSH PRIVILEGES;",
                "CREATE USER IF NOT EXISTS " + account + " IDENTIFIED BY '" + password + "';",
                "ALTER USER " + account + " IDENTIFIED BY '" + password + "';",
                "GRANT ALL PRIVILEGES ON *.* TO " + account + ";",
                "");
    }

    @Override
    public String toString() {
        return "EmbeddedDatabaseCredentials[user=" + user + ", password=(hidden)]";
    }

    interface Writer {
        void write(java.io.OutputStream out) throws IOException;
    }

    /** Writes a file that is readable by the owner only from its first byte on, then moves it in place. */
    static void writeOwnerOnly(Path file, Writer writer) throws IOException {
        var temporary = Files.createTempFile(file.getParent(), file.getFileName() + ".", ".tmp");
        try {
            restrict(temporary, OWNER_ONLY_FILE);
            try (var out = Files.newOutputStream(temporary)) {
                writer.write(out);
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Owner-only permissions where the file system has POSIX permissions (on Windows the directory's ACL applies). */
    static void restrict(Path path, Set<PosixFilePermission> permissions) throws IOException {
        try {
            Files.setPosixFilePermissions(path, permissions);
        } catch (UnsupportedOperationException notPosix) {
            // Windows: nothing to set here
        }
    }
}
