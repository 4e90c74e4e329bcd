package be.werkwinkel.kiosk.vacancy.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.werkwinkel.kiosk.support.KioskTest;
import be.werkwinkel.kiosk.vacancy.ContractType;
import be.werkwinkel.kiosk.vacancy.EducationLevel;
import be.werkwinkel.kiosk.vacancy.ExperienceLevel;
import be.werkwinkel.kiosk.vacancy.Sector;
import be.werkwinkel.kiosk.vacancy.Vacancy;
import be.werkwinkel.kiosk.vacancy.VacancyId;
import be.werkwinkel.kiosk.vacancy.WorkRegime;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Applying feeds to the real (embedded) MariaDB: upserts, removals, expiry, atomicity, the sequence. */
@KioskTest
class VacancyStoreTest {

    @Autowired
    VacancyStore store;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Autowired
    PlatformTransactionManager transactionManager;

    LocalDate today() {
        return LocalDate.now(clock);
    }

    @Test
    void a_new_vacancy_is_added_and_reads_back_exactly_as_it_came_in() {
        var vacancy = full("roundtrip", "R-1");

        var applied = apply("roundtrip", false, vacancy);

        assertThat(applied.added()).isEqualTo(1);
        assertThat(applied.changed()).hasSize(1);
        var id = applied.changed().getFirst();
        assertThat(store.find(id)).contains(vacancy.withId(id));
    }

    @Test
    void the_same_feed_again_leaves_every_row_and_the_sequence_alone() {
        apply("again", false, simple("again", "A-1", "Kok"), simple("again", "A-2", "Kelner"));
        var before = snapshot("again");
        var sequence = store.latestSequence();

        var applied = apply("again", false, simple("again", "A-1", "Kok"), simple("again", "A-2", "Kelner"));

        assertThat(applied.unchanged()).isEqualTo(2);
        assertThat(applied.added() + applied.updated()).isZero();
        assertThat(applied.changed()).isEmpty();
        assertThat(applied.sequence()).isEqualTo(sequence);
        assertThat(store.latestSequence()).isEqualTo(sequence);
        assertThat(snapshot("again")).isEqualTo(before);
    }

    @Test
    void a_changed_vacancy_is_updated_in_place_with_a_new_sequence() {
        var first = apply("change", false, simple("change", "C-1", "Kok"), simple("change", "C-2", "Kelner"));
        var id = idOf("change", "C-1");
        var firstSeen = jdbc.queryForObject("SELECT first_seen FROM vacancy WHERE id = ?", Object.class, id.value());

        var second = apply("change", false, simple("change", "C-1", "Chef-kok"), simple("change", "C-2", "Kelner"));

        assertThat(second.updated()).isEqualTo(1);
        assertThat(second.unchanged()).isEqualTo(1);
        assertThat(second.changed()).containsExactly(id);
        assertThat(second.sequence()).isEqualTo(first.sequence() + 1);
        assertThat(store.find(id)).get().extracting(Vacancy::title).isEqualTo("Chef-kok");
        assertThat(jdbc.queryForObject("SELECT first_seen FROM vacancy WHERE id = ?", Object.class, id.value()))
                .isEqualTo(firstSeen);
        assertThat(jdbc.queryForObject("SELECT change_seq FROM vacancy WHERE id = ?", Long.class, id.value()))
                .isEqualTo(second.sequence());
    }

    @Test
    void a_complete_feed_removes_the_vacancies_of_its_source_it_no_longer_holds() {
        apply("complete", false, simple("complete", "K-1", "Kok"), simple("complete", "K-2", "Kelner"),
                simple("complete", "K-3", "Afwasser"));
        apply("other", false, simple("other", "K-2", "Kelner elders"));
        var gone = idOf("complete", "K-2");

        var applied = apply("complete", true, simple("complete", "K-1", "Kok"), simple("complete", "K-3", "Afwasser"));

        assertThat(applied.removed()).containsExactly(gone);
        assertThat(identifiers("complete")).containsExactly("K-1", "K-3");
        assertThat(identifiers("other")).as("another source is left alone").containsExactly("K-2");
    }

