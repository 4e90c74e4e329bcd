package be.werkwinkel.kiosk.mail.internal;

import be.werkwinkel.kiosk.base.ConditionalOnRole;
import be.werkwinkel.kiosk.base.KioskRole;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The outbox's backlog for Prometheus (decision 036): messages that wait for the mail server. A
 * growing number means the server is unreachable or refuses; the outbox keeps trying.
 */
@ConditionalOnRole({KioskRole.STANDALONE, KioskRole.HUB})
@Component
class OutboxMeters implements MeterBinder {

    private final JdbcClient jdbc;

    OutboxMeters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("kiosk.mail.outbox.waiting", this, OutboxMeters::waiting)
                .description("E-mails in the outbox that wait to be sent").register(registry);
    }

    double waiting() {
        try {
            return jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE state = 'WAITING'").query(Long.class).single();
        } catch (RuntimeException unavailable) {
            return Double.NaN; // the database is away: Prometheus sees no value rather than a wrong one
        }
    }
}
