package be.werkwinkel.kiosk.appointment;

import be.werkwinkel.kiosk.reference.Place;

/** WGS84 coordinates of a site, or of the place a visitor looks from (the terminal's place). */
public record Coordinates(double latitude, double longitude) {

    public Coordinates {
        if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
            throw new AppointmentProblem(AppointmentProblem.Reason.COORDINATES_INVALID);
        }
    }

    public static Coordinates of(Place place) {
        return new Coordinates(place.latitude(), place.longitude());
    }

    /** Great-circle distance in kilometres, by the same formula as {@link Place#distanceKm}. */
    public double distanceKm(Coordinates other) {
        return new Place("", "", latitude, longitude).distanceKm(other.latitude, other.longitude);
    }
}
