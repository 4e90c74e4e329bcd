package be.werkwinkel.kiosk.appointment;

import be.werkwinkel.kiosk.base.OpeningHours;
import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * A place where appointments happen.
 *
 * @param id the site's identity
 * @param details what staff enter about it
 */
public record Site(SiteId id, SiteDetails details) {

    public Site {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(details, "details");
    }

    public SiteKind kind() {
        return details.kind();
    }

    public String name() {
        return details.name();
    }

    /** Street and number, postcode and municipality on one line, as printed on a ticket. */
    public String addressLine() {
        return details.street() + ", " + details.postcode() + " " + details.municipality();
    }

    public Coordinates coordinates() {
        return details.coordinates();
    }

    public boolean active() {
        return details.active();
    }

    /**
     * What staff enter about a site; checked on save ({@link AppointmentAdministration#saveSite}).
     *
     * @param name e.g. "Werkwinkel Gent-Centrum"; 2 to 100 characters
     * @param street street and number, 2 to 200 characters
     * @param postcode a Belgian postcode of four digits
     * @param municipality 1 to 100 characters
     * @param coordinates where it is, for sorting sites by distance
     * @param openingHours per day of the week; a day missing is closed
     * @param routeHint a short, map-free route hint for the ticket ("tram 1, stop Korenmarkt, second
     *     floor"); may be empty
     * @param active an inactive site is offered to nobody; its appointments stay
     */
    public record SiteDetails(SiteKind kind, String name, String street, String postcode, String municipality,
            Coordinates coordinates, Map<DayOfWeek, OpeningHours> openingHours, LocalizedText routeHint,
            boolean active) {

        public SiteDetails {
            Objects.requireNonNull(kind, "kind");
            name = Objects.requireNonNull(name, "name").strip();
            street = Objects.requireNonNull(street, "street").strip();
            postcode = Objects.requireNonNull(postcode, "postcode").strip();
            municipality = Objects.requireNonNull(municipality, "municipality").strip();
            Objects.requireNonNull(coordinates, "coordinates");
            var hours = new EnumMap<DayOfWeek, OpeningHours>(DayOfWeek.class);
            hours.putAll(openingHours);
            openingHours = Map.copyOf(hours);
            Objects.requireNonNull(routeHint, "routeHint");
        }

        /** The hours of one day; closed when none were entered. */
        public OpeningHours hoursOn(DayOfWeek day) {
            return openingHours.getOrDefault(day, new OpeningHours(java.util.List.of()));
        }
    }
}