    @Test
    void a_partial_feed_removes_nothing() {
        apply("partial", false, simple("partial", "P-1", "Kok"), simple("partial", "P-2", "Kelner"));

        var applied = apply("partial", false, simple("partial", "P-1", "Kok"));

        assertThat(applied.removed()).isEmpty();
        assertThat(identifiers("partial")).containsExactly("P-1", "P-2");
    }

    @Test
    void a_complete_feed_with_an_unidentified_record_removes_nothing_it_lacks() {
        apply("unreadable", false, simple("unreadable", "U-1", "Kok"), simple("unreadable", "U-2", "Kelner"));

        var applied = store.apply("unreadable", true, sink -> {
            sink.accept(simple("unreadable", "U-1", "Kok"));
            return new FeedTally(2, 1, false);
        });

        assertThat(applied.missingKept()).isTrue();
        assertThat(applied.removed()).isEmpty();
        assertThat(identifiers("unreadable")).containsExactly("U-1", "U-2");
    }

    @Test
    void a_kept_identifier_survives_a_complete_feed_unchanged() {
        apply("kept", false, simple("kept", "K-1", "Kok"), simple("kept", "K-2", "Kelner"));
        var before = snapshot("kept");

        var applied = store.apply("kept", true, sink -> {
            sink.accept(simple("kept", "K-1", "Kok"));
            sink.keep("K-2");
            return new FeedTally(2, 1, true);
        });

        assertThat(applied.removed()).isEmpty();
        assertThat(snapshot("kept")).isEqualTo(before);
    }

    @Test
    void a_withdrawn_vacancy_is_removed_even_from_a_partial_feed() {
        apply("withdrawn", false, simple("withdrawn", "W-1", "Kok"), simple("withdrawn", "W-2", "Kelner"));
        var gone = idOf("withdrawn", "W-2");

        var applied = store.apply("withdrawn", false, sink -> {
            sink.withdraw("W-2");
            sink.withdraw("W-never-stored");
            return new FeedTally(2, 0, true);
        });

        assertThat(applied.removed()).containsExactly(gone);
        assertThat(identifiers("withdrawn")).containsExactly("W-1");
    }

    @Test
    void expire_removes_the_vacancies_whose_last_day_has_passed_with_a_new_sequence() {
        apply("expiry", false, simple("expiry", "E-1", "Kok", today().plusDays(1)),
                simple("expiry", "E-2", "Kelner", today().plusDays(5)), simple("expiry", "E-3", "Afwasser", null));
        var ending = idOf("expiry", "E-1");
        var sequence = store.latestSequence();

        var expiry = store.expire(today().plusDays(2));

        assertThat(expiry.removed()).containsExactly(ending);
        assertThat(expiry.sequence()).isEqualTo(sequence + 1);
        assertThat(identifiers("expiry")).containsExactly("E-2", "E-3");
        var nothing = store.expire(today().plusDays(2));
        assertThat(nothing.removed()).isEmpty();
        assertThat(nothing.sequence()).as("nothing changed, no new sequence").isEqualTo(sequence + 1);
    }

    @Test
    void every_import_also_deletes_what_has_expired_since() {
        apply("stale", false, simple("stale", "S-1", "Kok", today()));
        var stale = idOf("stale", "S-1");
        jdbc.update("UPDATE vacancy SET valid_through = ? WHERE id = ?", today().minusDays(1), stale.value());

        var applied = apply("fresh", false, simple("fresh", "F-1", "Kok"));

        assertThat(applied.removed()).containsExactly(stale);
        assertThat(store.find(stale)).isEmpty();
    }

