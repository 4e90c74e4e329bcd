package be.werkwinkel.kiosk.appointment.ui;

import be.werkwinkel.kiosk.appointment.Coordinates;
import be.werkwinkel.kiosk.kiosk.HomeTile;
import be.werkwinkel.kiosk.kiosk.KioskScreens;
import be.werkwinkel.kiosk.reference.BelgianPlaces;
import be.werkwinkel.kiosk.vacancy.VacancyAction;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the appointment screens put on other screens: the home tile "Afspraak maken" (it replaces
 * the shell's "coming soon" tile with the same key) and "Afspraak maken over deze vacature" on a
 * vacancy's details.
 */
@Configuration(proxyBeanMethods = false)
class AppointmentUiContributions {

    @Bean
    HomeTile appointmentTile() {
        return new HomeTile("tile.appointment", 3, "vaadin:calendar-user", AppointmentStartView.class);
    }

    @Bean
    VacancyAction appointmentForVacancyAction() {
        return new AppointmentForVacancyAction();
    }

    /** The centre of Brussels: where "nearest first" counts from when the terminal's place is not configured. */
    static final Coordinates BRUSSELS = new Coordinates(50.8467, 4.3525);

    /**
     * Sites are sorted from the terminal's own place: the one vacancy search's "near me" starts
     * from ({@code kiosk.vacancy.default-place}, or the place staff configured for the site or
     * terminal), so a terminal has one place to configure.
     */
    @Bean
    Terminal appointmentTerminal(KioskScreens screens, BelgianPlaces places) {
        return new Terminal(screens, places, BRUSSELS);
    }
}
