package be.werkwinkel.kiosk.admin.ui;

import be.werkwinkel.kiosk.admin.staff.StaffPrincipal;
import be.werkwinkel.kiosk.base.StaffScreens;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/**
 * The frame of every staff screen of every module: Vaadin puts each route under {@code /admin}
 * into it by itself, so feature modules never import it (decision 028). The side navigation lists
 * the {@code @Menu} routes under {@code /admin} that this staff member may open (Vaadin filters
 * them by their access annotations); a menu title is a translation key. The top bar shows who is
 * signed in, the language switch and "sign out".
 */
@Layout("/" + StaffScreens.PATH)
@PermitAll
public class AdminLayout extends AppLayout implements LocaleChangeObserver {

    private final AuthenticationContext authentication;
    private final Span title = new Span();
    private final Span who = new Span();
    private final Button signOut = new Button(VaadinIcon.SIGN_OUT.create());
    private final DrawerToggle toggle = new DrawerToggle();
    private final SideNav navigation = new SideNav();

    public AdminLayout(AuthenticationContext authentication) {
        this.authentication = authentication;
        addClassName("staff-console");
        setPrimarySection(Section.DRAWER);
        title.addClassName("staff-title");
        who.setId("staff-who");
        who.addClassName("staff-who");
        signOut.setId("staff-sign-out");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.addClickListener(click -> authentication.logout());
        var bar = new Div(toggle, who, new StaffLanguageSwitch(), signOut);
        bar.addClassName("staff-bar");
        addToNavbar(bar);
        navigation.setId("staff-navigation");
        addToDrawer(title, navigation);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("admin.title"));
        toggle.setAriaLabel(getTranslation("admin.menu.toggle"));
        signOut.setText(getTranslation("admin.signOut"));
        navigation.setLabel(getTranslation("admin.menu.label"));
        who.setText(authentication.getAuthenticatedUser(StaffPrincipal.class)
                .map(staff -> getTranslation("admin.signedInAs", staff.displayName(), staff.username()))
                .orElse(""));
        navigation.removeAll();
        for (var entry : MenuConfiguration.getMenuEntries()) {
            var path = entry.path().startsWith("/") ? entry.path().substring(1) : entry.path();
            if (path.equals(StaffScreens.PATH) || path.startsWith(StaffScreens.PATH + "/")) {
                var item = new SideNavItem(getTranslation(entry.title()), "/" + path);
                var icon = entry.icon();
                if (icon != null && icon.contains(":")) { // e.g. vaadin:users
                    item.setPrefixComponent(new Icon(icon.substring(0, icon.indexOf(':')),
                            icon.substring(icon.indexOf(':') + 1)));
                }
                navigation.addItem(item);
            }
        }
    }
}
