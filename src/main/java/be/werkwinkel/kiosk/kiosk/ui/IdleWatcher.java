package be.werkwinkel.kiosk.kiosk.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;

/**
 * Watches for touch, mouse and keyboard input in the browser and fires {@link IdleEvent} after the
 * configured time without any. Watching happens at the client: scrolling or typing in a field does
 * not always reach the server, but it is activity all the same.
 */
@Tag("kiosk-idle")
@JsModule("./components/kiosk-idle.ts")
final class IdleWatcher extends Component {

    IdleWatcher(Duration timeout) {
        getElement().setProperty("timeout", timeout.toSeconds());
        getElement().setAttribute("aria-hidden", "true");
    }

    /** While paused no idle event fires; resuming starts a fresh wait. */
    void setPaused(boolean paused) {
        getElement().setProperty("paused", paused);
    }

    Registration addIdleListener(com.vaadin.flow.component.ComponentEventListener<IdleEvent> listener) {
        return addListener(IdleEvent.class, listener);
    }

    /** Nobody touched the screen for the whole timeout. */
    @DomEvent("kiosk-idle")
    public static final class IdleEvent extends ComponentEvent<IdleWatcher> {
        public IdleEvent(IdleWatcher source, boolean fromClient) {
            super(source, fromClient);
        }
    }
}
