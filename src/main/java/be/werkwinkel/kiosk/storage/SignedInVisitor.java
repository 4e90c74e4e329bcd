package be.werkwinkel.kiosk.storage;

import com.vaadin.flow.server.VaadinSession;
import java.util.Optional;

/**
 * Who is signed in, kept only in the visitor's Vaadin session: sign-out removes it, and Stop and
 * the idle wipe end the whole session (and this with it). Nothing of it is in the browser. Other
 * features' screens (the CV wizard) read it to save into the visitor's storage.
 */
public record SignedInVisitor(AccountId account, String username) {

    /** Where a visitor signs in or makes an account. */
    public static final String SIGN_IN_LOCATION = "documents/sign-in";

    /** "Mijn documenten". */
    public static final String DOCUMENTS_LOCATION = "documents";

    public static Optional<SignedInVisitor> in(VaadinSession session) {
        return Optional.ofNullable(session.getAttribute(SignedInVisitor.class));
    }

    public static Optional<SignedInVisitor> current() {
        return in(VaadinSession.getCurrent());
    }

    public void keepIn(VaadinSession session) {
        session.setAttribute(SignedInVisitor.class, this);
    }

    /** Forgets who is signed in and where they wanted to go after signing in. */
    public static void signOut(VaadinSession session) {
        session.setAttribute(SignedInVisitor.class, null);
        session.setAttribute(ReturnTo.class, null);
    }

    /**
     * Asks the sign-in screen to go back to this location once the visitor has signed in or made
     * an account, instead of showing "Mijn documenten": e.g. the CV wizard, whose draft waits in
     * the session to be saved.
     */
    public static void returnAfterSignIn(VaadinSession session, String location) {
        session.setAttribute(ReturnTo.class, new ReturnTo(location));
    }

    /** Where to go after signing in, taken once; empty when nobody asked. */
    public static Optional<String> takeReturnLocation(VaadinSession session) {
        var returnTo = Optional.ofNullable(session.getAttribute(ReturnTo.class));
        session.setAttribute(ReturnTo.class, null);
        return returnTo.map(ReturnTo::location);
    }

    private record ReturnTo(String location) {
    }
}
