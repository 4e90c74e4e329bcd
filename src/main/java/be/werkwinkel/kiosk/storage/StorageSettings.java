package be.werkwinkel.kiosk.storage;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Period;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Settings under {@code kiosk.storage.*}.
 *
 * @param maxDocuments how many documents one visitor may keep
 * @param maxSize how much room one visitor's documents may take together
 * @param maxFailedAttempts wrong PINs, per account and per terminal, before a pause
 * @param pause how long sign-in is paused after that many wrong PINs
 * @param inactiveAccountRetention accounts nobody signed in to for this long are deleted
 * @param retentionSchedule when the retention job runs (cron, Europe/Brussels)
 * @param keysetFile where an earlier version kept the keyset of personal storage (Tink JSON); default
 *     {@code <data-dir>/keys/storage-keyset.json}. No longer made or written: it is only read to
 *     re-seal what it sealed with the kiosk's one sealing key ({@code kiosk.sealing.keyset-file}),
 *     then renamed to {@code .retired} (decision 019)
 * @param pepperFile the secret that usernames and PINs are keyed with before hashing; default
 *     {@code <data-dir>/keys/storage-pepper.key}, generated likewise; never in the database
 * @param heldRetention how long the hub holds a document saved for later whose username and PIN
 *     did not match, for the visitor to claim with the code of their receipt (decision 043); a
 *     terminal prints it on the receipt
 * @param visitorSession how long a visitor's sign-in on a terminal is valid at the hub (the visitor
 *     session token the hub gives at sign-in, decision 043); the kiosk's own session wipe ends it sooner
 */
@Validated
@ConfigurationProperties("kiosk.storage")
public record StorageSettings(
        @DefaultValue("50") @Min(1) @Max(10_000) int maxDocuments,
        @DefaultValue("20MB") DataSize maxSize,
        @DefaultValue("5") @Min(1) @Max(100) int maxFailedAttempts,
        @DefaultValue("15m") Duration pause,
        @DefaultValue("24m") Period inactiveAccountRetention,
        @DefaultValue("0 30 3 * * *") String retentionSchedule,
        @Nullable Path keysetFile,
        @Nullable Path pepperFile,
        @DefaultValue("30d") Period heldRetention,
        @DefaultValue("4h") Duration visitorSession) {

    public StorageSettings {
        if (maxSize.toBytes() < 1024 || maxSize.toGigabytes() > 1) {
            throw new IllegalArgumentException("kiosk.storage.max-size must be between 1KB and 1GB");
        }
        if (pause.isNegative() || pause.isZero()) {
            throw new IllegalArgumentException("kiosk.storage.pause must be positive");
        }
        if (inactiveAccountRetention.isNegative() || inactiveAccountRetention.toTotalMonths() < 1
                && inactiveAccountRetention.getDays() < 1) {
            throw new IllegalArgumentException("kiosk.storage.inactive-account-retention must be at least one day");
        }
        if (heldRetention.isNegative() || heldRetention.toTotalMonths() < 1 && heldRetention.getDays() < 1) {
            throw new IllegalArgumentException("kiosk.storage.held-retention must be at least one day");
        }
        if (visitorSession.compareTo(Duration.ofMinutes(5)) < 0 || visitorSession.compareTo(Duration.ofDays(1)) > 0) {
            throw new IllegalArgumentException("kiosk.storage.visitor-session must be between 5 minutes and one day");
        }
    }
}
