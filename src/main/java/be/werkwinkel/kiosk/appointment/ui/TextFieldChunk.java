package be.werkwinkel.kiosk.appointment.ui;

import com.vaadin.flow.component.UI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Makes sure the text field's web component is loaded on the appointment screens that have text
 * fields, while the committed production bundle predates them.
 *
 * <p>The bundle loads a route's components lazily, in a chunk named after the SHA-256 of the
 * route's class name ({@code window.Vaadin.Flow.loadOnDemand}). A route added after the bundle was
 * built has no chunk, and {@code vaadin-text-field} is not in the eager part, so the fields would
 * stay invisible. Loading the chunk of the sign-in screen (which has text fields) brings it. Once
 * the bundle is rebuilt with these screens (helper {@code staff} rebuilds it), their own chunks do
 * this and this class can go; asking for a chunk that does not exist does nothing.
 */
final class TextFieldChunk {

    /** A screen in the bundle whose chunk holds {@code vaadin-text-field}. */
    private static final String SCREEN_WITH_TEXT_FIELDS = "be.werkwinkel.kiosk.storage.ui.SignInView";

    private TextFieldChunk() {
    }

    static void load(UI ui) {
        ui.getPage().executeJs("const flow = window.Vaadin && window.Vaadin.Flow;"
                + " if (flow && flow.loadOnDemand) { flow.loadOnDemand($0); }", chunkId(SCREEN_WITH_TEXT_FIELDS));
    }

    static String chunkId(String className) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(className.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException always) {
            throw new IllegalStateException(always);
        }
    }
}
