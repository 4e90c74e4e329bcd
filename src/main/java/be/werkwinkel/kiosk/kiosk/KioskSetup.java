package be.werkwinkel.kiosk.kiosk;

import be.werkwinkel.kiosk.base.KioskLanguage;
import be.werkwinkel.kiosk.base.KioskSettings;
import be.werkwinkel.kiosk.base.OpeningHours;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How this kiosk is set up for visitors right now: the effective configuration of its terminal
 * (application properties, overridden by its site's settings, overridden by the terminal's own;
 * decision 033). The shell and the features follow it live ({@link KioskSetupObserver}).
 *
 * @param siteName the name of the site the kiosk stands in, as the top bar, the attract screen and
 *     printouts show it: {@code kiosk.site.name}, or on a terminal the site the hub's registry gives it
 * @param idleTimeout time without input before "are you still there?"
 * @param languages the languages a visitor may choose; Dutch always, the kiosk's default language
 * @param features the features offered; the others are switched off
 * @param defaultPlace the postcode or municipality "near me" starts from (vacancy search, the
 *     nearest appointment sites); empty for none
 * @param printing whether print buttons are shown at all
 * @param openingHours the site's opening hours for the help screen; empty when unknown, otherwise
 *     every day (one that was not given is closed)
 * @param staffLocation where a visitor finds staff, per language; Dutch stands in for a language
 *     without a text of its own; empty when unknown
 */
public record KioskSetup(
        String siteName,
        Duration idleTimeout,
        Set<KioskLanguage> languages,
        Set<KioskFeature> features,
        String defaultPlace,
        boolean printing,
        Map<DayOfWeek, OpeningHours> openingHours,
        Map<KioskLanguage, String> staffLocation) {

    /** The shortest idle timeout the shell accepts (the properties' own lower bound). */
    public static final Duration SHORTEST_IDLE_TIMEOUT = Duration.ofSeconds(5);

    private static final OpeningHours CLOSED = new OpeningHours(java.util.List.of());

    public KioskSetup {
        siteName = siteName.strip();
        if (idleTimeout.compareTo(SHORTEST_IDLE_TIMEOUT) < 0) {
            throw new IllegalArgumentException("idle timeout must be at least " + SHORTEST_IDLE_TIMEOUT.toSeconds() + "s");
        }
        if (!languages.contains(KioskLanguage.DEFAULT)) {
            throw new IllegalArgumentException("Dutch, the kiosk's default language, is always offered");
        }
        languages = Collections.unmodifiableSet(enumSet(KioskLanguage.class, languages));
        features = Collections.unmodifiableSet(enumSet(KioskFeature.class, features));
        defaultPlace = defaultPlace.strip();
        var hours = enumMap(DayOfWeek.class, openingHours);
        if (!hours.isEmpty()) {
            for (var day : DayOfWeek.values()) {
                hours.putIfAbsent(day, CLOSED); // known hours: a day not given is closed, said once for all
            }
        }
        openingHours = Collections.unmodifiableMap(hours);
        var locations = new EnumMap<KioskLanguage, String>(KioskLanguage.class);
        staffLocation.forEach((language, text) -> {
            if (!text.isBlank()) {
                locations.put(language, text.strip());
            }
        });
        staffLocation = Collections.unmodifiableMap(locations);
    }

    /**
     * What the application properties say ({@code kiosk.session.idle-timeout}, {@code kiosk.site.*},
     * {@code kiosk.vacancy.default-place}): every language and feature, printing on. This is
     * what a kiosk does when nobody configured anything, exactly as before configuration existed.
     */
    public static KioskSetup of(KioskSettings settings, String defaultPlace) {
        var site = settings.site();
        var hours = new EnumMap<DayOfWeek, OpeningHours>(DayOfWeek.class);
        site.openingHours().keySet().forEach(day -> hours.put(day, site.openingHours(day)));
        var locations = new EnumMap<KioskLanguage, String>(KioskLanguage.class);
        site.staffLocation().forEach((code, text) -> KioskLanguage.byCode(code).ifPresent(language -> locations.put(language, text)));
        return new KioskSetup(site.name(), settings.session().idleTimeout(), EnumSet.allOf(KioskLanguage.class),
                EnumSet.allOf(KioskFeature.class), defaultPlace, true, hours, locations);
    }

    /** The same configuration for a kiosk that stands in this site. */
    public KioskSetup at(String site) {
        return new KioskSetup(site, idleTimeout, languages, features, defaultPlace, printing, openingHours, staffLocation);
    }

    public boolean offers(KioskLanguage language) {
        return languages.contains(language);
    }

    public boolean offers(KioskFeature feature) {
        return features.contains(feature);
    }

    /** Where to find staff in this language (Dutch where it has no text), or an empty string when unknown. */
    public String staffLocation(Locale locale) {
        var language = KioskLanguage.of(locale);
        return staffLocation.getOrDefault(language, staffLocation.getOrDefault(KioskLanguage.DEFAULT, ""));
    }

    /** Whether the opening hours are known at all (otherwise the help screen says to ask). */
    public boolean openingHoursKnown() {
        return !openingHours.isEmpty();
    }

    /** The hours of one day; closed when not given. */
    public OpeningHours openingHours(DayOfWeek day) {
        return openingHours.getOrDefault(day, CLOSED);
    }

    private static <E extends Enum<E>> EnumSet<E> enumSet(Class<E> type, Collection<E> values) {
        var set = EnumSet.noneOf(type);
        set.addAll(values);
        return set;
    }

    private static <K extends Enum<K>, V> EnumMap<K, V> enumMap(Class<K> type, Map<K, V> values) {
        var map = new EnumMap<K, V>(type);
        map.putAll(values);
        return map;
    }
}
