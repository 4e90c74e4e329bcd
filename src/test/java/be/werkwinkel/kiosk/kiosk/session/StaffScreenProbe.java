package be.werkwinkel.kiosk.kiosk.session;

import be.werkwinkel.kiosk.base.StaffScreens;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;

/** Stands in for a staff console screen until the console exists: any route under /admin. */
@Route(value = StaffScreens.PATH + "/probe", autoLayout = false)
public class StaffScreenProbe extends Div {
}
