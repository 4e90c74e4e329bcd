package be.werkwinkel.kiosk.appointment.ui;

import be.werkwinkel.kiosk.appointment.Coordinates;
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

    private final Coordinates place;

    Terminal(Coordinates place) {
        this.place = place;
    }

    Coordinates place() {
        return place;
    }

    /** This browser's terminal, e.g. {@code kiosk@192.168.1.23}. */
    String id() {
        var session = VaadinSession.getCurrent();
        var address = session == null || session.getBrowser() == null ? null : session.getBrowser().getAddress();
        return "kiosk@" + (address == null ? "unknown" : address);
    }
}
