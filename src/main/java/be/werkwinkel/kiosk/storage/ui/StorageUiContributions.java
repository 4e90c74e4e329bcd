package be.werkwinkel.kiosk.storage.ui;

import be.werkwinkel.kiosk.base.ConditionalOnRole;
import be.werkwinkel.kiosk.base.KioskRole;
import be.werkwinkel.kiosk.storage.PersonalStorage;
import be.werkwinkel.kiosk.vacancy.VacancyAction;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What personal storage puts on other screens: "Bewaren" on a vacancy's details (the home tile
 * "Mijn cv en documenten" is the cv module's, and leads here too). Only
 * where personal storage is wired; a terminal gets them with its remote storage (sync module).
 */
@ConditionalOnRole({KioskRole.STANDALONE, KioskRole.HUB})
@Configuration(proxyBeanMethods = false)
class StorageUiContributions {

    @Bean
    VacancyAction saveVacancyAction(PersonalStorage storage) {
        return new SaveVacancyAction(storage);
    }
}
