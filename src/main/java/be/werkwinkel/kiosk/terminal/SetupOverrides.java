package be.werkwinkel.kiosk.terminal;

import be.werkwinkel.kiosk.base.KioskLanguage;
import be.werkwinkel.kiosk.kiosk.KioskFeature;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a site or a terminal sets itself; everything else it inherits (a terminal from its site, a
 * site from the application properties). A {@code null} value, or a feature missing from
 * {@code features}, means "inherit".
 *
 * @param idleTimeout time without input before "are you still there?" (30 s to 1 hour)
 * @param languages the languages on offer; Dutch always among them
 * @param features each feature switched on ({@code true}) or off ({@code false}); missing: inherited
 * @param defaultPlace a Belgian postcode or municipality as staff typed it; stored as
 *     "postcode name" once found in the reference data
 * @param printing print buttons shown or not
 * @param openingHours per day as staff write them ({@code 09:00-12:00, 13:00-16:30}); an empty
 *     text or a missing day is closed; the week is set or inherited as a whole
 * @param staffLocation where a visitor finds staff, per language; Dutch required, French and
 *     English fall back to it; set or inherited as a whole
 */
public record SetupOverrides(
        @Nullable Duration idleTimeout,
        @Nullable Set<KioskLanguage> languages,
        Map<KioskFeature, Boolean> features,
        @Nullable String defaultPlace,
        @Nullable Boolean printing,
        @Nullable Map<DayOfWeek, String> openingHours,
        @Nullable Map<KioskLanguage, String> staffLocation) {

    /** Inherits everything. */
    public static final SetupOverrides NONE = new SetupOverrides(null, null, Map.of(), null, null, null, null);

    public SetupOverrides {
        languages = languages == null ? null : Collections.unmodifiableSet(copy(languages));
        var featureCopy = new EnumMap<KioskFeature, Boolean>(KioskFeature.class);
        featureCopy.putAll(features);
        features = Collections.unmodifiableMap(featureCopy);
        if (openingHours != null) {
            var hours = new EnumMap<DayOfWeek, String>(DayOfWeek.class);
            hours.putAll(openingHours);
            openingHours = Collections.unmodifiableMap(hours);
        }
        if (staffLocation != null) {
            var locations = new EnumMap<KioskLanguage, String>(KioskLanguage.class);
            locations.putAll(staffLocation);
            staffLocation = Collections.unmodifiableMap(locations);
        }
    }

    /** Whether it sets nothing at all. */
    public boolean inheritsAll() {
        return overridden().isEmpty();
    }

    /** The names of the settings it sets itself, for the audit log and the console, e.g. {@code [printing, feature APPOINTMENTS]}. */
    public List<String> overridden() {
        var names = new ArrayList<String>();
        if (idleTimeout != null) {
            names.add("idle timeout");
        }
        if (languages != null) {
            names.add("languages");
        }
        features.keySet().forEach(feature -> names.add("feature " + feature.name()));
        if (defaultPlace != null) {
            names.add("default place");
        }
        if (printing != null) {
            names.add("printing");
        }
        if (openingHours != null) {
            names.add("opening hours");
        }
        if (staffLocation != null) {
            names.add("staff location");
        }
        return names;
    }

    private static EnumSet<KioskLanguage> copy(Set<KioskLanguage> languages) {
        var set = EnumSet.noneOf(KioskLanguage.class);
        set.addAll(languages);
        return set;
    }
}
