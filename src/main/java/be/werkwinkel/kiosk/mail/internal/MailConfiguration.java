package be.werkwinkel.kiosk.mail.internal;

import be.werkwinkel.kiosk.base.ConditionalOnRole;
import be.werkwinkel.kiosk.base.KioskRole;
import be.werkwinkel.kiosk.base.Sealing;
import be.werkwinkel.kiosk.base.StaffAudit;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;

/** The outbox lives beside the database (standalone and hub); a terminal will hand mail to the hub. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnRole({KioskRole.STANDALONE, KioskRole.HUB})
class MailConfiguration {

    @Bean
    OutboxRows outboxRows(JdbcClient jdbc) {
        return new OutboxRows(jdbc);
    }

    @Bean
    SealedMailOutbox mailOutbox(OutboxRows rows, Sealing sealing, MailSettings settings, Clock clock) {
        return new SealedMailOutbox(rows, sealing, settings, clock);
    }

    @Bean
    OutboxAdministration mailOutboxAdministration(OutboxRows rows, MailSettings settings, Clock clock, StaffAudit audit,
            ObjectProvider<JavaMailSender> configuredServer) {
        return new OutboxAdministration(rows, settings, clock, audit, configuredServer);
    }

    @Bean
    MailDelivery mailDelivery(OutboxRows rows, Sealing sealing, MailSettings settings, Clock clock,
            ObjectProvider<JavaMailSender> configuredServer) {
        return new MailDelivery(rows, sealing, settings, clock, configuredServer);
    }
}