    @Test
    void a_failure_in_the_middle_of_a_large_feed_rolls_back_everything() {
        apply("atomic", true, simple("atomic", "A-0", "Kok"), simple("atomic", "A-1", "Kelner"));
        var before = snapshot("atomic");
        var sequence = store.latestSequence();
        var imports = countImports();
        var batches = 3 * VacancyStore.BATCH_SIZE;

        assertThatThrownBy(() -> store.apply("atomic", true, sink -> {
            sink.accept(simple("atomic", "A-1", "Kelner, gewijzigd"));
            IntStream.range(2, batches).forEach(i -> sink.accept(simple("atomic", "A-" + i, "Vacature " + i)));
            throw new IllegalStateException("the feed broke off here");
        })).hasMessage("the feed broke off here");

        assertThat(snapshot("atomic")).isEqualTo(before);
        assertThat(store.latestSequence()).isEqualTo(sequence);
        assertThat(countImports()).isEqualTo(imports);
    }

    @Test
    void an_identifier_twice_in_one_feed_fails_it_as_a_whole() {
        var before = snapshot("twice");

        assertThatThrownBy(() -> store.apply("twice", false, sink -> {
            sink.accept(simple("twice", "T-1", "Kok"));
            sink.accept(simple("twice", "T-1", "Kok"));
            return new FeedTally(2, 0, true);
        })).isInstanceOf(IllegalArgumentException.class);

        assertThat(snapshot("twice")).isEqualTo(before);
    }

    @Test
    void a_vacancy_of_another_source_is_refused() {
        assertThatThrownBy(() -> store.apply("mine", false, sink -> {
            sink.accept(simple("theirs", "X-1", "Kok"));
            return new FeedTally(1, 0, true);
        })).isInstanceOf(IllegalArgumentException.class);
        assertThat(identifiers("theirs")).isEmpty();
    }

