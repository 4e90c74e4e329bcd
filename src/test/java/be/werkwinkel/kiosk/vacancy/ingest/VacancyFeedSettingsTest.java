package be.werkwinkel.kiosk.vacancy.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.util.unit.DataSize;

/** The {@code kiosk.vacancy.feeds.*} keys as an operator writes them in application.properties. */
class VacancyFeedSettingsTest {

    private static VacancyFeedSettings bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("kiosk.vacancy.feeds", VacancyFeedSettings.class);
    }

    @Test
    void nothing_configured_means_no_folder_no_urls_and_the_default_limits() {
        var settings = bind(Map.of());

        assertThat(settings.dropFolder().path()).isNull();
        assertThat(settings.urls()).isEmpty();
        assertThat(settings.maxSize()).isEqualTo(DataSize.ofMegabytes(200));
        assertThat(settings.maxRecords()).isEqualTo(250_000);
        assertThat(settings).isEqualTo(VacancyFeedSettings.defaults());
    }

    @Test
    void a_drop_folder_and_url_feeds_are_read_from_properties() {
        var settings = bind(Map.of(
                "kiosk.vacancy.feeds.max-size", "50MB",
                "kiosk.vacancy.feeds.drop-folder.path", "/var/lib/kiosk/feeds",
                "kiosk.vacancy.feeds.drop-folder.interval", "30s",
                "kiosk.vacancy.feeds.urls[0].name", "vdab",
                "kiosk.vacancy.feeds.urls[0].url", "https://feeds.example.be/vdab.jsonld",
                "kiosk.vacancy.feeds.urls[0].interval", "2h",
                "kiosk.vacancy.feeds.urls[0].complete", "true",
                "kiosk.vacancy.feeds.urls[1].name", "stad",
                "kiosk.vacancy.feeds.urls[1].url", "http://intranet.example/vacatures.ndjson"));

        assertThat(settings.maxSize()).isEqualTo(DataSize.ofMegabytes(50));
        assertThat(settings.dropFolder().path()).isEqualTo(Path.of("/var/lib/kiosk/feeds"));
        assertThat(settings.dropFolder().interval()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.dropFolder().settleTime()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.urls()).containsExactly(
                new VacancyFeedSettings.UrlFeed("vdab", URI.create("https://feeds.example.be/vdab.jsonld"),
                        Duration.ofHours(2), true),
                new VacancyFeedSettings.UrlFeed("stad", URI.create("http://intranet.example/vacatures.ndjson"),
                        Duration.ofHours(1), false));
    }

    @Test
    void a_url_feed_that_is_not_http_stops_the_start() {
        assertThatThrownBy(() -> bind(Map.of(
                "kiosk.vacancy.feeds.urls[0].name", "local",
                "kiosk.vacancy.feeds.urls[0].url", "file:///etc/passwd")))
                .isInstanceOf(BindException.class)
                .rootCause().hasMessageContaining("needs an http or https address");
    }

    @Test
    void two_url_feeds_with_one_name_stop_the_start() {
        assertThatThrownBy(() -> bind(Map.of(
                "kiosk.vacancy.feeds.urls[0].name", "vdab",
                "kiosk.vacancy.feeds.urls[0].url", "https://a.example/feed.json",
                "kiosk.vacancy.feeds.urls[1].name", "vdab",
                "kiosk.vacancy.feeds.urls[1].url", "https://b.example/feed.json")))
                .rootCause().hasMessageContaining("the name 'vdab' is used twice");
    }
}
