package be.werkwinkel.kiosk.storage.ui;

import be.werkwinkel.kiosk.base.ConditionalOnRole;
import be.werkwinkel.kiosk.base.KioskRole;
import be.werkwinkel.kiosk.kiosk.HomeTile;
import be.werkwinkel.kiosk.storage.PersonalStorage;
import be.werkwinkel.kiosk.vacancy.VacancyAction;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What personal storage puts on other screens: the home tile "Mijn cv en documenten" (it replaces
 * the shell's "coming soon" tile with the same key) and "Bewaren" on a vacancy's details. Only
 * where personal storage is wired; a terminal gets them with its remote storage (sync module).
 */
@ConditionalOnRole({KioskRole.STANDALONE, KioskRole.HUB})
@Configuration(proxyBeanMethods = false)
class StorageUiContributions {

    @Bean
    HomeTile documentsTile() {
        return new HomeTile("tile.documents", 2, "vaadin:file-text-o", DocumentsView.class);
    }

    @Bean
    VacancyAction saveVacancyAction(PersonalStorage storage) {
        return new SaveVacancyAction(storage);
    }
}
