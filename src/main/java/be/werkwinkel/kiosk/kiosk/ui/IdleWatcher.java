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

    IdleWatcher(Duration timeout, Duration activityReportInterval) {
        setTimeout(timeout, activityReportInterval);
        getElement().setAttribute("aria-hidden", "true");
    }

    /** A new timeout starts a fresh wait in the browser (kiosk-idle.ts restarts on every change). */
    void setTimeout(Duration timeout, Duration activityReportInterval) {
        getElement().setProperty("timeout", timeout.toSeconds());
        getElement().setProperty("report", activityReportInterval.toMillis() / 1000.0);
    }

    /** The timeout the browser counts, in seconds. */
    long timeoutSeconds() {
        return (long) getElement().getProperty("timeout", 0.0);
    }

    /** While paused no idle event fires; resuming starts a fresh wait. */
    void setPaused(boolean paused) {
        getElement().setProperty("paused", paused);
    }

    Registration addIdleListener(com.vaadin.flow.component.ComponentEventListener<IdleEvent> listener) {
        return addListener(IdleEvent.class, listener);
    }

    /** Reports, now and then, that the visitor touched, typed or scrolled (see kiosk-idle.ts). */
    Registration addActivityListener(com.vaadin.flow.component.ComponentEventListener<ActivityEvent> listener) {
        return addListener(ActivityEvent.class, listener);
    }

    /** The visitor did something since the last report. */
    @DomEvent("kiosk-active")
    public static final class ActivityEvent extends ComponentEvent<IdleWatcher> {
        public ActivityEvent(IdleWatcher source, boolean fromClient) {
            super(source, fromClient);
        }
    }

    /** Nobody touched the screen for the whole timeout. */
    @DomEvent("kiosk-idle")
    public static final class IdleEvent extends ComponentEvent<IdleWatcher> {
        public IdleEvent(IdleWatcher source, boolean fromClient) {
            super(source, fromClient);
        }
    }
}
