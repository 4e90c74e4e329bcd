package be.werkwinkel.kiosk.base.ui;

import com.vaadin.flow.component.html.Span;

/** The "Binnenkort" mark on anything that waits for a feature still to come: seen before the tap. */
public final class ComingSoonBadge extends Span {

    public ComingSoonBadge() {
        setText(getTranslation("tile.comingSoon"));
        addClassName("kiosk-soon-badge");
    }
}
