package be.werkwinkel.kiosk.admin.usage;

import be.werkwinkel.kiosk.admin.usage.UsageStore.Place;
import be.werkwinkel.kiosk.base.KioskSettings;
import be.werkwinkel.kiosk.terminal.Terminals;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Where what happens in this process counts: in standalone the kiosk is a terminal of its own
 * instance (decision 032), so its sessions and searches count for that terminal and its site as
 * the registry has them. Without a local terminal (a hub's own kiosk pages) they count for
 * terminal 0 and the instance's {@code kiosk.site.name}. A hub's terminals report their own counts
 * ({@link UsageDelivery}). The registry is asked at most every {@value #REFRESH_SECONDS} s.
 */
class UsageAttribution {

    static final long REFRESH_SECONDS = 30;

    private final Terminals terminals;
    private final KioskSettings kiosk;
    private final Clock clock;
    private volatile @Nullable Place place;
    private volatile Instant checkedAt = Instant.MIN;

    UsageAttribution(Terminals terminals, KioskSettings kiosk, Clock clock) {
        this.terminals = terminals;
        this.kiosk = kiosk;
        this.clock = clock;
    }

    Place current() {
        var known = place;
        var now = clock.instant();
        if (known != null && Duration.between(checkedAt, now).toSeconds() < REFRESH_SECONDS) {
            return known;
        }
        var found = terminals.localKiosk().flatMap(terminals::find)
                .map(terminal -> new Place(terminal.site(), terminal.id().value()))
                .orElseGet(() -> new Place(kiosk.site().name(), 0));
        place = found;
        checkedAt = now;
        return found;
    }
}
