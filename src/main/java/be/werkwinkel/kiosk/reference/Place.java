package be.werkwinkel.kiosk.reference;

import org.apache.lucene.util.SloppyMath;

/** A Belgian place: postcode, name (Dutch or French as GeoNames has it) and WGS84 coordinates. */
public record Place(String postcode, String name, double latitude, double longitude) {

    /**
     * Great-circle distance in kilometres, by the same formula the search index uses for its
     * distances, radius chips and sorting, so a card and its details never disagree.
     */
    public double distanceKm(double latitude, double longitude) {
        return SloppyMath.haversinMeters(this.latitude, this.longitude, latitude, longitude) / 1000;
    }
}
