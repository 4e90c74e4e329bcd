package be.werkwinkel.kiosk.vacancy.index;

import static be.werkwinkel.kiosk.vacancy.index.IndexFixture.ids;
import static be.werkwinkel.kiosk.vacancy.index.TestVacancy.vacancy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.werkwinkel.kiosk.base.KioskLanguage;
import be.werkwinkel.kiosk.vacancy.Vacancy;
import be.werkwinkel.kiosk.vacancy.VacancyId;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** Opening, committing, replacing, deleting, rebuilding, and what survives a restart. */
class IndexLifecycleTest {

    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();

    private static List<Vacancy> vacancies(TestVacancy... builders) {
        return Stream.of(builders).map(TestVacancy::build).toList();
    }

    @Test
    void a_new_index_is_empty_with_sequence_minus_one() {
        try (var index = IndexFixture.open(directory)) {
            assertThat(index.committedSequence()).isEqualTo(-1);
            assertThat(index.count()).isZero();
            assertThat(index.search(TestQuery.everything().build()).total()).isZero();
        }
    }

    @Test
    void the_committed_sequence_survives_a_restart() {
        try (var index = IndexFixture.open(directory)) {
            index.upsert(vacancies(vacancy(1, "Kok")));
            index.commit(42);
            assertThat(index.committedSequence()).isEqualTo(42);
        }
        try (var reopened = IndexFixture.open(directory)) {
            assertThat(reopened.committedSequence()).isEqualTo(42);
            assertThat(reopened.count()).isEqualTo(1);
        }
    }

    @Test
    void changes_are_searchable_only_after_commit() {
        try (var index = IndexFixture.open(directory)) {
            index.upsert(vacancies(vacancy(1, "Kok")));
            assertThat(index.count()).isZero();
            index.commit(1);
            assertThat(index.count()).isEqualTo(1);
        }
    }

    @Test
    void changes_not_committed_are_dropped_on_close() {
        try (var index = IndexFixture.open(directory)) {
            index.upsert(vacancies(vacancy(1, "Kok")));
            index.commit(1);
            index.upsert(vacancies(vacancy(2, "Slager")));
        }
        try (var reopened = IndexFixture.open(directory)) {
            assertThat(reopened.count()).isEqualTo(1);
            assertThat(reopened.committedSequence()).isEqualTo(1);
        }
    }

    @Test
    void an_upsert_replaces_the_vacancy_with_the_same_id() {
        try (var index = IndexFixture.open(directory)) {
            index.upsert(vacancies(vacancy(1, "Kok"), vacancy(2, "Slager")));
            index.commit(1);
            index.upsert(vacancies(vacancy(1, "Bakker")));
            index.commit(2);
            assertThat(index.count()).isEqualTo(2);
            assertThat(ids(index.search(TestQuery.text("kok").build()))).isEmpty();
            assertThat(ids(index.search(TestQuery.text("bakker").build()))).containsExactly(1L);
        }
    }

    @Test
    void delete_removes_by_id_and_ignores_unknown_ids() {
        try (var index = IndexFixture.open(directory)) {
            index.upsert(vacancies(vacancy(1, "Kok"), vacancy(2, "Slager")));
            index.commit(1);
            index.delete(List.of(new VacancyId(1), new VacancyId(999)));
            index.commit(2);
            assertThat(ids(index.search(TestQuery.everything().build()))).containsExactly(2L);
        }
    }

    @Test
    void a_vacancy_without_an_id_is_refused() {
        var unsaved = vacancy(1, "Kok").build();
        var withoutId = new Vacancy(null, unsaved.source(), unsaved.identifier(), unsaved.title(),
                unsaved.descriptionHtml(), unsaved.descriptionText(), unsaved.datePosted(), unsaved.validThrough(),
                unsaved.contracts(), unsaved.regimes(), unsaved.employer(), unsaved.location(), unsaved.sector(),
                unsaved.occupation(), unsaved.education(), unsaved.educationText(), unsaved.experience(),
                unsaved.experienceText(), unsaved.skills(), unsaved.workHours(), unsaved.salary(),
                unsaved.language(), unsaved.url(), unsaved.directApply(), unsaved.applicationContact());
        try (var index = IndexFixture.open(directory)) {
            assertThatThrownBy(() -> index.upsert(List.of(withoutId))).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("test/T-1");
        }
    }

    @Test
    void rebuild_replaces_everything_and_commits_its_sequence() {
        try (var index = IndexFixture.open(directory)) {
            index.upsert(vacancies(vacancy(1, "Kok"), vacancy(2, "Slager")));
            index.commit(3);
            var indexed = index.rebuild(LongStream.rangeClosed(10, 1_234).mapToObj(id -> vacancy(id, "Bakker " + id)
                    .build()), 7);
            assertThat(indexed).isEqualTo(1_225);
            assertThat(index.committedSequence()).isEqualTo(7);
            assertThat(index.count()).isEqualTo(1_225);
            assertThat(ids(index.search(TestQuery.text("kok").build()))).isEmpty();
            assertThat(index.search(TestQuery.text("bakker").build()).total()).isEqualTo(1_225);
        }
    }

