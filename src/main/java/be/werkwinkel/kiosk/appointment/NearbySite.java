package be.werkwinkel.kiosk.appointment;

/** A site and how far it is from where the visitor looks from, for the "where" screen. */
public record NearbySite(Site site, double distanceKm) {
}
