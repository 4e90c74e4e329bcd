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
 *   <li><b>Shape detection.</b> A feed starting with {@code [} is an array. One starting with
 *       an opening brace is NDJSON when its first line alone is one complete JSON object and more
 *       follows; otherwise it is one JSON text (a posting, an {@code @graph} container, or
 *       postings one after another). A NDJSON feed whose very first line is broken is therefore
 *       read as one JSON text and fails as a whole.</li>
 *   <li><b>Broken records.</b> A record that is not valid is skipped and reported; the rest
 *       imports. When a rejected record still names its identifier, the stored vacancy with that
 *       identifier is kept as it was (not updated, not removed as missing). When it names none
 *       (a broken NDJSON line), a complete feed removes nothing it lacks, and the report says so.
 *       A complete feed with no valid record at all is refused as a whole.</li>
 *   <li><b>Expired records</b> ({@code validThrough} before today) are withdrawals: the stored
 *       vacancy is removed, nothing is added, and it is not an error.</li>
 *   <li><b>Coordinates</b> outside Belgium's bounding box are dropped (swapped ones are put
 *       right) and the postcode's coordinates used instead, rather than rejecting the vacancy: a
 *       misplaced pin is a common slip that should not cost a job seeker the vacancy.</li>
 *   <li><b>Strict types, lenient words.</b> A wrong JSON type in any field rejects the record with
 *       the field's name; an unknown {@code employmentType} word is ignored; free texts (working
 *       hours, requirements) are cut to their column's size; identifiers, titles, names, URLs and
 *       descriptions over their limits reject the record.</li>
 * </ul>
 */
@NullMarked
package be.werkwinkel.kiosk.vacancy.ingest;

import org.jspecify.annotations.NullMarked;
