package be.werkwinkel.kiosk.system.keys;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param keysetFile the Tink keyset that seals personal data at rest; default
 *     {@code <kiosk.data-dir>/keys/sealing-keyset.json}, made on the first start, readable by the
 *     kiosk's own user only. Keep it out of backups of the database, and back it up on its own:
 *     without it nothing sealed opens again.
 */
@ConfigurationProperties("kiosk.sealing")
public record SealingSettings(@Nullable Path keysetFile) {
}
