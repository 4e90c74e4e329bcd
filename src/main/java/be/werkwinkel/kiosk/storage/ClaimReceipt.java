package be.werkwinkel.kiosk.storage;

import com.vaadin.flow.server.VaadinSession;
import java.time.Instant;
import java.util.Optional;
import java.time.Period;
import java.util.Objects;

/**
 * What a visitor takes home after saving for later ({@link SaveForLater}): the claim code in large
 * type, when it was saved, and how long the hub keeps a document whose username and PIN did not
 * match.
 */
public record ClaimReceipt(RequestId request, String code, String documentName, Instant savedAt, Period keptFor) {

    /** The screen that shows the last receipt of this visitor session, ready to print. */
    public static final String LOCATION = "documents/receipt";

    public ClaimReceipt {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(documentName, "documentName");
    }

    /** Keeps it in the visitor's session only (gone with the session wipe), for {@link #LOCATION}. */
    public void keepIn(VaadinSession session) {
        session.setAttribute(ClaimReceipt.class, this);
    }

    public static Optional<ClaimReceipt> in(VaadinSession session) {
        return Optional.ofNullable(session.getAttribute(ClaimReceipt.class));
    }
}
