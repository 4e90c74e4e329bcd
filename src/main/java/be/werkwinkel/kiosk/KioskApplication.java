package be.werkwinkel.kiosk;

import be.werkwinkel.kiosk.system.RunnableRoles;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.component.page.Viewport;
import com.vaadin.flow.theme.lumo.Lumo;
import com.vaadin.flow.component.dependency.StyleSheet;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The one application that runs as standalone kiosk, hub or terminal (see {@code kiosk.role}).
 *
 * <p>Push is on because a session can be wiped from the server side (staff reset, remote lock):
 * the browser must be told to leave even when the visitor does nothing. Pinch-zoom is off in the
 * viewport; the larger-text mode turns it back on at the client.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/kiosk.css")
@Viewport("width=device-width, initial-scale=1, maximum-scale=1, user-scalable=no")
public class KioskApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        if (KioskCommandLine.isCommand(args)) {
            System.exit(new KioskCommandLine(System.out, System.err).run(args));
        }
        var application = new SpringApplication(KioskApplication.class);
        application.addListeners(new RunnableRoles());
        application.run(args);
    }
}
