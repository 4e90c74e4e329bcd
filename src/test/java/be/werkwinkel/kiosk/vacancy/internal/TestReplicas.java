package be.werkwinkel.kiosk.vacancy.internal;

import be.werkwinkel.kiosk.reference.BelgianPlaces;
import be.werkwinkel.kiosk.vacancy.VacancyReplica;
import be.werkwinkel.kiosk.vacancy.VacancySearch;
import be.werkwinkel.kiosk.vacancy.index.JobTitleThesaurus;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;

/** A terminal's replica in a directory of its own, wired as the terminal role wires it, for tests outside this package. */
public final class TestReplicas {

    private TestReplicas() {
    }

    /** The replica port and the search on the same index; close it to close the index. */
    public record Replica(VacancyReplica replica, VacancySearch search, AutoCloseable index) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            index.close();
        }
    }

    /** Opens (or creates, or after damage recreates empty) the replica's index in {@code path}. */
    public static Replica open(Path path, JobTitleThesaurus thesaurus, BelgianPlaces places, Clock clock)
            throws IOException {
        var open = VacancyConfiguration.openIndex(path, thesaurus, places, clock);
        var replica = new IndexVacancyReplica(open, clock);
        return new Replica(replica, new ReplicaVacancySearch(open, replica, places, clock), open);
    }
}
