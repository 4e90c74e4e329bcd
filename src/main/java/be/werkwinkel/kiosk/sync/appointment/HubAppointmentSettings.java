package be.werkwinkel.kiosk.sync.appointment;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code kiosk.hub.appointments.*} (terminal only): how long the terminal's copies
 * of the hub's appointment data are used before they are asked again, and how long a copy is kept
 * to fall back on while the hub is unreachable.
 *
 * @param catalogueRefresh types, sites and consultants: staff change them seldom
 * @param slotsRefresh free days and times: they change with every booking anywhere in the region
 * @param keepFor how long a copy serves when every refresh fails; after that the screens say the
 *     appointments cannot be reached
 */
@ConfigurationProperties("kiosk.hub.appointments")
record HubAppointmentSettings(
        @DefaultValue("5m") Duration catalogueRefresh,
        @DefaultValue("30s") Duration slotsRefresh,
        @DefaultValue("7d") Duration keepFor) {

    HubAppointmentSettings {
        if (catalogueRefresh.isNegative() || catalogueRefresh.isZero() || slotsRefresh.isNegative() || slotsRefresh.isZero()
                || keepFor.compareTo(catalogueRefresh) < 0 || keepFor.compareTo(slotsRefresh) < 0) {
            throw new IllegalArgumentException("kiosk.hub.appointments.*-refresh must be positive and keep-for at least as long");
        }
    }
}
