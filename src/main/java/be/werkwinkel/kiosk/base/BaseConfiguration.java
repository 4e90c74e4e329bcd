package be.werkwinkel.kiosk.base;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class BaseConfiguration {

    /** Belgian time, whatever the server's zone: opening hours and "posted today" mean local days. */
    static final ZoneId BELGIUM = ZoneId.of("Europe/Brussels");

    @Bean
    Clock clock() {
        return Clock.system(BELGIUM);
    }
}
