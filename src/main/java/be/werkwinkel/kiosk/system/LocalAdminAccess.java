package be.werkwinkel.kiosk.system;

import be.werkwinkel.kiosk.base.KioskSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Lets staff commands on the kiosk PC itself (such as {@code java -jar kiosk.jar import feed.json})
 * reach the running kiosk: at start-up a random token and the local address are written to
 * {@code <data-dir>/local-admin.properties}, readable by the kiosk's own user only, and removed
 * at shutdown. A request is accepted only from the loopback address and with that token, so
 * neither a visitor's browser nor another machine can use it.
 */
@Component
public class LocalAdminAccess {

    public static final String FILE_NAME = "local-admin.properties";
    public static final String TOKEN_HEADER = "X-Kiosk-Admin-Token";

    private static final Logger log = LoggerFactory.getLogger(LocalAdminAccess.class);

    private final Path file;
    private final byte[] token;

    public LocalAdminAccess(KioskSettings settings) {
        this.file = settings.dataDir().toAbsolutePath().normalize().resolve(FILE_NAME);
        var random = new byte[32];
        new SecureRandom().nextBytes(random);
        this.token = HexFormat.of().formatHex(random).getBytes(StandardCharsets.US_ASCII);
    }

    /** Whether a request with this token, from this remote address, may run staff commands. */
    public boolean allows(String remoteAddress, String presentedToken) {
        try {
            if (!InetAddress.getByName(remoteAddress).isLoopbackAddress()) {
                return false;
            }
        } catch (UnknownHostException e) {
            return false;
        }
        return MessageDigest.isEqual(token, presentedToken.getBytes(StandardCharsets.US_ASCII));
    }

    @EventListener
    void publish(WebServerInitializedEvent event) {
        if ("management".equals(event.getApplicationContext().getServerNamespace())) {
            return; // only the application's own port takes staff commands
        }
        var properties = new Properties();
        properties.setProperty("url", "http://127.0.0.1:" + event.getWebServer().getPort());
        properties.setProperty("token", new String(token, StandardCharsets.US_ASCII));
        try {
            Files.createDirectories(file.getParent());
            var temporary = Files.createTempFile(file.getParent(), "local-admin", ".tmp");
            try {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the data directory's own ACL protects it
            }
            try (var out = Files.newOutputStream(temporary)) {
                properties.store(out, "Werkwinkel Kiosk local admin access; recreated at every start");
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            log.warn("Could not write {}; staff commands will not reach this kiosk: {}", file, e.getMessage());
        }
    }

    @EventListener
    void withdraw(ContextClosedEvent event) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
