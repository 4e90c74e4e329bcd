package be.werkwinkel.kiosk.vacancy.index;

import static org.assertj.core.api.Assertions.assertThat;

import be.werkwinkel.kiosk.vacancy.ContractType;
import be.werkwinkel.kiosk.vacancy.EducationLevel;
import be.werkwinkel.kiosk.vacancy.Sector;
import be.werkwinkel.kiosk.vacancy.WorkRegime;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class PackedDimensionTest {

    @Test
    void every_value_of_every_dimension_has_its_own_bit() {
        long all = 0;
        for (var dimension : PackedDimension.values()) {
            assertThat(all & dimension.mask()).isZero();
            all |= dimension.mask();
        }
        assertThat(Long.bitCount(all)).isEqualTo(Sector.values().length + ContractType.values().length
                + WorkRegime.values().length + EducationLevel.values().length + 4);
    }

    @Test
    void a_vacancy_packs_and_unpacks_its_values() {
        var vacancy = TestVacancy.vacancy(1, "Kok").sector(Sector.SERVICE_AND_SALES)
                .contracts(ContractType.TEMPORARY, ContractType.DAY_CONTRACT).regimes(WorkRegime.PART_TIME).build();
        var bits = PackedDimension.pack(vacancy);
        assertThat(PackedDimension.CONTRACT.decode(bits, ContractType.class))
                .isEqualTo(EnumSet.of(ContractType.TEMPORARY, ContractType.DAY_CONTRACT));
        assertThat(PackedDimension.REGIME.decode(bits, WorkRegime.class)).containsExactly(WorkRegime.PART_TIME);
        assertThat(PackedDimension.SECTOR.decode(bits, Sector.class)).containsExactly(Sector.SERVICE_AND_SALES);
        assertThat(PackedDimension.EDUCATION.decode(bits, EducationLevel.class)).isEmpty();
    }

    @Test
    void the_layout_names_every_value_in_bit_order() {
        assertThat(PackedDimension.layout()).startsWith("SECTOR=ARMED_FORCES,MANAGERS,")
                .contains(";CONTRACT=PERMANENT,TEMPORARY,").endsWith("MORE_THAN_FIVE_YEARS,;");
    }
}
