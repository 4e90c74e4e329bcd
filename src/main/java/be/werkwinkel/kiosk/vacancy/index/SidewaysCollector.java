package be.werkwinkel.kiosk.vacancy.index;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import org.apache.lucene.geo.GeoEncodingUtils;
import org.apache.lucene.geo.GeoUtils;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.SloppyMath;
import org.jspecify.annotations.Nullable;

/**
 * Collects the top hits and the drill-sideways facet counts in one pass over the documents that
 * match the text (and are open). Per document it checks every filter dimension:
 * <ul>
 *   <li>passes all: a hit; counted in every dimension;
 *   <li>fails exactly one: counted in that dimension only, because that is the one dimension whose
 *       chips must show what they would give if the visitor tapped them;
 *   <li>fails two or more: ignored.
 * </ul>
 * The top-hits collector only sees hits, and never learns a minimum competitive score, because
 * every match has to be counted and must not be skipped.
 */
final class SidewaysCollector implements Collector {

    private static final PackedDimension[] PACKED = PackedDimension.values();
    /** All bits of each packed dimension, by ordinal. */
    private static final long[] DIMENSION_BITS = Arrays.stream(PACKED).mapToLong(PackedDimension::mask).toArray();
    private static final int LANGUAGE = PACKED.length;
    private static final int POSTED = LANGUAGE + 1;
    private static final int RADIUS = POSTED + 1;
    private static final int PASSED = -1;
    /** Degrees of latitude per kilometre, and a margin: the box test must never drop a chip's vacancy. */
    private static final double DEGREES_PER_KM = 1 / 110.5;
    private static final double BOX_MARGIN_KM = 2;

    private final TopFieldCollector top;
    private final Selection selection;
    /** Hits after which the collection stops: only when the count alone matters and only whether it reaches this. */
    private final long enough;
    private final FacetTally tally = new FacetTally();
    /** The selected bits of each packed dimension, by ordinal; 0 when nothing is selected. */
    private final long[] masks = new long[PACKED.length];

    private SidewaysCollector(TopFieldCollector top, Selection selection, long enough) {
        this.top = top;
        this.selection = selection;
        this.enough = enough;
        selection.packed().forEach((dimension, bits) -> masks[dimension.ordinal()] = bits);
    }

    /** The hits of one search and the facet counts. */
    record Result(TopFieldDocs top, FacetTally tally) {
    }

    static CollectorManager<SidewaysCollector, Result> manager(TopFieldCollectorManager top, Selection selection) {
        return manager(top, selection, Long.MAX_VALUE);
    }

    /**
     * Stops each collector after {@code enough} hits: the total is then exact below {@code enough}
     * and at least {@code enough} otherwise, and the facet counts are incomplete. For "did you
     * mean", which only asks whether a correction finds more than the few hits of the text typed.
     */
    static CollectorManager<SidewaysCollector, Result> manager(TopFieldCollectorManager top, Selection selection,
            long enough) {
        return new CollectorManager<>() {
            @Override
            public SidewaysCollector newCollector() {
                return new SidewaysCollector(top.newCollector(), selection, enough);
            }

            @Override
            public Result reduce(Collection<SidewaysCollector> collectors) throws IOException {
                var tally = new FacetTally();
                collectors.forEach(collector -> tally.add(collector.tally));
                return new Result(top.reduce(collectors.stream().map(collector -> collector.top).toList()), tally);
            }
        };
    }

    /**
     * The haversine sort key of a distance: the inverse of {@link SloppyMath#haversinMeters(double)},
     * so that a distance compares with a radius as its sort key compares with this.
     */
    static double sortKeyOf(double km) {
        var halfAngle = km * 1000 / (2 * GeoUtils.EARTH_MEAN_RADIUS_METERS);
        var sine = Math.sin(halfAngle);
        return 2 * sine * sine;
    }

    @Override
    public ScoreMode scoreMode() {
        return top.scoreMode().needsScores() ? ScoreMode.COMPLETE : ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
        if (tally.total >= enough) {
            throw new CollectionTerminatedException();
        }
        return new Leaf(context, top.getLeafCollector(context));
    }

    private final class Leaf implements LeafCollector {

        private final LeafCollector hits;
        private final NumericDocValues facets;
        private final NumericDocValues posted;
        private final SortedDocValues language;
        private final @Nullable SortedNumericDocValues location;
        private final @Nullable FixedBitSet selectedLanguages;
        private final int[] languageCounts;
        /** The radius filter as a haversine sort key (NaN without one), and the radius chips' likewise. */
        private final double radiusKey;
        private final double[] chipKeys;
        private final double maxLatitudeDelta;
        private final double maxLongitudeDelta;

        Leaf(LeafReaderContext context, LeafCollector hits) throws IOException {
            var reader = context.reader();
            this.hits = hits;
            this.facets = DocValues.getNumeric(reader, VacancyDocuments.FACETS);
            this.posted = DocValues.getNumeric(reader, VacancyDocuments.POSTED);
            this.language = DocValues.getSorted(reader, VacancyDocuments.LANGUAGE);
            this.location = selection.origin() == null ? null
                    : DocValues.getSortedNumeric(reader, VacancyDocuments.LOCATION);
            this.languageCounts = new int[language.getValueCount()];
            this.selectedLanguages = selection.languages().isEmpty() ? null : ordinals(language);
            this.radiusKey = selection.radiusKm() == null ? Double.NaN : sortKeyOf(selection.radiusKm());
            this.chipKeys = Arrays.stream(FacetTally.RADII_KM).mapToDouble(SidewaysCollector::sortKeyOf).toArray();
            var origin = selection.origin();
            var boxKm = FacetTally.RADII_KM[FacetTally.RADII_KM.length - 1] + BOX_MARGIN_KM;
            this.maxLatitudeDelta = boxKm * DEGREES_PER_KM;
            this.maxLongitudeDelta = origin == null ? 0
                    : maxLatitudeDelta / Math.cos(Math.toRadians(Math.min(89, Math.abs(origin.latitude()) + 1)));
        }

