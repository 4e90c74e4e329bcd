package be.werkwinkel.kiosk.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * {@code kiosk.training-run=true}: start completely, ask for the first screen once, then stop
 * cleanly. {@code kiosk-config/start-kiosk.sh} runs this once per jar with
 * {@code -XX:AOTCacheOutput} so that the JVM records what start-up loads and links into an AOT
 * cache, which every later start reads ({@code -XX:AOTCache}), a few seconds sooner on the screen.
 *
 * <p>It exits through {@link SpringApplication#exit} and {@link System#exit}, not through
 * {@code spring.context.exit=onRefresh}, which halts the JVM: that would skip the shutdown hooks
 * and leave the embedded MariaDB running.
 */
@Component
@ConditionalOnBooleanProperty("kiosk.training-run")
class TrainingRun {

    private static final Logger log = LoggerFactory.getLogger(TrainingRun.class);

    @EventListener
    void finish(ApplicationReadyEvent event) {
        var context = event.getApplicationContext();
        if (context instanceof WebServerApplicationContext web && web.getWebServer() != null) {
            var address = KioskAddressAnnouncement.address(context.getEnvironment(), web.getWebServer().getPort());
            try (var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()) {
                var answer = http.send(HttpRequest.newBuilder(URI.create(address + "/")).timeout(Duration.ofSeconds(60))
                        .build(), HttpResponse.BodyHandlers.discarding());
                log.info("Training run: the first screen answered {}", answer.statusCode());
            } catch (Exception e) {
                log.warn("Training run: the first screen did not answer ({})", e.toString());
            }
        }
        log.info("Training run complete; stopping");
        System.exit(SpringApplication.exit(context));
    }
}
