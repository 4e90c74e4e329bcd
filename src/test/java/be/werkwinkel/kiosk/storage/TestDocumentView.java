package be.werkwinkel.kiosk.storage;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Where {@link TestDocumentFormat} opens its documents, as the cv module's wizard would. */
@AnonymousAllowed
@Route(TestDocumentFormat.LOCATION + ":id")
public class TestDocumentView extends Div {
}
