package be.werkwinkel.kiosk.storage.ui;

import be.werkwinkel.kiosk.storage.PersonalStorage;
import be.werkwinkel.kiosk.vacancy.VacancyAction;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What personal storage puts on other screens: "Bewaren" on a vacancy's details (the home tile
 * "Mijn cv en documenten" is the cv module's, and leads here too). In every role: a terminal wires
 * the remote storage of the sync module (decision 043), and the screens do not know the difference.
 */
@Configuration(proxyBeanMethods = false)
class StorageUiContributions {

    @Bean
    VacancyAction saveVacancyAction(PersonalStorage storage) {
        return new SaveVacancyAction(storage);
    }
}
