package be.werkwinkel.kiosk.kiosk.ui;

import be.werkwinkel.kiosk.kiosk.HomeTile;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The shell's own tile: help is always there, last. */
@Configuration(proxyBeanMethods = false)
class ShellTiles {

    @Bean
    HomeTile helpTile() {
        return new HomeTile("tile.help", 4, "vaadin:question-circle-o", HelpView.class);
    }
}
