package be.werkwinkel.kiosk.sync.internal;

import be.werkwinkel.kiosk.terminal.TerminalConfiguration;
import be.werkwinkel.kiosk.sync.outbox.DurableFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The last configuration the hub gave this terminal ({@code <data-dir>/terminal/configuration.json}),
 * so that a terminal that starts while the hub is down shows its lock, banner and settings. It
 * holds staff texts and settings, nothing of a visitor.
 */
final class ConfigurationCache {

    private static final Logger log = LoggerFactory.getLogger(ConfigurationCache.class);

    private final Path file;
    private final JsonMapper json;

    ConfigurationCache(Path directory, JsonMapper json) {
        this.file = directory.resolve("configuration.json");
        this.json = json;
    }

    Optional<TerminalConfiguration> load() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(Files.readAllBytes(file), TerminalConfiguration.class));
        } catch (IOException | JacksonException e) {
            log.warn("The kept configuration in {} cannot be read; waiting for the hub's ({})", file, e.getMessage());
            return Optional.empty();
        }
    }

    void store(TerminalConfiguration configuration) {
        try {
            DurableFiles.writeAtomically(file, json.writeValueAsBytes(configuration));
        } catch (UncheckedIOException | JacksonException e) {
            log.warn("Could not keep the configuration in {}: {}", file, e.getMessage());
        }
    }
}
