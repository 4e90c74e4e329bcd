package be.werkwinkel.kiosk.base;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Failed attempts per client address (decision 038): a token bucket (bucket4j) per address in a
 * Caffeine cache, timed by the kiosk's clock. Each failure takes a token; with none left, every
 * attempt from that address is refused (without checking anything) until one has refilled. The
 * bucket refills evenly: {@code maxFailures} per {@code period}, so that after a burst one more
 * attempt comes free every {@code period / maxFailures}. Only failures count: a site that enrolls
 * or signs in many times from behind one address is never slowed while it gets it right.
 *
 * <p>IPv6 addresses count per /64 network, the smallest block one subscriber normally holds, so
 * that an attacker cannot step through the addresses of their own network. In memory: a restart
 * forgets the counts, and each hub instance counts for itself.
 */
public final class AddressThrottle {

    private static final Pattern IP_LITERAL = Pattern.compile("[0-9A-Fa-f:.]+(%.+)?");

    private final int maxFailures;
    private final Duration period;
    private final TimeMeter time;
    private final Clock clock;
    private final Cache<String, Bucket> buckets;

    public AddressThrottle(int maxFailures, Duration period, Clock clock) {
        if (maxFailures < 1 || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("a throttle needs at least one failure and a positive period");
        }
        this.maxFailures = maxFailures;
        this.period = period;
        this.clock = clock;
        this.time = new ClockTimeMeter(clock);
        this.buckets = Caffeine.newBuilder()
                .maximumSize(100_000)
                // a full bucket is as good as none: forget it once it must have refilled
                .expireAfterAccess(period.multipliedBy(2))
                .build();
    }

    /** When this address may try again; empty while it may try now. */
    public Optional<Instant> pausedUntil(String address) {
        var bucket = buckets.getIfPresent(key(address));
        if (bucket == null || bucket.getAvailableTokens() > 0) {
            return Optional.empty();
        }
        var wait = bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
        return Optional.of(clock.instant().plus(Duration.ofNanos(wait)).plusSeconds(1));
    }

    /**
     * Counts a failed attempt from this address.
     *
     * @return true when this failure used the last one allowed: the address is paused from now
     */
    public boolean failed(String address) {
        var bucket = buckets.get(key(address), any -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(maxFailures).refillGreedy(maxFailures, period).build())
                .withCustomTimePrecision(time)
                .build());
        return bucket.tryConsume(1) && bucket.getAvailableTokens() == 0;
    }

    /**
     * What an address counts as: itself for IPv4, its /64 network for IPv6; anything that is no
     * address literal (it never comes from the servlet container) as it is.
     */
    static String key(String address) {
        if (!IP_LITERAL.matcher(address).matches() || !address.contains(":")) {
            return address;
        }
        try {
            // a literal: parsed, never looked up
            var parsed = InetAddress.getByName(address.contains("%") ? address.substring(0, address.indexOf('%')) : address);
            if (parsed instanceof Inet6Address) {
                return HexFormat.of().formatHex(parsed.getAddress(), 0, 8) + "::/64";
            }
            return parsed.getHostAddress();
        } catch (UnknownHostException notAnAddress) {
            return address;
        }
    }
}
