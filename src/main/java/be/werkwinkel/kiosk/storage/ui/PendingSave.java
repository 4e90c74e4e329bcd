package be.werkwinkel.kiosk.storage.ui;

import com.vaadin.flow.server.VaadinSession;
import java.util.Optional;

/** A vacancy the visitor wanted to save before signing in: saved as soon as they have. */
record PendingSave(String vacancyId, String title) {

    static Optional<PendingSave> take(VaadinSession session) {
        var pending = Optional.ofNullable(session.getAttribute(PendingSave.class));
        session.setAttribute(PendingSave.class, null);
        return pending;
    }

    void keepIn(VaadinSession session) {
        session.setAttribute(PendingSave.class, this);
    }

    static void forget(VaadinSession session) {
        session.setAttribute(PendingSave.class, null);
    }
}