    @Test
    void a_rebuild_ends_in_one_segment_and_later_writes_are_merged_into_one_once_a_tenth_lies_outside_it() {
        var first = VacancyIndexWriter.COMPACT_ABOVE_DOCUMENTS + 2_000L;
        try (var index = IndexFixture.open(directory)) {
            index.rebuild(LongStream.rangeClosed(1, first).mapToObj(id -> vacancy(id, "Bakker " + id).build()), 7);
            assertThat(index.segmentCount()).isEqualTo(1);
            var committedAt = index.committedAt();

            // 500 new vacancies a commit: 4 % and 8 % outside the large segment are left alone ...
            var next = first;
            for (long sequence = 8; sequence <= 10; sequence++) {
                if (sequence == 10) {
                    assertThat(index.segmentCount()).isGreaterThan(1);
                }
                var from = next + 1;
                next += 500;
                index.upsert(LongStream.rangeClosed(from, next).mapToObj(id -> vacancy(id, "Slager " + id).build()).toList());
                index.commit(sequence);
                committedAt = index.committedAt();
                index.awaitCompaction();
            }
            // ... 11 % is merged back into one segment, with the same documents, sequence and time
            assertThat(index.segmentCount()).isEqualTo(1);
            assertThat(index.count()).isEqualTo(next);
            assertThat(index.search(TestQuery.text("slager").build()).total()).isEqualTo(1_500);
            assertThat(index.committedSequence()).isEqualTo(10);
            assertThat(index.committedAt()).isEqualTo(committedAt);
        }
        try (var reopened = IndexFixture.open(directory)) {
            assertThat(reopened.segmentCount()).isEqualTo(1);
            assertThat(reopened.committedSequence()).isEqualTo(10);
            assertThat(reopened.count()).isEqualTo(first + 1_500);
        }
    }

    @Test
    void a_failed_rebuild_leaves_the_old_index_in_place() {
        try (var index = IndexFixture.open(directory)) {
            index.upsert(vacancies(vacancy(1, "Kok"), vacancy(2, "Slager")));
            index.commit(3);
            var broken = Stream.concat(LongStream.rangeClosed(10, 2_000).mapToObj(id -> vacancy(id, "Bakker").build()),
                    Stream.of(new Vacancy(null, "x", "y", "z", "", "", Reference.TODAY, null, java.util.Set.of(),
                            java.util.Set.of(), "", new Vacancy.Location(null, null, null, null, null), null, null,
                            null, null, null, null, List.of(), null, null, "nl", null, false, null)));
            assertThatThrownBy(() -> index.rebuild(broken, 9)).isInstanceOf(IllegalArgumentException.class);
            assertThat(index.committedSequence()).isEqualTo(3);
            assertThat(index.count()).isEqualTo(2);
            // the half-built index was discarded, not left waiting for the next commit
            index.upsert(vacancies(vacancy(3, "Bakker")));
            index.commit(4);
            assertThat(ids(index.search(TestQuery.everything().build()))).containsExactlyInAnyOrder(1L, 2L, 3L);
        }
    }

    @Test
    void an_index_written_with_another_schema_is_dropped() throws IOException {
        try (var writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
            writer.addDocument(new Document());
            writer.setLiveCommitData(Map.of("schema", "0", "sequence", "12").entrySet());
            writer.commit();
        }
        try (var index = IndexFixture.open(directory)) {
            assertThat(index.committedSequence()).isEqualTo(-1);
            assertThat(index.count()).isZero();
        }
    }

    @Test
    void searches_run_while_vacancies_are_written() throws InterruptedException {
        var failures = new CopyOnWriteArrayList<Throwable>();
        try (var index = IndexFixture.open(directory)) {
            var readers = new ArrayList<Thread>();
            for (int r = 0; r < 2; r++) {
                readers.add(Thread.ofPlatform().start(() -> {
                    try {
                        for (int i = 0; i < 50; i++) {
                            index.search(TestQuery.text("kok").near("9000").build());
                            index.suggest("ko", KioskLanguage.DUTCH, 5);
                        }
                    } catch (Throwable e) {
                        failures.add(e);
                    }
                }));
            }
            for (long id = 1; id <= 20; id++) {
                index.upsert(vacancies(vacancy(id, "Kok " + id).in("9000")));
                index.commit(id);
            }
            for (var reader : readers) {
                reader.join();
            }
            assertThat(failures).isEmpty();
            assertThat(index.search(TestQuery.text("kok").build()).total()).isEqualTo(20);
        }
    }
}
