package be.werkwinkel.kiosk.cv.ui;

import be.werkwinkel.kiosk.storage.DocumentId;
import com.vaadin.flow.server.VaadinSession;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The CV or letter a visitor is making, kept in their Vaadin session only until they save it:
 * Stop and the idle wipe end it with the session. Saved, it remembers which document it is, so
 * that saving again replaces that document instead of adding a copy.
 *
 * @param <T> {@code Cv} or {@code Letter}
 */
final class Draft<T> {

    private T value;
    private final T blank;
    private @Nullable DocumentId savedAs;
    private @Nullable String name;
    private int step;
    private boolean unsaved;
    private boolean saveAfterSignIn;
    /** Whether this draft was already counted as a document made (usage statistics), or is an opened one. */
    private boolean counted;

    private Draft(T value, @Nullable DocumentId savedAs, @Nullable String name) {
        this.value = value;
        this.blank = value;
        this.savedAs = savedAs;
        this.name = name;
        this.counted = savedAs != null;
    }

    @SuppressWarnings("unchecked")
    static <T> Optional<Draft<T>> in(VaadinSession session, Class<T> type) {
        return Optional.ofNullable((Draft<T>) session.getAttribute(key(type)));
    }

    /** Starts a new draft of this type in the session, replacing any other. */
    static <T> Draft<T> start(VaadinSession session, Class<T> type, T value, @Nullable DocumentId savedAs,
            @Nullable String name) {
        var draft = new Draft<>(value, savedAs, name);
        session.setAttribute(key(type), draft);
        return draft;
    }

    static void forget(VaadinSession session, Class<?> type) {
        session.setAttribute(key(type), null);
    }

    private static String key(Class<?> type) {
        return Draft.class.getName() + ":" + type.getName();
    }

    T value() {
        return value;
    }

    void change(T changed) {
        if (!changed.equals(value)) {
            value = changed;
            unsaved = true;
        }
    }

    int step() {
        return step;
    }

    void goTo(int step) {
        this.step = step;
    }

    Optional<DocumentId> savedAs() {
        return Optional.ofNullable(savedAs);
    }

    Optional<String> name() {
        return Optional.ofNullable(name);
    }

    /** Whether something was typed that is not in the visitor's storage. */
    boolean unsaved() {
        return unsaved;
    }

    /** Whether the visitor has typed anything at all, or opened a saved one. */
    boolean started() {
        return !value.equals(blank) || savedAs != null || unsaved;
    }

    /** Whether the visitor asked to save and was sent to sign in first. */
    boolean saveAfterSignIn() {
        return saveAfterSignIn;
    }

    void saveAfterSignIn(boolean asked) {
        saveAfterSignIn = asked;
    }

    /**
     * True the first time it is asked for a draft that was started here (not opened from storage):
     * the document is then counted once as made, however often it is printed or saved.
     */
    boolean countAsMade() {
        if (counted) {
            return false;
        }
        counted = true;
        return true;
    }

    void saved(DocumentId document, String name) {
        this.savedAs = document;
        this.name = name;
        this.unsaved = false;
    }

    /** Queued to be saved for later (decision 043): nothing typed since is lost by leaving. */
    void savedForLater() {
        this.unsaved = false;
    }
}
