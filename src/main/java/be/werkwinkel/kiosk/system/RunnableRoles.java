package be.werkwinkel.kiosk.system;

import be.werkwinkel.kiosk.base.KioskRole;
import java.util.Locale;
import java.util.Optional;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Stops the launch of a role that cannot serve anyone yet, with one clear line instead of a
 * kiosk that starts and shows nothing. The hub and terminal roles are wired (and their wiring is
 * tested) as far as their features exist; they become runnable with the terminal issue. Only the
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
        var role = KioskRole.of(environment);
        return role == KioskRole.STANDALONE ? Optional.empty() : Optional.of("kiosk.role="
                + role.name().toLowerCase(Locale.ROOT)
                + " cannot be run on its own in this version yet; use kiosk.role=standalone.");
    }
}
