package be.werkwinkel.kiosk.system.database;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.SpringApplicationEvent;
import org.springframework.context.ApplicationListener;

/**
 * Takes the embedded database directory for this process as soon as the configuration is read,
 * before the application context, the web server or Vaadin start: a second kiosk on the same data
 * is turned away within a second or two, with the one line of {@link DataDirectoryInUseReporter}
 * and nothing else, and a server that a killed kiosk left behind is stopped before anything
 * needs the database. Registered in {@code META-INF/spring.factories}, since it runs before any
 * bean exists.
 */
class EmbeddedDatabaseStartupCheck implements ApplicationListener<SpringApplicationEvent> {

    @Override
    public void onApplicationEvent(SpringApplicationEvent event) {
        if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
            EmbeddedMariaDbConfiguration.embeddedDirectory(prepared.getEnvironment()).ifPresent(directory ->
                    EmbeddedDatabaseLock.keepForContext(directory, EmbeddedMariaDbConfiguration.lockDirectory(directory)));
        } else if (event instanceof ApplicationFailedEvent failed && failed.getApplicationContext() != null) {
            EmbeddedMariaDbConfiguration.embeddedDirectory(failed.getApplicationContext().getEnvironment())
                    .ifPresent(EmbeddedDatabaseLock::releaseUnclaimed);
        }
    }
}
