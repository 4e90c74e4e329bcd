/**
 * Reading schema.org JobPosting JSON-LD feeds (a file, a stream, an http(s) URL, a drop folder) and
 * applying them to the vacancy store. Internal to the vacancy feature:
 * {@link be.werkwinkel.kiosk.vacancy.ingest.FeedImporter} is what the feature's service calls, and
 * {@link be.werkwinkel.kiosk.vacancy.ingest.DropFolderImports} and
 * {@link be.werkwinkel.kiosk.vacancy.ingest.UrlFeedPolling} are what its scheduled method calls.
 *
 * <h2>Decisions</h2>
 * <ul>
 *   <li><b>One pass, inside the transaction.</b> The reader streams records straight into the
 *       store's open transaction, which writes them in batches; a whole-feed failure found at the
 *       last byte (truncation, invalid UTF-8, the size limit) rolls all of it back. The
 *       alternative, validating the whole feed first and applying it in a second pass, reads
 *       every feed twice. URL feeds are first downloaded to a temporary file, so the transaction
 *       never waits on the network.</li>
 *   <li><b>Shape detection.</b> A feed is NDJSON when its first line alone is one complete JSON
 *       object or list and more follows; otherwise it is one JSON text (a posting, a list, an
 *       {@code @graph} or {@code ItemList} container, or postings one after another). Wrappers
 *       are also unwrapped inside a record or an NDJSON line. A NDJSON feed whose very first line
 *       is broken is therefore read as one JSON text and fails as a whole.</li>
 *   <li><b>Bounded records.</b> Each record is read within the limits of {@link
 *       be.werkwinkel.kiosk.vacancy.ingest.BoundedTree}; past one, the rest of the record is
 *       skipped unread and it is rejected with the limit named.</li>
 *   <li><b>Broken records.</b> A record that is not valid is skipped and reported; the rest
 *       imports. When a rejected record still names its identifier, the stored vacancy with that
 *       identifier is kept as it was (not updated, not removed as missing). When it names none
 *       (a broken NDJSON line), a complete feed removes nothing it lacks, and the report says so.
 *       A complete feed with no valid record at all is refused as a whole.</li>
 *   <li><b>Expired records</b> (closed by {@code validThrough}, or older than the default validity
 *       without one) are withdrawals: the stored vacancy is removed, nothing is added, and the
 *       report counts them.</li>
 *   <li><b>Coordinates</b> outside Belgium's bounding box are dropped (swapped ones are put
 *       right) and the postcode's coordinates used instead, rather than rejecting the vacancy: a
 *       misplaced pin is a common slip that should not cost a job seeker the vacancy.</li>
 *   <li><b>Strict where a vacancy needs it, lenient elsewhere.</b> Identifier, title, posting and
 *       closing dates and the description's size reject the record when unusable; every other
 *       field that cannot be used is left out or guessed with a note that the report lists as a
 *       warning ({@link be.werkwinkel.kiosk.vacancy.ingest.FieldNotes}).</li>
 * </ul>
 */
@NullMarked
package be.werkwinkel.kiosk.vacancy.ingest;

import org.jspecify.annotations.NullMarked;
