/**
 * Vacancies in MariaDB, the source of truth the search index is built from. Internal to the
 * vacancy feature; {@link be.werkwinkel.kiosk.vacancy.store.VacancyStore} is its entry point.
 *
 * <h2>Decisions</h2>
 * <ul>
 *   <li><b>JdbcTemplate, not JPA.</b> A feed of a few hundred thousand rows goes through one
 *       transaction: JDBC batches, one {@code IN} query per batch for the stored hashes, no
 *       persistence context growing with every row (nothing to flush and clear), no IDENTITY
 *       generation disabling insert batching, and {@code streamAll} a plain streaming result set.
 *       The mapping is one list of columns ({@code VacancyRows}) used for insert, update, hash
 *       and reading back. The transaction is the application's JPA transaction manager, so JPA
 *       code elsewhere can join the same transactions.</li>
 *   <li><b>Change detection</b> by a SHA-256 of every mapped column: an unchanged vacancy costs
 *       one row in a select and no write.</li>
 *   <li><b>The sequence</b> is one locked row ({@code vacancy_sequence}) raised by each
 *       transaction that changed a vacancy, committed or rolled back with the change: it only
 *       grows, has no gaps from failed imports, and stays the same for an import that changed
 *       nothing. Locking it first also serialises all writers, across hub instances too.</li>
 *   <li><b>Lists in columns</b>: contract types and regimes as comma-separated enum names in a
 *       fixed order (so the hash is stable); skills as a JSON array, because a skill may hold a
 *       comma. Source and identifier use a binary collation: feed identifiers are
 *       case-sensitive.</li>
 * </ul>
 */
@NullMarked
package be.werkwinkel.kiosk.vacancy.store;

import org.jspecify.annotations.NullMarked;
