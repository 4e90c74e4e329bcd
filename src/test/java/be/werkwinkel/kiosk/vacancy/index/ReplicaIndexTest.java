package be.werkwinkel.kiosk.vacancy.index;

import static be.werkwinkel.kiosk.vacancy.index.IndexFixture.ids;
import static be.werkwinkel.kiosk.vacancy.index.TestVacancy.vacancy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.werkwinkel.kiosk.vacancy.Vacancy;
import be.werkwinkel.kiosk.vacancy.VacancyId;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * What a terminal's replica needs of the index: a page of changes applied in one commit with its
 * revision, and a whole replacement that either commits at the end or leaves the old index.
 */
class ReplicaIndexTest {

    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();

    private static List<Vacancy> vacancies(TestVacancy... builders) {
        return Stream.of(builders).map(TestVacancy::build).toList();
    }

    @Test
    void a_page_is_applied_in_one_commit_with_its_revision_and_time() {
        try (var index = IndexFixture.open(directory)) {
            assertThat(index.committedAt()).isEmpty();
            index.apply(vacancies(vacancy(1, "Kok"), vacancy(2, "Slager"), vacancy(3, "Bakker")), List.of(), 10);
            index.apply(vacancies(vacancy(1, "Hulpkok")), List.of(new VacancyId(2), new VacancyId(99)), 14);

            assertThat(index.committedSequence()).isEqualTo(14);
            assertThat(index.committedAt()).isPresent();
            assertThat(index.find(new VacancyId(1)).orElseThrow().title()).isEqualTo("Hulpkok");
            assertThat(index.find(new VacancyId(2))).isEmpty();
            assertThat(index.count()).isEqualTo(2);
        }
        try (var reopened = IndexFixture.open(directory)) {
            assertThat(reopened.committedSequence()).isEqualTo(14);
            assertThat(reopened.committedAt()).isPresent();
            assertThat(reopened.count()).isEqualTo(2);
        }
    }

    @Test
    void a_replacement_commits_once_at_the_end_with_upserts_by_id_and_deletions() {
        try (var index = IndexFixture.open(directory)) {
            index.apply(vacancies(vacancy(1, "Kok"), vacancy(2, "Slager")), List.of(), 5);

            index.replace(writes -> {
                writes.upsert(vacancies(vacancy(3, "Lasser"), vacancy(4, "Schilder")));
                assertThat(index.count()).as("the old index while the new one is written").isEqualTo(2);
                writes.upsert(vacancies(vacancy(3, "Lasser-monteur")));  // changed while the copy ran
                writes.delete(List.of(new VacancyId(4)));
                return 20;
            });

            assertThat(index.committedSequence()).isEqualTo(20);
            assertThat(ids(index.search(TestQuery.everything().build()))).containsExactly(3L);
            assertThat(index.find(new VacancyId(3)).orElseThrow().title()).isEqualTo("Lasser-monteur");
        }
    }

    @Test
    void a_replacement_that_fails_halfway_leaves_the_old_index_and_nothing_of_itself() {
        try (var index = IndexFixture.open(directory)) {
            index.apply(vacancies(vacancy(1, "Kok"), vacancy(2, "Slager")), List.of(), 5);

            assertThatThrownBy(() -> index.replace(writes -> {
                writes.upsert(vacancies(vacancy(3, "Lasser")));
                throw new IllegalStateException("the hub went away");
            })).hasMessage("the hub went away");

            assertThat(index.committedSequence()).isEqualTo(5);
            assertThat(index.count()).isEqualTo(2);
            index.apply(vacancies(vacancy(4, "Schilder")), List.of(), 6);
            assertThat(ids(index.search(TestQuery.everything().build())))
                    .as("the next commit carries nothing of the failed replacement").containsExactlyInAnyOrder(1L, 2L, 4L);
        }
    }
}
