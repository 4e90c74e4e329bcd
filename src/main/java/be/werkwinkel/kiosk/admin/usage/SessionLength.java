package be.werkwinkel.kiosk.admin.usage;

import java.time.Duration;

/**
 * How long visitor sessions lasted, in buckets: the store keeps each bucket's lower bound in
 * seconds, so the buckets can change later without rewriting old counts.
 */
public enum SessionLength {
    UNDER_1_MIN(0),
    FROM_1_TO_3_MIN(60),
    FROM_3_TO_5_MIN(180),
    FROM_5_TO_10_MIN(300),
    FROM_10_TO_20_MIN(600),
    FROM_20_TO_30_MIN(1200),
    FROM_30_MIN(1800),
    /** Sessions counted before lengths were recorded. */
    NOT_RECORDED(-1);

    private final int fromSeconds;

    SessionLength(int fromSeconds) {
        this.fromSeconds = fromSeconds;
    }

    /** The bucket's lower bound in seconds, as stored. */
    public int fromSeconds() {
        return fromSeconds;
    }

    /** The bucket a session of this length falls in. */
    public static SessionLength of(Duration length) {
        var seconds = Math.max(0, length.toSeconds());
        var result = UNDER_1_MIN;
        for (var bucket : values()) {
            if (bucket != NOT_RECORDED && seconds >= bucket.fromSeconds) {
                result = bucket;
            }
        }
        return result;
    }

    /** The bucket stored with this lower bound; a bound no bucket has (changed buckets) falls in the one below it. */
    public static SessionLength stored(int fromSeconds) {
        return fromSeconds < 0 ? NOT_RECORDED : of(Duration.ofSeconds(fromSeconds));
    }
}
