package be.werkwinkel.kiosk.appointment.ui;

import be.werkwinkel.kiosk.appointment.Booking;
import be.werkwinkel.kiosk.storage.AccountId;
import com.vaadin.flow.server.VaadinSession;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The ticket on screen: the appointment just booked (or opened with its code), kept in the
 * visitor's Vaadin session only, so that a language switch or a return from signing in shows it
 * again, and Stop or the idle wipe take it away with the session.
 */
final class Tickets {

    /** What the visitor types with the code to find the appointment again. */
    enum Factor {
        PHONE, BIRTH_YEAR
    }

    /**
     * @param account the signed-in visitor it was booked by (who may share documents for it), or null
     * @param factor what finds it again; null when not known (opened from the visitor's account)
     */
    record Shown(Booking booking, @Nullable Factor factor, @Nullable AccountId account) {
    }

    private Tickets() {
    }

    static void show(VaadinSession session, Booking booking, @Nullable Factor factor, @Nullable AccountId account) {
        session.setAttribute(Shown.class, new Shown(booking, factor, account));
    }

    static Optional<Shown> in(VaadinSession session) {
        return Optional.ofNullable(session.getAttribute(Shown.class));
    }

    static void forget(VaadinSession session) {
        session.setAttribute(Shown.class, null);
    }
}
