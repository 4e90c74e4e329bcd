package be.werkwinkel.kiosk.system;

import be.werkwinkel.kiosk.base.KioskRole;
import java.net.InetAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Says, in one line at the end of start-up, which address to open: among the start-up log it is
 * the one line a person starting the kiosk by hand needs. It comes once the vacancies are in
 * (on a first start, after the demo data has loaded).
 */
@Component
class KioskAddressAnnouncement {

    private static final Logger log = LoggerFactory.getLogger(KioskAddressAnnouncement.class);

    @EventListener
    void announce(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web) || web.getWebServer() == null) {
            return; // a staff command has no screen to open
        }
        var environment = event.getApplicationContext().getEnvironment();
        var address = address(environment, web.getWebServer().getPort());
        if (KioskRole.of(environment) == KioskRole.HUB) {
            log.info("Hub ready: staff console at {}/admin, terminal API at {}/api/terminal/v1", address, address);
        } else {
            log.info("Kiosk ready: open {} in the browser", address);
        }
    }

    static String address(Environment environment, int port) {
        var host = environment.getProperty("server.address", "127.0.0.1");
        try {
            if (host.isBlank() || InetAddress.getByName(host).isAnyLocalAddress()) {
                host = "127.0.0.1"; // listening everywhere: the local browser still uses loopback
            }
        } catch (java.net.UnknownHostException e) {
            // a host name: show it as configured
        }
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }
}
