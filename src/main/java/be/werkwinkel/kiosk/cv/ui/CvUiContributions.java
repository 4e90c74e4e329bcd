package be.werkwinkel.kiosk.cv.ui;

import be.werkwinkel.kiosk.cv.CvCheck;
import be.werkwinkel.kiosk.kiosk.HomeTile;
import be.werkwinkel.kiosk.vacancy.VacancyAction;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the CV module puts on other screens: the home tile "Mijn cv en documenten" (its screen
 * leads to the CV and letter wizards and to the visitor's storage) and "Write a letter" on a
 * vacancy's details. The wizards work in the session, so on every role.
 */
@Configuration(proxyBeanMethods = false)
class CvUiContributions {

    @Bean
    HomeTile documentsTile() {
        return new HomeTile("tile.documents", 2, "vaadin:file-text-o", CvLettersView.class);
    }

    @Bean
    VacancyAction letterForVacancyAction(Clock clock) {
        return new LetterForVacancyAction(clock);
    }

    @Bean
    CvCheck cvCheck(Clock clock) {
        return new CvCheck(clock);
    }
}
