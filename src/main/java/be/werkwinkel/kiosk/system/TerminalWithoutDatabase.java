package be.werkwinkel.kiosk.system;

import be.werkwinkel.kiosk.base.KioskRole;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * A terminal has no database (DESIGN.md): in that role the auto-configuration of a DataSource,
 * Flyway, JPA and its repositories is switched off before the context starts, so that nothing
 * tries to reach a database that is not there. Beans of the application itself say in which
 * roles they exist with {@link be.werkwinkel.kiosk.base.ConditionalOnRole}.
 */
public final class TerminalWithoutDatabase implements EnvironmentPostProcessor {

    static final String DATABASE_AUTO_CONFIGURATION = String.join(",",
            "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration",
            "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
            "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
            "org.springframework.boot.data.jpa.autoconfigure.DataJpaRepositoriesAutoConfiguration");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (KioskRole.of(environment) != KioskRole.TERMINAL) {
            return;
        }
        var excluded = environment.getProperty("spring.autoconfigure.exclude", "");
        var all = excluded.isBlank() ? DATABASE_AUTO_CONFIGURATION : excluded + "," + DATABASE_AUTO_CONFIGURATION;
        environment.getPropertySources().addFirst(new MapPropertySource("kiosk-terminal-role",
                Map.of("spring.autoconfigure.exclude", all)));
    }
}
