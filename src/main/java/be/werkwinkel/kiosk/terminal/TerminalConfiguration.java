package be.werkwinkel.kiosk.terminal;

import be.werkwinkel.kiosk.base.KioskLanguage;
import be.werkwinkel.kiosk.base.OpeningHours;
import be.werkwinkel.kiosk.kiosk.KioskFeature;
import be.werkwinkel.kiosk.kiosk.KioskSetup;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a terminal fetches at start-up and on "reload configuration"; the body of
 * {@code GET /api/terminal/v1/configuration}.
 *
 * @param lockMessage the lock to show, also after a restart; null when not locked
 * @param announcement the banner to show; null when none
 * @param settings the terminal's effective configuration (decision 033)
 */
public record TerminalConfiguration(long terminalId, String name, String site, String location,
        long heartbeatIntervalSeconds, long longPollTimeoutSeconds,
        @Nullable String lockMessage, @Nullable String announcement, Settings settings) {

    /**
     * What the kiosk screens of this terminal follow: its settings, at the site the registry gives
     * it, or at {@code fallbackSite} when a hub named none.
     */
    public KioskSetup setup(String fallbackSite) {
        return settings.toSetup(site == null || site.isBlank() ? fallbackSite : site);
    }

    /**
     * A {@link KioskSetup} as JSON: plain names and codes, so that a terminal of another version
     * reads it without this code.
     *
     * @param languages codes, e.g. {@code ["nl", "fr"]}
     * @param features each of {@code vacancies}, {@code documents}, {@code appointments}: on or off
     * @param openingHours per day ({@code monday} … {@code sunday}) its periods, none when closed;
     *     empty when the hours are unknown
     * @param staffLocation per language code; a missing language falls back to {@code nl}
     */
    public record Settings(long idleTimeoutSeconds, List<String> languages, Map<String, Boolean> features,
            String defaultPlace, boolean printing, Map<String, List<Period>> openingHours,
            Map<String, String> staffLocation) {

        /** One opening period, {@code "09:00"} to {@code "12:00"}. */
        public record Period(String from, String until) {
        }

        public static Settings of(KioskSetup setup) {
            var features = new LinkedHashMap<String, Boolean>();
            for (var feature : KioskFeature.values()) {
                features.put(feature.name().toLowerCase(Locale.ROOT), setup.offers(feature));
            }
            var hours = new LinkedHashMap<String, List<Period>>();
            if (setup.openingHoursKnown()) {
                for (var day : DayOfWeek.values()) {
                    hours.put(day.name().toLowerCase(Locale.ROOT), setup.openingHours(day).ranges().stream()
                            .map(range -> new Period(range.from().toString(), range.until().toString())).toList());
                }
            }
            var locations = new LinkedHashMap<String, String>();
            setup.staffLocation().forEach((language, text) -> locations.put(language.code(), text));
            return new Settings(setup.idleTimeout().toSeconds(),
                    setup.languages().stream().map(KioskLanguage::code).toList(), features, setup.defaultPlace(),
                    setup.printing(), hours, locations);
        }

        /** What the kiosk screens follow at this site; the inverse of {@link #of}. */
        public KioskSetup toSetup(String site) {
            var offered = EnumSet.noneOf(KioskLanguage.class);
            languages.forEach(code -> KioskLanguage.byCode(code).ifPresent(offered::add));
            offered.add(KioskLanguage.DEFAULT);
            var on = EnumSet.noneOf(KioskFeature.class);
            features.forEach((name, enabled) -> {
                // a feature this version does not know (from a newer hub) is left out
                if (Boolean.TRUE.equals(enabled)) {
                    Arrays.stream(KioskFeature.values()).filter(feature -> feature.name().equalsIgnoreCase(name))
                            .findFirst().ifPresent(on::add);
                }
            });
            var hours = new EnumMap<DayOfWeek, OpeningHours>(DayOfWeek.class);
            openingHours.forEach((day, periods) -> hours.put(DayOfWeek.valueOf(day.toUpperCase(Locale.ROOT)),
                    new OpeningHours(periods.stream().map(period -> new OpeningHours.Range(
                            LocalTime.parse(period.from()), LocalTime.parse(period.until()))).toList())));
            var locations = new EnumMap<KioskLanguage, String>(KioskLanguage.class);
            staffLocation.forEach((code, text) -> KioskLanguage.byCode(code).ifPresent(language -> locations.put(language, text)));
            return new KioskSetup(site, Duration.ofSeconds(idleTimeoutSeconds), offered, on, defaultPlace, printing, hours,
                    locations);
        }
    }
}
