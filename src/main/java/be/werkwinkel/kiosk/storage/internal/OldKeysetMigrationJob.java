package be.werkwinkel.kiosk.storage.internal;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/**
 * Runs the {@link OldKeysetMigration} once the kiosk is up, on a thread of its own, so that the
 * first screen does not wait for it: until a row is re-sealed it simply opens with the old keyset.
 * On shutdown the run stops after the batch in hand. Not in the staff command line, which only
 * runs one command.
 */
final class OldKeysetMigrationJob implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(OldKeysetMigrationJob.class);

    private final OldKeysetMigration migration;
    private @Nullable Thread thread;

    OldKeysetMigrationJob(OldKeysetMigration migration) {
        this.migration = migration;
    }

    @EventListener(ApplicationReadyEvent.class)
    synchronized void start() {
        if (thread != null) {
            return;
        }
        thread = Thread.ofPlatform().name("storage-keyset-migration").daemon().start(() -> {
            try {
                migration.migrate();
            } catch (RuntimeException e) {
                // nothing is lost: every row not yet re-sealed still opens with the old keyset
                log.warn("Re-sealing personal storage stopped; it goes on at the next start: {}", e.toString());
            }
        });
    }

    @Override
    public void destroy() throws InterruptedException {
        migration.stop();
        Thread running;
        synchronized (this) {
            running = thread;
        }
        if (running != null) {
            running.join(10_000);
        }
    }
}
