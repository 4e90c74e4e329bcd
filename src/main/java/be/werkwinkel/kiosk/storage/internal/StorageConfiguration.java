package be.werkwinkel.kiosk.storage.internal;

import be.werkwinkel.kiosk.base.ConditionalOnRole;
import be.werkwinkel.kiosk.base.KioskRole;
import be.werkwinkel.kiosk.base.KioskSettings;
import be.werkwinkel.kiosk.base.Sealing;
import be.werkwinkel.kiosk.mail.MailOutbox;
import be.werkwinkel.kiosk.storage.DocumentFormat;
import be.werkwinkel.kiosk.storage.StorageSettings;
import be.werkwinkel.kiosk.vacancy.VacancySearch;
import be.werkwinkel.kiosk.base.KioskTranslations;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Personal storage where the database is: a standalone kiosk and the hub. A terminal will get a
 * remote implementation of the same ports (the sync module).
 */
@ConditionalOnRole({KioskRole.STANDALONE, KioskRole.HUB})
@Configuration(proxyBeanMethods = false)
class StorageConfiguration {

    @Bean
    StorageKeys storageKeys(KioskSettings kiosk, StorageSettings settings) {
        return new StorageKeys(kiosk, settings);
    }

    /** The keyset an earlier version sealed with; read only until its rows are re-sealed (decision 019). */
    @Bean
    OldStorageKeyset oldStorageKeyset(KioskSettings kiosk, StorageSettings settings) {
        return new OldStorageKeyset(settings.keysetFile() != null ? settings.keysetFile()
                : kiosk.dataDir().toAbsolutePath().normalize().resolve("keys").resolve("storage-keyset.json"));
    }

    @Bean
    StorageSealing storageSealing(Sealing sealing, OldStorageKeyset old) {
        return new StorageSealing(sealing, old);
    }

    @Bean
    StorageService storageService(JdbcClient jdbc, TransactionTemplate transactions, StorageKeys keys,
            StorageSealing sealing, StorageSettings settings, Clock clock, ApplicationEventPublisher events) {
        return new StorageService(jdbc, transactions, keys, sealing, settings, clock, events);
    }

    @Bean
    DocumentMailService documentMail(JdbcClient jdbc, TransactionTemplate transactions, StorageService storage,
            StorageSealing sealing, ObjectProvider<DocumentFormat> formats, VacancySearch vacancies, MailOutbox outbox,
            KioskTranslations translations, KioskSettings kiosk, Clock clock) {
        return new DocumentMailService(jdbc, transactions, storage, sealing, formats, vacancies, outbox, translations,
                kiosk, clock);
    }

    @Bean
    VisitorSessionTokens visitorSessionTokens(JdbcClient jdbc, Sealing sealing, Clock clock, StorageSettings settings) {
        return new VisitorSessionTokens(jdbc, sealing, clock, settings.visitorSession());
    }

    @Bean
    OldKeysetMigration oldKeysetMigration(JdbcClient jdbc, TransactionTemplate transactions, StorageSealing sealing) {
        return new OldKeysetMigration(jdbc, transactions, sealing);
    }

    /** Not in the staff command line: it runs one command and stops. */
    @Bean
    @ConditionalOnProperty(name = "kiosk.command-line", havingValue = "false", matchIfMissing = true)
    OldKeysetMigrationJob oldKeysetMigrationJob(OldKeysetMigration migration) {
        return new OldKeysetMigrationJob(migration);
    }
}
