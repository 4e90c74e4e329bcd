package be.werkwinkel.kiosk.terminal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A call of the terminal API that one terminal may make only so often (decision 048): the calls
 * with which a stolen terminal token could do harm at scale, such as creating accounts, probing
 * usernames, sending e-mail or filling agendas. Beyond the limit the hub answers {@code 429} with
 * {@code Retry-After}, which a terminal treats as "the hub cannot help now". The limits
 * ({@code kiosk.terminal.request-limit.*}) lie far above what a busy kiosk does. An outbox entry
 * counts as a delivery and also as the kind its handler names ({@link DeliveryHandler#limitedAs}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface LimitedPerTerminal {

    Kind value();

    /** The calls counted together, each against its own limit. */
    enum Kind {
        /** New personal-storage accounts. */
        ACCOUNTS,
        /** "Is this username free?" */
        USERNAME_CHECKS,
        /** E-mails to the visitor or to an employer. */
        MAILS,
        /** Bookings, moves and cancellations of appointments. */
        BOOKINGS,
        /** New documents in personal storage, and copies. */
        DOCUMENTS,
        /** Outbox entries delivered after the terminal was offline. */
        DELIVERIES
    }
}
