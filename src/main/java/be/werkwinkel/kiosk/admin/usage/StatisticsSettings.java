package be.werkwinkel.kiosk.admin.usage;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings under {@code kiosk.statistics.*} (decision 035).
 *
 * @param minTermCount a search word is shown only when at least this many visitor sessions searched
 *     it in the period and place shown, so that no single visitor's search can be picked out
 * @param topTerms how many of the most searched words the console shows
 * @param rareTermsKept after this long, the words that never reached {@code minTermCount} (over
 *     everything kept) are deleted: a name or other personal word typed once does not stay
 * @param kept how long any count is kept
 * @param cleanUpSchedule when rare words and old counts are deleted (cron, Europe/Brussels)
 */
@Validated
@ConfigurationProperties("kiosk.statistics")
public record StatisticsSettings(
        @DefaultValue("5") @Min(2) @Max(1000) int minTermCount,
        @DefaultValue("20") @Min(1) @Max(100) int topTerms,
        @DefaultValue("30d") Period rareTermsKept,
        @DefaultValue("3y") Period kept,
        @DefaultValue("0 15 3 * * *") String cleanUpSchedule) {

    public StatisticsSettings {
        if (rareTermsKept.isNegative() || rareTermsKept.isZero()) {
            throw new IllegalArgumentException("kiosk.statistics.rare-terms-kept must be positive");
        }
        if (kept.isNegative() || kept.isZero()) {
            throw new IllegalArgumentException("kiosk.statistics.kept must be positive");
        }
    }
}
