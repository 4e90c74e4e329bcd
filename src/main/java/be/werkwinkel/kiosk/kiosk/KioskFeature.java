package be.werkwinkel.kiosk.kiosk;

import java.util.Arrays;
import java.util.Optional;

/**
 * The things a visitor can do at a kiosk that staff may switch off per site or per terminal (a
 * neighbourhood point without appointments, a kiosk without a printer's worth of documents). A
 * feature that is off has no home tile, its screens send the visitor home, and other features hide
 * what leads to it.
 */
public enum KioskFeature {
    /** Vacancy search and a vacancy's details. */
    VACANCIES("tile.vacancies"),
    /** CVs, letters and the personal storage that keeps them ("Mijn documenten"). */
    DOCUMENTS("tile.documents"),
    /** Booking, moving and cancelling an appointment with a consultant. */
    APPOINTMENTS("tile.appointment");

    private final String tileKey;

    KioskFeature(String tileKey) {
        this.tileKey = tileKey;
    }

    /** The key of the feature's home tile ({@link HomeTile#key()}). */
    public String tileKey() {
        return tileKey;
    }

    /** The feature whose home tile has this key; empty for the shell's own tiles (help). */
    public static Optional<KioskFeature> ofTile(String tileKey) {
        return Arrays.stream(values()).filter(feature -> feature.tileKey.equals(tileKey)).findFirst();
    }

    /**
     * The feature a screen belongs to, from {@link FeatureScreen} on its class or, failing that, on
     * its package; empty for a screen that belongs to none (the shell's, the staff console's).
     */
    public static Optional<KioskFeature> ofScreen(Class<?> screen) {
        var onClass = screen.getAnnotation(FeatureScreen.class);
        if (onClass != null) {
            return Optional.of(onClass.value());
        }
        var onPackage = screen.getPackage() == null ? null : screen.getPackage().getAnnotation(FeatureScreen.class);
        return Optional.ofNullable(onPackage).map(FeatureScreen::value);
    }
}
