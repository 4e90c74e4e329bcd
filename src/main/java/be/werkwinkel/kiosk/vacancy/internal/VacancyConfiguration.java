package be.werkwinkel.kiosk.vacancy.internal;

import be.werkwinkel.kiosk.vacancy.VacancySettings;
import be.werkwinkel.kiosk.base.KioskSettings;
import be.werkwinkel.kiosk.kiosk.HomeTile;
import be.werkwinkel.kiosk.vacancy.demo.DemoVacancies;
import be.werkwinkel.kiosk.vacancy.index.JobTitleThesaurus;
import be.werkwinkel.kiosk.vacancy.index.VacancyIndex;
import be.werkwinkel.kiosk.reference.BelgianPlaces;
import be.werkwinkel.kiosk.reference.EscoOccupations;
import be.werkwinkel.kiosk.vacancy.ui.VacancySearchView;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.apache.lucene.store.FSDirectory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class VacancyConfiguration {

    /** The first tile on the home screen. */
    @Bean
    HomeTile vacanciesTile() {
        return new HomeTile("tile.vacancies", 1, "vaadin:search", VacancySearchView.class);
    }

    @Bean
    JobTitleThesaurus jobTitleThesaurus(EscoOccupations occupations) {
        return JobTitleThesaurus.inBackground(occupations);
    }

    /** The thesaurus's query side is derived once the kiosk is up, not while it starts (or at an earlier search). */
    @Bean
    ApplicationListener<ApplicationReadyEvent> jobTitleThesaurusOnceUp(JobTitleThesaurus thesaurus) {
        return ready -> thesaurus.deriveForQueries();
    }

    /** The index on disk (memory-mapped), beside the embedded database; derived, so it can be rebuilt. */
    @Bean(destroyMethod = "close")
    OpenIndex vacancyIndex(VacancySettings settings, KioskSettings kiosk, JobTitleThesaurus thesaurus,
            BelgianPlaces places, Clock clock) throws IOException {
        var path = (settings.indexDirectory() != null ? settings.indexDirectory() : kiosk.dataDir().resolve("vacancy-index"))
                .toAbsolutePath().normalize();
        return openIndex(path, thesaurus, places, clock);
    }

    /** Opens (or creates, or after damage recreates) the index in a directory on disk. */
    static OpenIndex openIndex(Path path, JobTitleThesaurus thesaurus, BelgianPlaces places, Clock clock)
            throws IOException {
        var directory = FSDirectory.open(Files.createDirectories(path));
        try {
            return new OpenIndex(new VacancyIndex(directory, thesaurus, places, clock), directory);
        } catch (RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    @Bean
    DemoVacancies demoVacancies(EscoOccupations occupations, BelgianPlaces places) {
        return new DemoVacancies(occupations, places);
    }

    /** The index with the directory it lives in, closed together (the index does not own it). */
    record OpenIndex(VacancyIndex index, FSDirectory directory) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            try (directory) {
                index.close();
            }
        }
    }
}
