package be.werkwinkel.kiosk.vacancy.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.apache.lucene.util.SloppyMath;
import org.junit.jupiter.api.Test;

/** The radius filter and chips compare sort keys; they must agree with the distance in kilometres. */
class DistanceKeyTest {

    @Test
    void a_radius_as_a_sort_key_is_that_radius_again_in_metres() {
        for (var km : new double[] {0.5, 5, 10, 25, 50, 250}) {
            assertThat(SloppyMath.haversinMeters(SidewaysCollector.sortKeyOf(km))).as(km + " km")
                    .isCloseTo(km * 1000, org.assertj.core.data.Offset.offset(0.5));
        }
    }

    @Test
    void comparing_sort_keys_decides_as_comparing_kilometres_around_belgium() {
        var random = new Random(20261202);
        var disagreements = 0;
        for (int i = 0; i < 200_000; i++) {
            // Ghent to a point up to about 60 km away
            double originLat = 51.05;
            double originLon = 3.72;
            double lat = originLat + (random.nextDouble() - 0.5) * 1.1;
            double lon = originLon + (random.nextDouble() - 0.5) * 1.7;
            var km = SloppyMath.haversinMeters(originLat, originLon, lat, lon) / 1000;
            var key = SloppyMath.haversinSortKey(originLat, originLon, lat, lon);
            for (var radius : FacetTally.RADII_KM) {
                if (Math.abs(km - radius) > 0.001 && (km <= radius) != (key <= SidewaysCollector.sortKeyOf(radius))) {
                    disagreements++;
                }
            }
        }
        assertThat(disagreements).isZero();
    }
}
