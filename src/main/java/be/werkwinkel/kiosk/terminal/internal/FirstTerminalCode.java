package be.werkwinkel.kiosk.terminal.internal;

import be.werkwinkel.kiosk.base.KioskSettings;
import be.werkwinkel.kiosk.terminal.Enrollment;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/**
 * A hub that serves no terminal yet registers a first one and prints its one-time enrollment
 * code, so that a hub and a terminal can be tried on one machine without the console (README,
 * "Run a hub and a terminal"). Every later terminal is added in the console, which shows its code.
 */
final class FirstTerminalCode {

    private static final Logger log = LoggerFactory.getLogger(FirstTerminalCode.class);

    private final TerminalRegistry registry;
    private final KioskSettings kiosk;

    FirstTerminalCode(TerminalRegistry registry, KioskSettings kiosk) {
        this.registry = registry;
        this.kiosk = kiosk;
    }

    @EventListener(ApplicationReadyEvent.class)
    void printWhenNone() {
        issueWhenNone().ifPresent(enrollment -> log.info(
                "No terminal is registered yet. Enroll the first one, \"Kiosk 1\", with code {} (valid until {}):"
                        + " start it with --kiosk.role=terminal --kiosk.hub.url=<this hub's address>"
                        + " --kiosk.hub.enrollment-code={}",
                enrollment.code(), enrollment.expiresAt(), enrollment.code()));
    }

    /** Registers "Kiosk 1" when the registry is empty, and gives its code. */
    Optional<Enrollment> issueWhenNone() {
        if (!registry.overview().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(registry.create("Kiosk 1", kiosk.site().name(), ""));
    }
}
