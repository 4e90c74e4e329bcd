package be.werkwinkel.kiosk.reference;

/** A Belgian place: postcode, name (Dutch or French as GeoNames has it) and WGS84 coordinates. */
public record Place(String postcode, String name, double latitude, double longitude) {

    /** Great-circle distance in kilometres. */
    public double distanceKm(double latitude, double longitude) {
        var dLat = Math.toRadians(latitude - this.latitude);
        var dLon = Math.toRadians(longitude - this.longitude);
        var a = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(Math.toRadians(this.latitude))
                * Math.cos(Math.toRadians(latitude)) * Math.pow(Math.sin(dLon / 2), 2);
        return 6371.0088 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    }
}
