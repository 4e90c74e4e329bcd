package be.werkwinkel.kiosk.benchmark;

import java.util.Arrays;

/** Latencies of one kind of call, in the order they were measured; percentiles by nearest rank. */
final class Latencies {

    private long[] nanos = new long[256];
    private int size;

    void add(long elapsedNanos) {
        if (size == nanos.length) {
            nanos = Arrays.copyOf(nanos, size * 2);
        }
        nanos[size++] = elapsedNanos;
    }

    long nanos(int index) {
        return nanos[index];
    }

    int size() {
        return size;
    }

    /** The first {@code count} measurements: the same queries another engine ran. */
    Latencies first(int count) {
        var first = new Latencies();
        for (int i = 0; i < Math.min(count, size); i++) {
            first.add(nanos[i]);
        }
        return first;
    }

    /** @param percentile 0 to 100 */
    double millis(double percentile) {
        if (size == 0) {
            return Double.NaN;
        }
        var sorted = Arrays.copyOf(nanos, size);
        Arrays.sort(sorted);
        var rank = (int) Math.ceil(percentile / 100 * size);
        return sorted[Math.clamp(rank - 1, 0, size - 1)] / 1e6;
    }

    double p50() {
        return millis(50);
    }

    double p95() {
        return millis(95);
    }

    double p99() {
        return millis(99);
    }

    double max() {
        return millis(100);
    }
}
