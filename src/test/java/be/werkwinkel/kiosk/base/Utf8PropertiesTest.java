package be.werkwinkel.kiosk.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.DefaultResourceLoader;

/** Accents in the site's and the demo's settings reach the screen as written, read the way Boot reads them. */
class Utf8PropertiesTest {

    private static final String FRENCH = "Un collaborateur vous aide volontiers au guichet à gauche de l’entrée.";

    @Test
    void a_site_file_given_at_start_up_is_read_as_utf8() {
        var environment = environment(Map.of("spring.config.additional-location",
                "optional:file:kiosk-config/site.example.properties"), List.of());

        assertThat(environment.getProperty("kiosk.site.staff-location.fr")).isEqualTo(FRENCH);
    }

    @Test
    void the_demo_profile_is_read_as_utf8() {
        var environment = environment(Map.of(), List.of("demo"));

        assertThat(environment.getProperty("kiosk.site.staff-location.fr")).isEqualTo(FRENCH);
    }

    private static StandardEnvironment environment(Map<String, Object> arguments, List<String> profiles) {
        var environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("arguments", arguments));
        ConfigDataEnvironmentPostProcessor.applyTo(environment, new DefaultResourceLoader(),
                new DefaultBootstrapContext(), profiles);
        return environment;
    }
}
