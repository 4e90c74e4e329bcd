package be.werkwinkel.kiosk.vacancy;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings under {@code kiosk.vacancy}.
 *
 * @param defaultPlace the postcode or municipality "near me" starts from on this terminal, so a
 *     visitor need not type it; empty for none. Only the default: the screens read the place from
 *     {@code KioskScreens.setup()}, where staff may have set another per site or terminal
 *     (decision 033)
 * @param demoData load the demo vacancies (standalone only): on the first start, and again on the
 *     first start of every later day so that their dates stay current; false removes them
 * @param demoDataCount how many demo vacancies
 * @param indexDirectory where the Lucene index lives; defaults to {@code <kiosk.data-dir>/vacancy-index}
 * @param pageSize result cards per page
 * @param tombstoneRetention how long the record of a removed vacancy is kept for terminals to
 *     learn of the removal (standalone and hub); a terminal away longer copies everything anew
 */
@Validated
@ConfigurationProperties("kiosk.vacancy")
public record VacancySettings(
        @DefaultValue("") String defaultPlace,
        @DefaultValue("true") boolean demoData,
        @DefaultValue("5000") @Min(1) @Max(1_000_000) int demoDataCount,
        @Nullable Path indexDirectory,
        @DefaultValue("10") @Min(1) @Max(VacancyQuery.MAX_PAGE_SIZE) int pageSize,
        @DefaultValue("30d") Duration tombstoneRetention) {

    public VacancySettings {
        if (tombstoneRetention.isNegative() || tombstoneRetention.isZero()) {
            throw new IllegalArgumentException("kiosk.vacancy.tombstone-retention must be positive");
        }
    }
}
