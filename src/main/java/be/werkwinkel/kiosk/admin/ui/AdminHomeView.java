package be.werkwinkel.kiosk.admin.ui;

import be.werkwinkel.kiosk.base.StaffScreens;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Where a staff member lands after signing in. */
@Route(StaffScreens.PATH)
@Menu(title = "admin.home.menu", order = 0, icon = "vaadin:home")
@RolesAllowed(StaffScreens.STAFF)
public class AdminHomeView extends Section implements LocaleChangeObserver, HasDynamicTitle {

    private final H1 heading = new H1();
    private final Paragraph text = new Paragraph();

    public AdminHomeView() {
        addClassName("staff-page");
        add(heading, text);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("admin.home.heading"));
        text.setText(getTranslation("admin.home.text"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.home.menu") + " – " + getTranslation("admin.title");
    }
}
