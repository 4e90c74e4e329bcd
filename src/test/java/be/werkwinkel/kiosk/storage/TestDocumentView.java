package be.werkwinkel.kiosk.storage;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;

/** Where {@link TestDocumentFormat} opens its documents, as the cv module's wizard would. */
@Route(TestDocumentFormat.LOCATION + ":id")
public class TestDocumentView extends Div {
}
