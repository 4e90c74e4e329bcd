package be.werkwinkel.kiosk.vacancy;

import be.werkwinkel.kiosk.base.KioskSettings;
import be.werkwinkel.kiosk.vacancy.demo.DemoVacancies;
import be.werkwinkel.kiosk.vacancy.index.JobTitleThesaurus;
import be.werkwinkel.kiosk.vacancy.index.VacancyIndex;
import be.werkwinkel.kiosk.vacancy.reference.BelgianPlaces;
import be.werkwinkel.kiosk.vacancy.reference.EscoOccupations;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import org.apache.lucene.store.FSDirectory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class VacancyConfiguration {

    /**
     * The index on disk (memory-mapped), beside the embedded database; it is derived and can be
     * rebuilt. Opened on the bootstrap executor together with the job-title thesaurus it analyses
     * queries with (about 2 s on a cold JVM), while the rest of the application, Hibernate above
     * all, starts on the other core. Take it through an {@code ObjectProvider}, which waits for it.
     */
    @Bean(destroyMethod = "close", bootstrap = Bean.Bootstrap.BACKGROUND)
    OpenIndex vacancyIndex(VacancySettings settings, KioskSettings kiosk, EscoOccupations occupations,
            BelgianPlaces places, Clock clock) throws IOException {
        var thesaurus = new JobTitleThesaurus(occupations);
        var path = (settings.indexDirectory() != null ? settings.indexDirectory() : kiosk.dataDir().resolve("vacancy-index"))
                .toAbsolutePath().normalize();
        var directory = FSDirectory.open(Files.createDirectories(path));
        return new OpenIndex(new VacancyIndex(directory, thesaurus, places, clock), directory);
    }

    @Bean(bootstrap = Bean.Bootstrap.BACKGROUND)
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
