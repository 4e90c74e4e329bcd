package be.werkwinkel.kiosk.system.database;

import org.springframework.boot.SpringBootExceptionReporter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Says in one line that the data directory is in use, instead of Spring Boot's failure report and
 * stack trace: a second kiosk started by mistake (twice in an autostart, a double click) is an
 * operator's slip, not a crash. Registered in {@code META-INF/spring.factories}.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class DataDirectoryInUseReporter implements SpringBootExceptionReporter {

    @Override
    public boolean reportException(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataDirectoryInUseException inUse) {
                System.err.println(inUse.getMessage());
                return true;
            }
        }
        return false;
    }
}
