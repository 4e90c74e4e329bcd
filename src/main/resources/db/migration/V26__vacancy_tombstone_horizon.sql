-- Tombstones are kept for a while (kiosk.vacancy.tombstone-retention), not for ever: a terminal's
-- replica needs them only until it has caught up. When the oldest go, the change log no longer
-- tells everything after any revision; vacancy_sequence records from where it still does.
--
-- pruned_revision: the highest revision of a pruned tombstone. A replica at a revision below it
--   may have missed removals and must copy everything anew (the terminal API answers resync=true).
-- pruned_sequence: the highest sequence of a pruned tombstone. The hub's own index, when its
--   committed sequence is below it, rebuilds instead of catching up from the tombstones.
ALTER TABLE vacancy_sequence
    ADD COLUMN pruned_revision BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN pruned_sequence BIGINT NOT NULL DEFAULT 0;

ALTER TABLE vacancy_tombstone ADD KEY ix_vacancy_tombstone_removed_at (removed_at);
