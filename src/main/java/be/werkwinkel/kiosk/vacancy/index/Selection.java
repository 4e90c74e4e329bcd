package be.werkwinkel.kiosk.vacancy.index;

import be.werkwinkel.kiosk.reference.Place;
import be.werkwinkel.kiosk.vacancy.VacancyQuery;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The visitor's filters in the form the facet collector checks them per document. Values within a
 * dimension are alternatives (OR); dimensions must all hold (AND).
 *
 * @param packed the selected bits per packed dimension; a dimension without selection is absent
 * @param languages selected language codes, lower case; empty for any
 * @param postedFrom the first epoch day a vacancy may be posted on; {@link Long#MIN_VALUE} for any
 * @param origin where distances are measured from, when known
 * @param radiusKm the maximum distance from the origin; null for any (always null without origin)
 * @param today the epoch day "posted since" counts back from
 */
record Selection(Map<PackedDimension, Long> packed, Set<String> languages, long postedFrom,
        @Nullable Place origin, @Nullable Integer radiusKm, long today) {

    Selection {
        packed = Map.copyOf(packed);
        languages = Set.copyOf(languages);
        if (radiusKm != null && origin == null) {
            throw new IllegalArgumentException("a radius needs an origin");
        }
    }

    static Selection of(VacancyQuery query, @Nullable Place origin, LocalDate today) {
        var packed = new EnumMap<PackedDimension, Long>(PackedDimension.class);
        select(packed, PackedDimension.SECTOR, query.sectors());
        select(packed, PackedDimension.CONTRACT, query.contracts());
        select(packed, PackedDimension.REGIME, query.regimes());
        select(packed, PackedDimension.EDUCATION, query.education());
        select(packed, PackedDimension.EXPERIENCE, query.experience());
        var languages = query.languages().stream().map(VacancyDocuments::language).filter(Objects::nonNull)
                .collect(Collectors.toCollection(TreeSet::new));
        var postedSince = query.postedSince();
        var postedFrom = postedSince == null ? Long.MIN_VALUE : today.toEpochDay() - postedSince.days();
        return new Selection(packed, languages, postedFrom, origin, origin == null ? null : query.radiusKm(),
                today.toEpochDay());
    }

    private static void select(Map<PackedDimension, Long> packed, PackedDimension dimension,
            Set<? extends Enum<?>> values) {
        if (!values.isEmpty()) {
            packed.put(dimension, dimension.bits(values));
        }
    }
}
