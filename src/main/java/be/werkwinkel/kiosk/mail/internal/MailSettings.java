package be.werkwinkel.kiosk.mail.internal;

import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * How the outbox sends. The SMTP server itself is Spring Boot's {@code spring.mail.*}
 * ({@code host}, {@code port}, {@code username}, {@code password}, {@code properties.*}); without
 * {@code spring.mail.host} messages wait in the outbox, marked "no mail server".
 *
 * @param from the sender address of every message
 * @param sendEvery how often the outbox looks for messages that are due
 * @param firstRetry the wait after a first failed attempt; it doubles with each next one
 * @param longestRetry the longest wait between two attempts
 * @param giveUpAfter how long after queuing (or after a staff member's retry) the outbox stops trying
 * @param maxSize the largest message, attachments included
 * @param keepGivenUp how long a given-up message stays sealed in the outbox so that staff can retry
 *     it from the console; then its content is removed (zero: at once)
 */
@Validated
@ConfigurationProperties("kiosk.mail")
public record MailSettings(
        @DefaultValue("werkwinkel-kiosk@localhost") @NotBlank String from,
        @DefaultValue("PT30S") Duration sendEvery,
        @DefaultValue("PT1M") Duration firstRetry,
        @DefaultValue("PT1H") Duration longestRetry,
        @DefaultValue("P7D") Duration giveUpAfter,
        @DefaultValue("10MB") DataSize maxSize,
        @DefaultValue("P7D") Duration keepGivenUp) {
}
