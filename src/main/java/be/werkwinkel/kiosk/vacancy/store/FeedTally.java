package be.werkwinkel.kiosk.vacancy.store;

/**
 * What a feed held, as its reader counted it.
 *
 * @param records every record found, valid or not
 * @param rejected records that were skipped as malformed
 * @param everyRecordIdentified false when some record was so broken that its identifier is unknown:
 *     a complete feed then must not remove the vacancies it seems to lack, because one of them may
 *     be the broken record
 */
public record FeedTally(int records, int rejected, boolean everyRecordIdentified) {
}
