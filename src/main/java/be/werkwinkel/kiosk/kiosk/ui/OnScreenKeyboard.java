package be.werkwinkel.kiosk.kiosk.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;

/**
 * The on-screen keyboard (simple-keyboard): opens for whichever text field gets focus, Belgian
 * AZERTY by default and a number pad for numeric fields, and makes room so that it never covers the
 * field being typed in. Key labels that are words (space, enter, hide) are translated by the
 * layout.
 */
@Tag("kiosk-keyboard")
@NpmPackage(value = "simple-keyboard", version = "3.8.192")
@JsModule("./components/kiosk-keyboard.ts")
final class OnScreenKeyboard extends Component {

    void setLabels(String space, String enter, String hide, String numbers, String letters, String shift,
            String backspace) {
        var labels = getElement();
        labels.setProperty("labelSpace", space);
        labels.setProperty("labelEnter", enter);
        labels.setProperty("labelHide", hide);
        labels.setProperty("labelNumbers", numbers);
        labels.setProperty("labelLetters", letters);
        labels.setProperty("labelShift", shift);
        labels.setProperty("labelBackspace", backspace);
    }
}
