package be.werkwinkel.kiosk.system;

import be.werkwinkel.kiosk.base.KioskRole;
import java.util.Optional;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Stops the launch of a role that cannot serve anyone as configured, with one clear line instead
 * of a kiosk that starts and shows nothing: a terminal needs the address of its hub. Only the
 * command-line launch uses this check, so tests can still start every role's context.
 */
public final class RunnableRoles implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        refusal(event.getEnvironment()).ifPresent(message -> {
            System.err.println(message);
            System.exit(2);
        });
    }

    /** Why this environment's role cannot be launched, or empty when it can. */
    static Optional<String> refusal(Environment environment) {
        if (KioskRole.of(environment) == KioskRole.TERMINAL && !StringUtils.hasText(environment.getProperty("kiosk.hub.url"))) {
            return Optional.of("kiosk.role=terminal needs kiosk.hub.url, the address of its hub"
                    + " (e.g. --kiosk.hub.url=http://hub.example:8080), and once kiosk.hub.enrollment-code"
                    + " from the hub's console.");
        }
        return Optional.empty();
    }
}
