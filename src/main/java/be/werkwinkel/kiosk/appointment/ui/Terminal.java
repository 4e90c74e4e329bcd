package be.werkwinkel.kiosk.appointment.ui;

import be.werkwinkel.kiosk.appointment.Coordinates;
import be.werkwinkel.kiosk.kiosk.KioskScreens;
import be.werkwinkel.kiosk.reference.BelgianPlaces;
import com.vaadin.flow.server.VaadinSession;

/**
 * Where the screens run: the place sites are sorted from, and the identity code guessing is
 * counted against.
 *
 * <p>The identity is the address the kiosk browser connects from, not the visitor session: a
 * session ends with every Stop, so counting per session would let anyone start afresh after a few
 * guesses. On a terminal the kiosk is served on 127.0.0.1 (one browser, one terminal); a
 * standalone server with several kiosk PCs sees each PC's own address.
 */
final class Terminal {

    private final KioskScreens screens;
    private final BelgianPlaces places;
    private final Coordinates fallback;

    /**
     * @param fallback where "nearest first" counts from when the terminal's place is not configured
     *     or not a known Belgian place
     */
    Terminal(KioskScreens screens, BelgianPlaces places, Coordinates fallback) {
        this.screens = screens;
        this.places = places;
        this.fallback = fallback;
    }

    /** The terminal's place as configured now (staff may change it per site or terminal). */
    Coordinates place() {
        return places.find(screens.setup().defaultPlace()).map(Coordinates::of).orElse(fallback);
    }

    /** This browser's terminal, e.g. {@code kiosk@192.168.1.23}. */
    String id() {
        var session = VaadinSession.getCurrent();
        var address = session == null || session.getBrowser() == null ? null : session.getBrowser().getAddress();
        return "kiosk@" + (address == null ? "unknown" : address);
    }
}
