package be.werkwinkel.kiosk.vacancy.index;

import static be.werkwinkel.kiosk.vacancy.index.TestVacancy.vacancy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.werkwinkel.kiosk.vacancy.ContractType;
import be.werkwinkel.kiosk.vacancy.EducationLevel;
import be.werkwinkel.kiosk.vacancy.ExperienceLevel;
import be.werkwinkel.kiosk.vacancy.Sector;
import be.werkwinkel.kiosk.vacancy.Vacancy;
import be.werkwinkel.kiosk.vacancy.VacancyId;
import be.werkwinkel.kiosk.vacancy.WorkRegime;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.NIOFSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real index on disk, damaged the ways a power cut or a bad disk damages it: it opens empty (to be
 * rebuilt) instead of failing, and a read that meets damage says so with {@link IndexDamagedException}.
 * Also: the whole vacancy travels with its document, for details without a database.
 */
class IndexDamageTest {

    @TempDir
    Path path;

    private static final List<Vacancy> VACANCIES = Stream.of(vacancy(1, "Kok"), vacancy(2, "Kelner"),
            vacancy(3, "Afwasser")).map(TestVacancy::build).toList();

    @Test
    void a_truncated_segments_file_opens_as_an_empty_index_that_can_be_rebuilt() throws IOException {
        committed();
        var segments = largest("segments_");
        truncate(segments, Files.size(segments) / 2);

        try (var directory = FSDirectory.open(path); var index = IndexFixture.open(directory)) {
            assertThat(index.committedSequence()).isEqualTo(-1);
            assertThat(index.count()).isZero();
            index.rebuild(VACANCIES.stream(), 8);
            assertThat(index.count()).isEqualTo(3);
        }
        try (var directory = FSDirectory.open(path); var reopened = IndexFixture.open(directory)) {
            assertThat(reopened.committedSequence()).isEqualTo(8);
        }
    }

    @Test
    void a_truncated_data_file_opens_as_an_empty_index() throws IOException {
        committed();
        var data = largest("_");
        truncate(data, Files.size(data) - 40);

        try (var directory = FSDirectory.open(path); var index = IndexFixture.open(directory)) {
            assertThat(index.committedSequence()).isEqualTo(-1);
            assertThat(index.count()).isZero();
        }
    }

    @Test
    void a_data_file_with_overwritten_bytes_opens_as_an_empty_index() throws IOException {
        committed();
        var data = largest("_");
        try (var file = new RandomAccessFile(data.toFile(), "rw")) {
            file.seek(file.length() - 12); // the checksum footer: checked when the segment is opened
            file.write(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12});
        }

        try (var directory = FSDirectory.open(path); var index = IndexFixture.open(directory)) {
            assertThat(index.committedSequence()).isEqualTo(-1);
            assertThat(index.search(TestQuery.text("kok").build()).total()).isZero();
        }
    }

    @Test
    void a_read_that_meets_damage_throws_and_recovering_gives_an_empty_index_to_rebuild() throws IOException {
        // NIOFS reads the files at each search (no memory map), so damage done after opening is met by a read
        try (var directory = new NIOFSDirectory(path); var index = IndexFixture.open(directory)) {
            index.upsert(VACANCIES);
            index.commit(5);
            try (var files = Files.list(path)) {
                for (var file : files.filter(file -> file.getFileName().toString().startsWith("_")).toList()) {
                    truncate(file, Math.min(Files.size(file), 20));
                }
            }

            assertThatThrownBy(() -> index.search(TestQuery.text("kok").build())).isInstanceOf(IndexDamagedException.class);

            index.recover();
            assertThat(index.committedSequence()).isEqualTo(-1);
            assertThat(index.count()).isZero();
            index.rebuild(VACANCIES.stream(), 6);
            assertThat(index.search(TestQuery.text("kok").build()).total()).isEqualTo(1);
        }
    }

    @Test
    void an_index_locked_by_another_writer_is_not_taken_for_damage_and_not_deleted() throws IOException {
        committed();
        try (var directory = FSDirectory.open(path); var first = IndexFixture.open(directory)) {
            assertThatThrownBy(() -> IndexFixture.open(directory)).isNotInstanceOf(IndexDamagedException.class);
            assertThat(first.count()).isEqualTo(3);
        }
    }

    @Test
    void the_whole_vacancy_is_stored_with_its_document_and_found_by_id() throws IOException {
        var full = full(new VacancyId(42));
        try (var directory = FSDirectory.open(path); var index = IndexFixture.open(directory)) {
            index.upsert(List.of(full));
            index.commit(1);

            assertThat(index.find(new VacancyId(42))).contains(full);
            assertThat(index.find(new VacancyId(43))).isEmpty();
            var hit = index.search(TestQuery.text("keuken").build()).hits().getFirst();
            assertThat(hit.source()).isEqualTo("stored");
            assertThat(hit.identifier()).isEqualTo("Case-Sensitive-1");
        }
    }

    /** Three vacancies committed with sequence 7 in the directory, which is then closed. */
    private void committed() throws IOException {
        try (Directory directory = FSDirectory.open(path); var index = IndexFixture.open(directory)) {
            index.upsert(VACANCIES);
            index.commit(7);
        }
    }

    private Path largest(String prefix) throws IOException {
        try (var files = Files.list(path)) {
            return files.filter(file -> file.getFileName().toString().startsWith(prefix))
                    .max(Comparator.comparingLong(file -> file.toFile().length())).orElseThrow();
        }
    }

    private static void truncate(Path file, long length) throws IOException {
        try (var channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.WRITE)) {
            channel.truncate(length);
        }
    }

    private static Vacancy full(VacancyId id) {
        return new Vacancy(id, "stored", "Case-Sensitive-1", "Kok – keuken 🍳 (m/v/x)",
                "<p>Koken <strong>met</strong> zorg in de keuken</p>", "Koken met zorg in de keuken",
                LocalDate.now(Reference.CLOCK).minusDays(2), LocalDate.of(2099, 12, 31),
                Set.of(ContractType.PERMANENT, ContractType.TEMPORARY), Set.of(WorkRegime.PART_TIME, WorkRegime.FULL_TIME),
                "Brasserie Ça Va", new Vacancy.Location("9000", "Gent", "Korenmarkt 1", 51.0543, 3.7174),
                Sector.SERVICE_AND_SALES, "kok", EducationLevel.SECONDARY, "Diploma secundair", ExperienceLevel.NONE,
                "Geen ervaring nodig", List.of("koken", "hygiëne, HACCP", "Frans"), "38 uur, weekends",
                new Vacancy.Salary(new BigDecimal("2300.00"), new BigDecimal("2750.50"), "EUR", "MONTH"), "fr",
                "https://brasserie.example/jobs/1", true,
                new Vacancy.ApplicationContact("An Claes", "an@brasserie.example", "+32 9 123 45 67",
                        "https://brasserie.example/solliciteer"));
    }
}
