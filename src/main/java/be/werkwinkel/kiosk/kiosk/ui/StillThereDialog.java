package be.werkwinkel.kiosk.kiosk.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.Duration;

/**
 * "Are you still there?": asked after the idle timeout, with a visible countdown and one big
 * button to carry on (WCAG 2.2.1). Without an answer the countdown's end wipes the session.
 */
final class StillThereDialog extends Dialog {

    private final Countdown countdown;
    private final Paragraph explanation = new Paragraph();
    private final Button carryOn = new Button();
    private final Button stop = new Button();

    StillThereDialog(Duration countdownDuration, Runnable onCarryOn, Runnable onStop, Runnable onTimeUp) {
        addClassName("still-there-dialog");
        setModal(true);
        setCloseOnEsc(false);
        setCloseOnOutsideClick(false);
        setDraggable(false);
        setResizable(false);

        countdown = new Countdown(countdownDuration);
        countdown.addFinishedListener(finished -> onTimeUp.run());

        carryOn.setIcon(VaadinIcon.HAND.create());
        carryOn.addThemeVariants(ButtonVariant.PRIMARY);
        carryOn.addClassName("kiosk-big-button");
        carryOn.setId("still-there-continue");
        carryOn.addClickListener(click -> {
            countdown.stop();
            close();
            onCarryOn.run();
        });

        stop.setIcon(VaadinIcon.CLOSE_CIRCLE.create());
        stop.addClassName("kiosk-big-button");
        stop.setId("still-there-stop");
        stop.addClickListener(click -> onStop.run());
        stop.getElement().setAttribute("data-kiosk-stop", ""); // leaves at once, see kiosk-lockdown.ts

        var body = new Div(countdown, explanation);
        body.addClassName("still-there-body");
        var buttons = new Div(carryOn, stop);
        buttons.addClassName("still-there-buttons");
        add(body, buttons);
    }

    /** Shows the question in the visitor's language and starts the countdown. */
    void ask() {
        setHeaderTitle(getTranslation("idle.title"));
        explanation.setText(getTranslation("idle.explanation"));
        countdown.setUnitLabel(getTranslation("idle.seconds"));
        carryOn.setText(getTranslation("idle.continue"));
        stop.setText(getTranslation("idle.stop"));
        open();
        countdown.restart();
        carryOn.focus();
    }
}
