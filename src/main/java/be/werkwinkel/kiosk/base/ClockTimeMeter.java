package be.werkwinkel.kiosk.base;

import io.github.bucket4j.TimeMeter;
import java.time.Clock;

/**
 * The kiosk's clock as bucket4j's time source, so that throttles and limits follow the clock the
 * rest of the kiosk (and a test) uses rather than the system's.
 */
public record ClockTimeMeter(Clock clock) implements TimeMeter {

    @Override
    public long currentTimeNanos() {
        var now = clock.instant();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    @Override
    public boolean isWallClockBased() {
        return true;
    }
}
