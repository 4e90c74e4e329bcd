package be.werkwinkel.kiosk.vacancy.index;

import be.werkwinkel.kiosk.vacancy.ContractType;
import be.werkwinkel.kiosk.vacancy.EducationLevel;
import be.werkwinkel.kiosk.vacancy.ExperienceLevel;
import be.werkwinkel.kiosk.vacancy.Sector;
import be.werkwinkel.kiosk.vacancy.Vacancy;
import be.werkwinkel.kiosk.vacancy.WorkRegime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The filter dimensions whose values are a small enum, packed as one bit per value into a single
 * long doc value, so that checking all of them for one document is one doc-value read.
 *
 * <p>The bit of a value is its enum ordinal: adding or reordering enum constants changes the
 * layout. {@link #layout()} is part of the index schema, so such a change drops the index and the
 * caller rebuilds it.
 */
enum PackedDimension {
    SECTOR(Sector.class),
    CONTRACT(ContractType.class),
    REGIME(WorkRegime.class),
    EDUCATION(EducationLevel.class),
    EXPERIENCE(ExperienceLevel.class);

    private final Enum<?>[] values;
    private int shift;

    static {
        var shift = 0;
        for (var dimension : values()) {
            dimension.shift = shift;
            shift += dimension.values.length;
        }
        if (shift > Long.SIZE) {
            throw new IllegalStateException("the packed dimensions need more than 64 bits");
        }
    }

    PackedDimension(Class<? extends Enum<?>> type) {
        this.values = type.getEnumConstants();
    }

    /** All bits of this dimension. */
    long mask() {
        return ((1L << values.length) - 1) << shift;
    }

    /** The bits of the given values; 0 for none. */
    long bits(Collection<? extends Enum<?>> selected) {
        long bits = 0;
        for (var value : selected) {
            bits |= 1L << (shift + value.ordinal());
        }
        return bits;
    }

    /** The value a bit stands for. */
    Enum<?> valueOf(int bit) {
        return values[bit - shift];
    }

    <E extends Enum<E>> Set<E> decode(long bits, Class<E> type) {
        var result = EnumSet.noneOf(type);
        var mine = bits & mask();
        while (mine != 0) {
            result.add(type.cast(valueOf(Long.numberOfTrailingZeros(mine))));
            mine &= mine - 1;
        }
        return result;
    }

    /** The values of every dimension in bit order, e.g. "SECTOR=ARMED_FORCES,MANAGERS,…;CONTRACT=…". */
    static String layout() {
        var layout = new StringBuilder();
        for (var dimension : values()) {
            layout.append(dimension.name()).append('=');
            for (var value : dimension.values) {
                layout.append(value.name()).append(',');
            }
            layout.append(';');
        }
        return layout.toString();
    }

    /** Every packed dimension of a vacancy in one long. */
    static long pack(Vacancy vacancy) {
        return SECTOR.bits(optional(vacancy.sector()))
                | CONTRACT.bits(vacancy.contracts())
                | REGIME.bits(vacancy.regimes())
                | EDUCATION.bits(optional(vacancy.education()))
                | EXPERIENCE.bits(optional(vacancy.experience()));
    }

    private static Set<Enum<?>> optional(@Nullable Enum<?> value) {
        return value == null ? Set.of() : Set.of(value);
    }
}
