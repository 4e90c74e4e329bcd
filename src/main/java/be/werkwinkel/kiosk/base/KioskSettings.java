package be.werkwinkel.kiosk.base;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The settings under {@code kiosk.*} that every feature may read. Defaults live here, not in
 * property files, so that a missing key still yields a working standalone kiosk.
 *
 * @param role which role this process plays
 * @param dataDir where the kiosk keeps its files (embedded database, search index); outside the
 *     temp directory so that a restart keeps everything
 * @param site what the visitor is told about the place the terminal stands in
 * @param session how long a visitor may stay idle before the session is wiped
 */
@Validated
@ConfigurationProperties("kiosk")
public record KioskSettings(
        @DefaultValue("standalone") KioskRole role,
        @DefaultValue("./data") Path dataDir,
        @DefaultValue @Valid Site site,
        @DefaultValue @Valid Session session) {

    /**
     * @param name the site's name as shown on the attract screen and in the top bar
     * @param staffLocation where a visitor finds a staff member, per language code (nl, fr, en);
     *     Dutch is used where a language has no text of its own
     * @param openingHours per day, e.g. {@code 09:00-12:00, 13:00-16:30}; a day that is missing
     *     or says {@code closed} is closed
     */
    public record Site(
            @DefaultValue("Werkwinkel") @NotBlank String name,
            @DefaultValue Map<String, String> staffLocation,
            @DefaultValue Map<DayOfWeek, String> openingHours) {

        public Site {
            staffLocation = Map.copyOf(staffLocation);
            var parsed = new EnumMap<DayOfWeek, String>(DayOfWeek.class);
            openingHours.forEach((day, hours) -> {
                OpeningHours.parse(hours); // fails start-up with a clear message on a typo
                parsed.put(day, hours);
            });
            openingHours = Map.copyOf(parsed);
        }

        /** Where to find staff, in the visitor's language, or an empty string when not configured. */
        public String staffLocation(Locale locale) {
            var text = staffLocation.get(locale.getLanguage());
            return text != null ? text : staffLocation.getOrDefault("nl", "");
        }

        /** The parsed opening hours of one day; closed when not configured. */
        public OpeningHours openingHours(DayOfWeek day) {
            return OpeningHours.parse(openingHours.getOrDefault(day, OpeningHours.CLOSED));
        }
    }

    /**
     * @param idleTimeout time without any touch, mouse or key input before the visitor is asked
     *     whether they are still there
     * @param countdown how long that question stays on screen before the session is wiped; at
     *     least 20 seconds so that anyone can answer (WCAG 2.2.1)
     */
    public record Session(
            @DefaultValue("120s") Duration idleTimeout,
            @DefaultValue("30s") Duration countdown) {

        public Session {
            if (idleTimeout.compareTo(Duration.ofSeconds(5)) < 0) {
                throw new IllegalArgumentException("kiosk.session.idle-timeout must be at least 5s");
            }
            if (countdown.compareTo(Duration.ofSeconds(20)) < 0) {
                throw new IllegalArgumentException(
                        "kiosk.session.countdown must be at least 20s so every visitor can answer (WCAG 2.2.1)");
            }
        }

        /**
         * How often, at most, the browser tells the server that the visitor is there (touch, key,
         * scroll): often enough for the server-side deadline, rare enough not to load the server.
         */
        public Duration activityReportInterval() {
            var half = idleTimeout.dividedBy(2);
            return half.compareTo(Duration.ofSeconds(5)) < 0 ? half : Duration.ofSeconds(5);
        }

        /**
         * After this long without reported input the server wipes the session itself. It lies two
         * report intervals after the browser's own end of the countdown, so that the browser's
         * question always comes first, and input it has not yet reported cannot be cut short.
         */
        public Duration serverDeadline() {
            return idleTimeout.plus(countdown).plus(activityReportInterval().multipliedBy(2));
        }
    }
}
