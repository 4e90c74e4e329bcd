package be.werkwinkel.kiosk.appointment.ui.staff;

import be.werkwinkel.kiosk.appointment.LocalizedText;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;

/** A text staff enter in Dutch, French and English: three fields, Dutch first (the others fall back to it). */
final class LocalizedTextFields {

    final TextField nl = new TextField();
    final TextField fr = new TextField();
    final TextField en = new TextField();

    LocalizedTextFields(Component owner, String labelKey, String id, LocalizedText value) {
        var label = owner.getTranslation(labelKey);
        nl.setLabel(label + " (" + owner.getTranslation("appointment.staff.language.nl") + ")");
        fr.setLabel(label + " (" + owner.getTranslation("appointment.staff.language.fr") + ")");
        en.setLabel(label + " (" + owner.getTranslation("appointment.staff.language.en") + ")");
        nl.setId(id + "-nl");
        fr.setId(id + "-fr");
        en.setId(id + "-en");
        nl.setValue(value.nl());
        fr.setValue(value.fr());
        en.setValue(value.en());
    }

    LocalizedText value() {
        return new LocalizedText(nl.getValue(), fr.getValue(), en.getValue());
    }

    List<Component> fields() {
        return List.of(nl, fr, en);
    }
}
