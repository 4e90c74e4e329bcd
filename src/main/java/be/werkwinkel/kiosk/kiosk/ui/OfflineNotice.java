package be.werkwinkel.kiosk.kiosk.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;

/**
 * What a visitor sees when the server cannot be reached (kiosk-offline.ts): one plain message over
 * the whole screen in the screen's language, and the kiosk comes back by itself. The texts are
 * given beforehand, because a server that is gone cannot send them.
 */
@Tag("kiosk-offline")
@JsModule("./components/kiosk-offline.ts")
final class OfflineNotice extends Component {

    OfflineNotice() {
        setId("kiosk-offline");
    }

    void setTexts(String heading, String message) {
        getElement().setProperty("heading", heading);
        getElement().setProperty("message", message);
    }
}
