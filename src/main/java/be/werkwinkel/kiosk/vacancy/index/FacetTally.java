package be.werkwinkel.kiosk.vacancy.index;

import be.werkwinkel.kiosk.vacancy.ContractType;
import be.werkwinkel.kiosk.vacancy.EducationLevel;
import be.werkwinkel.kiosk.vacancy.ExperienceLevel;
import be.werkwinkel.kiosk.vacancy.PostedSince;
import be.werkwinkel.kiosk.vacancy.SearchResult.Facets;
import be.werkwinkel.kiosk.vacancy.Sector;
import be.werkwinkel.kiosk.vacancy.VacancyQuery;
import be.werkwinkel.kiosk.vacancy.WorkRegime;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Counts per facet value, gathered by {@link SidewaysCollector}s and merged. */
final class FacetTally {

    /** The radius chips, smallest first. */
    static final int[] RADII_KM = VacancyQuery.RADII_KM.stream().mapToInt(Integer::intValue).sorted().toArray();
    static final PostedSince[] POSTED_SINCE = PostedSince.values();

    /** Documents that pass every filter. */
    long total;
    /** Per bit of {@link PackedDimension}. */
    final long[] packed = new long[Long.SIZE];
    final Map<String, Long> languages = new HashMap<>();
    final long[] postedSince = new long[POSTED_SINCE.length];
    final long[] radius = new long[RADII_KM.length];

    void add(FacetTally other) {
        total += other.total;
        for (int i = 0; i < packed.length; i++) {
            packed[i] += other.packed[i];
        }
        other.languages.forEach((language, count) -> languages.merge(language, count, Long::sum));
        for (int i = 0; i < postedSince.length; i++) {
            postedSince[i] += other.postedSince[i];
        }
        for (int i = 0; i < radius.length; i++) {
            radius[i] += other.radius[i];
        }
    }

    /** The counts as the API has them: values with no vacancy left out, in enum or size order. */
    Facets toFacets() {
        var radiusKm = new LinkedHashMap<Integer, Long>();
        for (int i = 0; i < RADII_KM.length; i++) {
            if (radius[i] > 0) {
                radiusKm.put(RADII_KM[i], radius[i]);
            }
        }
        var posted = new EnumMap<PostedSince, Long>(PostedSince.class);
        for (int i = 0; i < POSTED_SINCE.length; i++) {
            if (postedSince[i] > 0) {
                posted.put(POSTED_SINCE[i], postedSince[i]);
            }
        }
        var byCount = new LinkedHashMap<String, Long>();
        languages.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(entry -> byCount.put(entry.getKey(), entry.getValue()));
        return new Facets(
                Collections.unmodifiableMap(radiusKm),
                counts(PackedDimension.SECTOR, Sector.class),
                counts(PackedDimension.CONTRACT, ContractType.class),
                counts(PackedDimension.REGIME, WorkRegime.class),
                counts(PackedDimension.EDUCATION, EducationLevel.class),
                counts(PackedDimension.EXPERIENCE, ExperienceLevel.class),
                Collections.unmodifiableMap(byCount),
                Collections.unmodifiableMap(posted));
    }

    private <E extends Enum<E>> Map<E, Long> counts(PackedDimension dimension, Class<E> type) {
        var result = new EnumMap<E, Long>(type);
        var bits = dimension.mask();
        while (bits != 0) {
            var bit = Long.numberOfTrailingZeros(bits);
            if (packed[bit] > 0) {
                result.put(type.cast(dimension.valueOf(bit)), packed[bit]);
            }
            bits &= bits - 1;
        }
        return Collections.unmodifiableMap(result);
    }
}
