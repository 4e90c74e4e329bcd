package be.werkwinkel.kiosk.kiosk.session;

import be.werkwinkel.kiosk.base.StaffScreens;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** A staff screen of the simplest kind: any route under /admin, for staff only, without the console's layout. */
@RolesAllowed(StaffScreens.STAFF)
@Route(value = StaffScreens.PATH + "/probe", autoLayout = false)
public class StaffScreenProbe extends Div {
}
