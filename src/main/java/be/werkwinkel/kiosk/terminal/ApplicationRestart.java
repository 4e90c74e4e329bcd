package be.werkwinkel.kiosk.terminal;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;

/**
 * Ends this process so that the service manager starts it again (decision 032): the kiosk's
 * service unit restarts it whenever it stops (kiosk-config/README.md). A bean, so that a test can
 * put one in that does not end the test's JVM.
 */
@FunctionalInterface
public interface ApplicationRestart {

    /** Exit code of a restart on request, apart from a failure's 1. */
    int EXIT_CODE = 75;

    void restart();

    /** The real one: after half a second, so that the acknowledgement and the console's push go out first. */
    static ApplicationRestart exiting(ApplicationContext context) {
        return () -> Thread.ofPlatform().name("restart").start(() -> {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            System.exit(SpringApplication.exit(context, () -> EXIT_CODE));
        });
    }
}
