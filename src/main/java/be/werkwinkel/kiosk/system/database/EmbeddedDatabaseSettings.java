package be.werkwinkel.kiosk.system.database;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The embedded MariaDB that a standalone kiosk starts when no {@code spring.datasource.url} is
 * configured.
 *
 * @param directory where the data lives; defaults to {@code <kiosk.data-dir>/mariadb}
 * @param binariesDirectory where the MariaDB binaries are unpacked (once); defaults to
 *     {@code <directory>/base}. Several kiosks on one machine (or test contexts) may share it.
 * @param port TCP port on 127.0.0.1; 0 picks a free one at every start
 * @param schema the database (schema) the application uses
 */
@Validated
@ConfigurationProperties("kiosk.database")
public record EmbeddedDatabaseSettings(
        @Nullable Path directory,
        @Nullable Path binariesDirectory,
        @DefaultValue("0") @Min(0) @Max(65535) int port,
        @DefaultValue("kiosk") @NotBlank String schema) {

    public EmbeddedDatabaseSettings {
        if (!schema.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("kiosk.database.schema may only hold lower-case letters, digits and '_'");
        }
    }
}
