package be.werkwinkel.kiosk.terminal.internal;

import be.werkwinkel.kiosk.terminal.LimitedPerTerminal.Kind;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings under {@code kiosk.terminal.request-limit.*}: how many calls of each {@link Kind} one
 * terminal may make per {@code period} (decision 048). The allowance refills evenly, so a terminal
 * that used it all may make one more call every {@code period / limit}. The defaults, per day, are
 * several times what the busiest kiosk does on a job fair (some 100 visitors).
 *
 * @param period the time in which a terminal's allowance comes free again
 * @param accounts new accounts
 * @param usernameChecks "is this username free?" (a visitor may try a few names)
 * @param mails e-mails to the visitor or an employer
 * @param bookings bookings, moves and cancellations of appointments
 * @param documents new documents in personal storage, and copies
 * @param deliveries outbox entries (saved documents, bookings, usage counts) after an offline spell
 */
@Validated
@ConfigurationProperties("kiosk.terminal.request-limit")
public record TerminalRequestLimitSettings(
        @DefaultValue("1d") Duration period,
        @DefaultValue("150") @Min(1) @Max(1_000_000) int accounts,
        @DefaultValue("1500") @Min(1) @Max(1_000_000) int usernameChecks,
        @DefaultValue("500") @Min(1) @Max(1_000_000) int mails,
        @DefaultValue("100") @Min(1) @Max(1_000_000) int bookings,
        @DefaultValue("1000") @Min(1) @Max(1_000_000) int documents,
        @DefaultValue("20000") @Min(1) @Max(1_000_000) int deliveries) {

    public TerminalRequestLimitSettings {
        if (period.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("kiosk.terminal.request-limit.period must be at least 1s");
        }
    }

    int limit(Kind kind) {
        return switch (kind) {
            case ACCOUNTS -> accounts;
            case USERNAME_CHECKS -> usernameChecks;
            case MAILS -> mails;
            case BOOKINGS -> bookings;
            case DOCUMENTS -> documents;
            case DELIVERIES -> deliveries;
        };
    }
}
