package be.werkwinkel.kiosk.terminal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What a terminal reports every heartbeat interval; the body of {@code POST /api/terminal/v1/heartbeat}.
 * Nothing in it may say anything about a visitor: the feature is a module's name.
 *
 * @param feature the feature in use ({@code vacancy}, {@code cv}, ...), or none on the attract screen
 * @param indexBuiltAt when the local vacancy index was last brought up to date
 * @param outboxBacklog how many writes wait in the terminal's outbox for the hub
 */
public record Heartbeat(
        @NotNull TerminalState state,
        @Nullable @Size(max = 40) @Pattern(regexp = "[a-z][a-z0-9-]*") String feature,
        @Nullable @Size(max = 40) String appVersion,
        @Nullable @PositiveOrZero Long uptimeSeconds,
        @Nullable Instant indexBuiltAt,
        @Nullable @PositiveOrZero @Max(100_000_000) Integer outboxBacklog,
        @Nullable @PositiveOrZero Long freeDiskBytes) {

    /** This build's version, as the jar's manifest names it ("development" when run from classes). */
    public static String thisVersion() {
        var version = Heartbeat.class.getPackage().getImplementationVersion();
        return version != null ? version : "development";
    }

    /** The room left on the disk of the kiosk's data directory, or null when it cannot be read. */
    public static @Nullable Long freeDiskOf(Path dataDir) {
        try {
            return Files.getFileStore(Files.createDirectories(dataDir)).getUsableSpace();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
