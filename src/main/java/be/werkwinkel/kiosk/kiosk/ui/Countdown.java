package be.werkwinkel.kiosk.kiosk.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;

/** A large, visible countdown in whole seconds that fires {@link FinishedEvent} at zero. */
@Tag("kiosk-countdown")
@JsModule("./components/kiosk-countdown.ts")
final class Countdown extends Component {

    /** Each run gets a new number, so that the browser sees every restart as a change. */
    private int runs;

    Countdown(Duration duration) {
        getElement().setProperty("seconds", duration.toSeconds());
    }

    void setUnitLabel(String label) {
        getElement().setProperty("unit", label);
    }

    /** Starts counting down from the full duration again. */
    void restart() {
        runs++;
        getElement().setProperty("run", runs);
    }

    void stop() {
        getElement().setProperty("run", 0);
    }

    Registration addFinishedListener(ComponentEventListener<FinishedEvent> listener) {
        return addListener(FinishedEvent.class, listener);
    }

    /** The countdown reached zero. */
    @DomEvent("countdown-finished")
    public static final class FinishedEvent extends ComponentEvent<Countdown> {
        public FinishedEvent(Countdown source, boolean fromClient) {
            super(source, fromClient);
        }
    }
}
