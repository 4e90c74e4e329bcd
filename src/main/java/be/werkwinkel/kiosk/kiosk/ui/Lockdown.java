package be.werkwinkel.kiosk.kiosk.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;

/**
 * The in-app lockdown (kiosk-lockdown.ts): active while this invisible element is on the page,
 * so only kiosk screens that render it are locked down; a staff screen under {@code /admin} is not.
 * It also sends a page that the browser brought back from its history to the attract screen.
 */
@Tag("kiosk-lockdown")
@JsModule("./components/kiosk-lockdown.ts")
final class Lockdown extends Component {

    Lockdown() {
        getElement().setAttribute("aria-hidden", "true");
    }
}
