package be.werkwinkel.kiosk.system;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * A {@linkplain TrainingRun training run} listens on a free port of its own, whatever the
 * arguments say: the kiosk's browser may already be polling the real port, and must not land on
 * a process that is about to stop. (A second {@code --server.port} argument would not override
 * the first; Spring joins repeated arguments into one value.)
 */
public final class TrainingRunPort implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (Boolean.parseBoolean(environment.getProperty("kiosk.training-run", "false"))) {
            environment.getPropertySources().addFirst(new MapPropertySource("kiosk-training-run",
                    Map.of("server.port", "0")));
        }
    }
}
