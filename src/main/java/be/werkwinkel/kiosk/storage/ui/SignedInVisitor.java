package be.werkwinkel.kiosk.storage.ui;

import be.werkwinkel.kiosk.storage.AccountId;
import com.vaadin.flow.server.VaadinSession;
import java.util.Optional;

/**
 * Who is signed in, kept only in the visitor's Vaadin session: sign-out removes it, and Stop and
 * the idle wipe end the whole session (and this with it). Nothing of it is in the browser.
 */
record SignedInVisitor(AccountId account, String username) {

    static Optional<SignedInVisitor> in(VaadinSession session) {
        return Optional.ofNullable(session.getAttribute(SignedInVisitor.class));
    }

    static Optional<SignedInVisitor> current() {
        return in(VaadinSession.getCurrent());
    }

    void keepIn(VaadinSession session) {
        session.setAttribute(SignedInVisitor.class, this);
    }

    static void signOut(VaadinSession session) {
        session.setAttribute(SignedInVisitor.class, null);
        session.setAttribute(PendingSave.class, null);
    }

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
    }
}
