package be.werkwinkel.kiosk.sync.internal;

import be.werkwinkel.kiosk.sync.outbox.DurableFiles;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * The terminal's id and token from its enrollment, in one file readable by the kiosk's own user
 * only ({@code <data-dir>/terminal/credentials.properties}), written with {@link DurableFiles}.
 */
final class TerminalCredentials {

    /**
     * What enrollment gave this terminal.
     *
     * @param codeFingerprint a hash of the enrollment code used, so that the same code in the
     *     configuration is not sent again after a restart, while a new one enrolls the terminal anew
     */
    record Credentials(long terminalId, String token, String codeFingerprint) {
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
        properties.setProperty("code-fingerprint", credentials.codeFingerprint());
        var text = new StringWriter();
        try {
            properties.store(text, "Werkwinkel kiosk terminal: issued by the hub at enrollment; keep private");
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        DurableFiles.writeAtomically(file, text.toString().getBytes(StandardCharsets.UTF_8));
        current = credentials;
    }

    /** A SHA-256 of the code as the hub reads it (case, spaces and dashes do not matter). */
    static String fingerprint(String code) {
        var normal = code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(normal.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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
            return new Credentials(Long.parseLong(id.strip()), token.strip(),
                    properties.getProperty("code-fingerprint", "").strip());
        } catch (IOException | NumberFormatException e) {
            throw new IllegalStateException("The terminal's credentials in " + file
                    + " cannot be read; delete the file and enroll the terminal again", e);
        }
    }
}
