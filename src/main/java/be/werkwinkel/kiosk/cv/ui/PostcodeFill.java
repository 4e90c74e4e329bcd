package be.werkwinkel.kiosk.cv.ui;

import be.werkwinkel.kiosk.reference.BelgianPlaces;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/** A Belgian postcode typed fills in its place, when the place is still empty: "9000" gives "Gent". */
final class PostcodeFill {

    private PostcodeFill() {
    }

    static void fillPlace(TextField postcode, TextField place, BelgianPlaces places) {
        postcode.setValueChangeMode(ValueChangeMode.EAGER); // as soon as the fourth digit is typed
        postcode.addValueChangeListener(change -> {
            if (change.isFromClient() && place.getValue().isBlank()) {
                places.byPostcode(postcode.getValue().strip()).ifPresent(found -> place.setValue(found.name()));
            }
        });
    }
}
