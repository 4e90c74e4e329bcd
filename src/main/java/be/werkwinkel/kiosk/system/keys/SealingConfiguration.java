package be.werkwinkel.kiosk.system.keys;

import be.werkwinkel.kiosk.base.ConditionalOnRole;
import be.werkwinkel.kiosk.base.KioskRole;
import be.werkwinkel.kiosk.base.KioskSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where personal data is kept (standalone and hub), it is sealed; a terminal keeps none. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnRole({KioskRole.STANDALONE, KioskRole.HUB})
class SealingConfiguration {

    @Bean
    TinkSealing sealing(SealingSettings settings, KioskSettings kiosk) {
        var file = settings.keysetFile() != null ? settings.keysetFile()
                : kiosk.dataDir().resolve("keys").resolve("sealing-keyset.json");
        return new TinkSealing(file);
    }
}
