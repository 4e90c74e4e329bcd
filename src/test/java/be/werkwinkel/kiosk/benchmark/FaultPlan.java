package be.werkwinkel.kiosk.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * The fault harness's own arithmetic, apart from the processes so that it can be unit tested:
 * where in the run the faults fall and of which kind, and how the counts found on the hub turn
 * into delivered, duplicated and lost.
 */
final class FaultPlan {

    /** What the harness breaks. */
    enum Fault {
        /** The hub's JVM gets SIGKILL; it is started again at once on the same database. */
        HUB_KILL("hub killed (kill -9) and restarted"),
        /** A terminal's line to the hub is cut for a few seconds (open connections dropped). */
        NETWORK_CUT("network cut between a terminal and the hub"),
        /** A terminal's line holds every chunk of bytes for hundreds of milliseconds for a while. */
        NETWORK_DELAY("network delayed between a terminal and the hub"),
        /** A terminal gets SIGKILL the moment it starts an outbox write; restarted on its data. */
        TERMINAL_KILL_OUTBOX("terminal killed (kill -9) during an outbox write"),
        /** A terminal gets SIGKILL the moment its replica starts applying hub changes; restarted. */
        TERMINAL_KILL_REPLICA("terminal killed (kill -9) during a replica update");

        final String label;

        Fault(String label) {
            this.label = label;
        }
    }

    private FaultPlan() {
    }

    /**
     * Which operation each fault comes before: {@code faults} distinct positions spread over the run
     * (evenly, with jitter), never in its first or last twentieth, so that the run starts on a
     * working system and the last fault has operations after it. The kinds take turns (a run of
     * five or more faults shows each, twenty show each four times), in a random order.
     */
    static Map<Integer, Fault> schedule(int operations, int faults, Random random) {
        var first = Math.max(1, operations / 20);
        var last = Math.max(first, operations - operations / 20 - 1);
        var room = last - first + 1;
        if (faults > room) {
            throw new IllegalArgumentException("at most " + room + " faults fit in " + operations + " operations");
        }
        var all = new ArrayList<>(Arrays.asList(Fault.values()));
        Collections.shuffle(all, random);
        var kinds = new ArrayList<Fault>();
        for (int i = 0; i < faults; i++) {
            kinds.add(all.get(i % all.size()));
        }
        Collections.shuffle(kinds, random);
        var schedule = new TreeMap<Integer, Fault>();
        var step = (double) room / Math.max(1, faults);
        for (int i = 0; i < faults; i++) {
            var position = first + (int) Math.floor(i * step + random.nextDouble() * step);
            position = Math.min(last, position);
            while (schedule.containsKey(position)) {
                position = position < last ? position + 1 : first;
            }
            schedule.put(position, kinds.get(i));
        }
        return schedule;
    }

    /** Counts over operations that each must have taken effect exactly once on the hub. */
    record Tally(int operations, int delivered, int duplicated, int lost) {

        /**
         * @param operations the operations' keys (request ids, command texts)
         * @param onHub how often each key's effect is found on the hub; a key not in it was found nowhere
         */
        static Tally of(Collection<String> operations, Map<String, Integer> onHub) {
            int delivered = 0;
            int duplicated = 0;
            int lost = 0;
            for (var operation : operations) {
                var found = onHub.getOrDefault(operation, 0);
                if (found == 0) {
                    lost++;
                } else {
                    delivered++;
                    if (found > 1) {
                        duplicated++;
                    }
                }
            }
            return new Tally(operations.size(), delivered, duplicated, lost);
        }

        Tally plus(Tally other) {
            return new Tally(operations + other.operations, delivered + other.delivered,
                    duplicated + other.duplicated, lost + other.lost);
        }

        boolean exactlyOnce() {
            return duplicated == 0 && lost == 0 && delivered == operations;
        }
    }

    /** Keys found on the hub that belong to no operation of the run (a count above zero is a duplicate too). */
    static List<String> strangers(Collection<String> operations, Collection<String> onHub) {
        var known = new java.util.HashSet<>(operations);
        return onHub.stream().filter(key -> !known.contains(key)).toList();
    }
}