    @Test
    void the_sequence_grows_by_one_with_every_change_and_never_otherwise() {
        var start = store.latestSequence();

        var added = apply("sequence", false, simple("sequence", "Q-1", "Kok"));
        var same = apply("sequence", false, simple("sequence", "Q-1", "Kok"));
        var changed = apply("sequence", false, simple("sequence", "Q-1", "Chef-kok"));
        try {
            store.apply("sequence", false, sink -> {
                sink.accept(simple("sequence", "Q-2", "Kelner"));
                throw new IllegalStateException("broken");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }
        var afterFailure = store.latestSequence();
        var removed = apply("sequence", true, simple("sequence", "Q-3", "Afwasser"));

        assertThat(List.of(added.sequence(), same.sequence(), changed.sequence(), afterFailure, removed.sequence()))
                .containsExactly(start + 1, start + 1, start + 2, start + 2, start + 3);
        assertThat(store.latestSequence()).isEqualTo(start + 3);
    }

    @Test
    void all_vacancies_stream_in_id_order_and_are_counted() {
        apply("stream", false, simple("stream", "S-1", "Kok"), simple("stream", "S-2", "Kelner"));

        List<VacancyId> streamed;
        try (var all = store.streamAll()) {
            streamed = all.map(Vacancy::id).toList();
        }

        assertThat(streamed).hasSize((int) store.count());
        assertThat(streamed).isSortedAccordingTo((a, b) -> Long.compare(a.value(), b.value()));
        assertThat(streamed).contains(idOf("stream", "S-1"), idOf("stream", "S-2"));
    }

    @Test
    void imports_and_failures_are_logged_and_the_last_success_is_the_last_update() {
        var applied = apply("logged", false, simple("logged", "L-1", "Kok"));
        var lastSuccess = store.lastUpdate();
        store.recordFailure("logged", clock.instant(), "the feed is empty");

        var rows = jdbc.queryForList(
                "SELECT sequence, records, added, failure FROM vacancy_import WHERE source = 'logged' ORDER BY id");

        assertThat(rows).hasSize(2);
        assertThat(rows.getFirst()).containsEntry("sequence", applied.sequence()).containsEntry("records", 1)
                .containsEntry("added", 1).containsEntry("failure", null);
        assertThat(rows.getLast()).containsEntry("sequence", null).containsEntry("records", 0)
                .containsEntry("failure", "the feed is empty");
        assertThat(lastSuccess).isPresent();
        assertThat(store.lastUpdate()).as("a failure is no update").isEqualTo(lastSuccess);
    }

    @Test
    void every_removal_leaves_a_tombstone_with_its_reason_in_the_same_transaction() {
        apply("tomb", false, simple("tomb", "T-1", "Kok"), simple("tomb", "T-2", "Kelner"),
                simple("tomb", "T-3", "Afwasser", today().plusDays(1)));
        var withdrawnId = idOf("tomb", "T-1");
        var missingId = idOf("tomb", "T-2");
        var expiredId = idOf("tomb", "T-3");

        var withdrawn = store.apply("tomb", false, sink -> {
            sink.withdraw("T-1");
            return new FeedTally(1, 0, true);
        });
        var missing = apply("tomb", true, simple("tomb", "T-3", "Afwasser", today().plusDays(1)));
        var expired = store.expire(today().plusDays(2));

        assertThat(tombstone(withdrawnId)).containsEntry("reason", "WITHDRAWN").containsEntry("identifier", "T-1")
                .containsEntry("sequence", withdrawn.sequence());
        assertThat(tombstone(missingId)).containsEntry("reason", "MISSING").containsEntry("sequence", missing.sequence());
        assertThat(tombstone(expiredId)).containsEntry("reason", "EXPIRED").containsEntry("sequence", expired.sequence());
        assertThat(store.removedSince(withdrawn.sequence() - 1)).contains(withdrawnId, missingId, expiredId);
        assertThat(store.removedSince(missing.sequence())).containsExactly(expiredId);
    }

    @Test
    void a_removed_source_leaves_tombstones_and_a_rolled_back_removal_leaves_none() {
        apply("gone", true, simple("gone", "G-1", "Kok"), simple("gone", "G-2", "Kelner"));
        var first = idOf("gone", "G-1");
        var second = idOf("gone", "G-2");
        var tombstones = countTombstones();

        // the removal and its tombstones are one transaction: rolled back, neither happened
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            store.removeSource("gone");
            status.setRollbackOnly();
        });

        assertThat(countTombstones()).as("a rolled back removal left none").isEqualTo(tombstones);
        assertThat(identifiers("gone")).containsExactly("G-1", "G-2");
        var removal = store.removeSource("gone");
        assertThat(removal.removed()).containsExactly(first, second);
        assertThat(tombstone(first)).containsEntry("reason", "SOURCE_REMOVED");
        assertThat(tombstone(second)).containsEntry("reason", "SOURCE_REMOVED");
    }

    @Test
    void changes_since_a_revision_give_each_vacancy_once_at_its_latest_change_and_every_removal() {
        var start = store.latestRevision();
        apply("log", true, simple("log", "K-1", "Kok"), simple("log", "K-2", "Kelner"));
        var kept = idOf("log", "K-1");
        var dropped = idOf("log", "K-2");
        apply("log", true, simple("log", "K-1", "Chef-kok"));

        var all = store.changesSince(start, 100);

        assertThat(all.latestRevision()).isEqualTo(start + 4);
        assertThat(all.upToDate()).isTrue();
        assertThat(all.changes()).containsExactly(
                new VacancyChange.Upserted(start + 3, store.find(kept).orElseThrow()),
                new VacancyChange.Removed(start + 4, dropped, "log", "K-2"));
        assertThat(((VacancyChange.Upserted) all.changes().getFirst()).vacancy().title()).isEqualTo("Chef-kok");

        var firstPage = store.changesSince(start, 1);
        assertThat(firstPage.changes()).extracting(VacancyChange::revision).containsExactly(start + 3);
        assertThat(firstPage.upToDate()).isFalse();
        var secondPage = store.changesSince(firstPage.nextFrom(start), 1);
        assertThat(secondPage.changes()).extracting(VacancyChange::revision).containsExactly(start + 4);
        assertThat(secondPage.upToDate()).isTrue();
        assertThat(store.changesSince(start + 4, 10).changes()).isEmpty();
    }

