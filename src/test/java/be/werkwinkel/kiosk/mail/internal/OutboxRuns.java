package be.werkwinkel.kiosk.mail.internal;

import be.werkwinkel.kiosk.base.Sealing;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationContext;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * One run of the outbox's sender, as the schedule would start it at a given moment, for tests of
 * other modules that send mail (the schedule is off in the tests: kiosk.mail.send-every).
 */
public final class OutboxRuns {

    private OutboxRuns() {
    }

    /**
     * @param server the mail server to send through; null as when no {@code spring.mail.host} is set
     * @return how many messages the mail server took
     */
    public static int sendDue(ApplicationContext context, Instant now, @Nullable JavaMailSender server) {
        var delivery = new MailDelivery(context.getBean(OutboxRows.class), context.getBean(Sealing.class),
                context.getBean(MailSettings.class), Clock.fixed(now, ZoneOffset.UTC),
                context.getBeanProvider(JavaMailSender.class));
        return delivery.sendDue(server);
    }
}