        private FixedBitSet ordinals(SortedDocValues values) throws IOException {
            var ordinals = new FixedBitSet(Math.max(1, values.getValueCount()));
            for (var code : selection.languages()) {
                var ordinal = values.lookupTerm(new BytesRef(code));
                if (ordinal >= 0) {
                    ordinals.set(ordinal);
                }
            }
            return ordinals;
        }

        @Override
        public void setScorer(Scorable scorer) throws IOException {
            // hides setMinCompetitiveScore from the top-hits collector: no match may be skipped
            hits.setScorer(new Scorable() {
                @Override
                public float score() throws IOException {
                    return scorer.score();
                }
            });
        }

        @Override
        public void collect(int doc) throws IOException {
            var bits = facets.advanceExact(doc) ? facets.longValue() : 0L;
            var failed = PASSED;
            for (int dimension = 0; dimension < masks.length; dimension++) {
                if (masks[dimension] != 0 && (bits & masks[dimension]) == 0) {
                    if (failed != PASSED) {
                        return;
                    }
                    failed = dimension;
                }
            }
            var languageOrdinal = language.advanceExact(doc) ? language.ordValue() : -1;
            if (selectedLanguages != null && (languageOrdinal < 0 || !selectedLanguages.get(languageOrdinal))) {
                if (failed != PASSED) {
                    return;
                }
                failed = LANGUAGE;
            }
            var day = posted.advanceExact(doc) ? posted.longValue() : Long.MIN_VALUE;
            if (day < selection.postedFrom()) {
                if (failed != PASSED) {
                    return;
                }
                failed = POSTED;
            }
            // the distance is the costliest value: only for the radius filter, or to count a hit
            var distance = Double.NaN;
            if (!Double.isNaN(radiusKey)) {
                distance = distanceKey(doc);
                if (!(distance <= radiusKey)) {
                    if (failed != PASSED) {
                        return;
                    }
                    failed = RADIUS;
                }
            } else if (failed == PASSED) {
                distance = distanceKey(doc);
            }

            if (failed == PASSED) {
                tally.total++;
                hits.collect(doc);
                for (int dimension = 0; dimension < masks.length; dimension++) {
                    countPacked(dimension, bits);
                }
                countLanguage(languageOrdinal);
                countPosted(day);
                countRadius(distance);
                if (tally.total >= enough) {
                    throw new CollectionTerminatedException();
                }
            } else if (failed == LANGUAGE) {
                countLanguage(languageOrdinal);
            } else if (failed == POSTED) {
                countPosted(day);
            } else if (failed == RADIUS) {
                countRadius(distance);
            } else {
                countPacked(failed, bits);
            }
        }

        /**
         * The distance from the origin as a haversine sort key (it orders as the distance does and
         * spares the arc sine for every vacancy); NaN without origin or coordinates, infinite when
         * clearly beyond the largest radius chip (a cheap box test spares the rest for far vacancies).
         */
        private double distanceKey(int doc) throws IOException {
            var origin = selection.origin();
            if (origin == null || location == null || !location.advanceExact(doc)) {
                return Double.NaN;
            }
            var encoded = location.nextValue();
            var latitude = GeoEncodingUtils.decodeLatitude((int) (encoded >> 32));
            var longitude = GeoEncodingUtils.decodeLongitude((int) encoded);
            if (Math.abs(latitude - origin.latitude()) > maxLatitudeDelta
                    || Math.abs(longitude - origin.longitude()) > maxLongitudeDelta) {
                return Double.POSITIVE_INFINITY;
            }
            return SloppyMath.haversinSortKey(origin.latitude(), origin.longitude(), latitude, longitude);
        }

        private void countPacked(int dimension, long bits) {
            var mine = bits & DIMENSION_BITS[dimension];
            while (mine != 0) {
                tally.packed[Long.numberOfTrailingZeros(mine)]++;
                mine &= mine - 1;
            }
        }

        private void countLanguage(int ordinal) {
            if (ordinal >= 0) {
                languageCounts[ordinal]++;
            }
        }

        private void countPosted(long day) {
            for (int i = 0; i < FacetTally.POSTED_SINCE.length; i++) {
                if (day >= selection.today() - FacetTally.POSTED_SINCE[i].days()) {
                    tally.postedSince[i]++;
                }
            }
        }

        private void countRadius(double distance) {
            for (int i = 0; i < chipKeys.length; i++) {
                if (distance <= chipKeys[i]) {
                    tally.radius[i]++;
                }
            }
        }

        @Override
        public void finish() throws IOException {
            hits.finish();
            for (int ordinal = 0; ordinal < languageCounts.length; ordinal++) {
                if (languageCounts[ordinal] > 0) {
                    tally.languages.merge(language.lookupOrd(ordinal).utf8ToString(), (long) languageCounts[ordinal],
                            Long::sum);
                }
            }
        }
    }
}