    @Test
    void pruned_tombstones_leave_a_horizon_that_the_change_log_reports() {
        apply("prune", true, simple("prune", "P-1", "Kok"), simple("prune", "P-2", "Kelner"));
        apply("prune", true, simple("prune", "P-1", "Kok"));
        var removal = store.latestRevision();  // the tombstone of P-2 is the latest change

        assertThat(store.pruneTombstones(java.time.Instant.parse("2000-01-01T00:00:00Z")).tombstones())
                .as("none that old").isZero();
        assertThat(countTombstones()).isPositive();

        var pruned = store.pruneTombstones(java.time.Instant.now().plusSeconds(3600));

        assertThat(pruned.tombstones()).isPositive();
        assertThat(pruned.horizonRevision()).isEqualTo(removal);
        assertThat(countTombstones()).isZero();
        assertThat(store.prunedSequence()).isEqualTo(store.latestSequence()).isEqualTo(pruned.horizonSequence());
        var log = store.changesSince(removal - 1, 10);
        assertThat(log.horizon()).isEqualTo(removal);
        assertThat(log.changes()).as("the removal is no longer told").isEmpty();
        assertThat(log.resyncNeeded(removal - 1, null)).isTrue();
        assertThat(store.changesSince(removal, 10).resyncNeeded(removal, null)).isFalse();
        assertThat(store.pruneTombstones(java.time.Instant.now().plusSeconds(3600)).horizonRevision())
                .as("nothing left to prune: the horizon stays").isEqualTo(removal);
    }

    // --- helpers

    private AppliedFeed apply(String source, boolean complete, Vacancy... vacancies) {
        return store.apply(source, complete, sink -> {
            List.of(vacancies).forEach(sink::accept);
            return new FeedTally(vacancies.length, 0, true);
        });
    }

    private VacancyId idOf(String source, String identifier) {
        return new VacancyId(jdbc.queryForObject("SELECT id FROM vacancy WHERE source = ? AND identifier = ?",
                Long.class, source, identifier));
    }

    private List<String> identifiers(String source) {
        return jdbc.queryForList("SELECT identifier FROM vacancy WHERE source = ? ORDER BY identifier", String.class,
                source);
    }

    /** Every column of every row of a source, in id order. */
    private List<Map<String, Object>> snapshot(String source) {
        return jdbc.queryForList("SELECT * FROM vacancy WHERE source = ? ORDER BY id", source);
    }

    private Map<String, Object> tombstone(VacancyId id) {
        return jdbc.queryForMap("SELECT sequence, source, identifier, reason FROM vacancy_tombstone WHERE vacancy_id = ?",
                id.value());
    }

    private long countTombstones() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM vacancy_tombstone", Long.class);
    }

    private long countImports() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM vacancy_import", Long.class);
    }

    static Vacancy simple(String source, String identifier, String title) {
        return simple(source, identifier, title, null);
    }

    static Vacancy simple(String source, String identifier, String title, LocalDate validThrough) {
        return new Vacancy(null, source, identifier, title, "<p>" + title + "</p>", title, LocalDate.of(2025, 3, 1),
                validThrough, Set.of(), Set.of(), "Werkgever", new Vacancy.Location(null, null, null, null, null),
                null, null, null, null, null, null, List.of(), null, null, "nl", null, false, null);
    }

    /** A vacancy with every field set, including texts that need utf8mb4 and case-sensitive identifiers. */
    static Vacancy full(String source, String identifier) {
        return new Vacancy(null, source, identifier, "Kok – keuken 🍳 (m/v/x)", "<p>Koken <strong>met</strong> zorg</p>",
                "Koken met zorg", LocalDate.of(2025, 3, 1), LocalDate.of(2099, 12, 31),
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
