package be.werkwinkel.kiosk.terminal.internal;

/**
 * Ends this process so that the service manager starts it again (decision 032): the kiosk's
 * service unit restarts it whenever it stops (kiosk-config/README.md). A bean, so that a test can
 * put one in that does not end the test's JVM.
 */
@FunctionalInterface
interface ApplicationRestart {

    /** Exit code of a restart on request, apart from a failure's 1. */
    int EXIT_CODE = 75;

    void restart();
}
