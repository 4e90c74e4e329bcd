package be.werkwinkel.kiosk.mail.internal;

import be.werkwinkel.kiosk.base.StaffAudit;
import be.werkwinkel.kiosk.mail.MailOutboxAdministration;
import be.werkwinkel.kiosk.mail.MailStatus.State;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * The outbox for the staff console: counts and the listed messages straight from {@code
 * mail_outbox}, never opening a sealed message; "retry now" makes a message due and leaves the
 * sending to the outbox's own run, so that a retry never races an attempt in progress into a
 * second send.
 */
final class OutboxAdministration implements MailOutboxAdministration {

    static final String RETRY_ACTION = "MAIL_RETRY";

    private final OutboxRows rows;
    private final MailSettings settings;
    private final Clock clock;
    private final StaffAudit audit;
    private final ObjectProvider<JavaMailSender> configuredServer;

    OutboxAdministration(OutboxRows rows, MailSettings settings, Clock clock, StaffAudit audit,
            ObjectProvider<JavaMailSender> configuredServer) {
        this.rows = rows;
        this.settings = settings;
        this.clock = clock;
        this.audit = audit;
        this.configuredServer = configuredServer;
    }

    @Override
    public Overview overview(int limit) {
        var now = clock.instant();
        var counts = rows.counts(now.minus(Duration.ofDays(1)));
        var entries = new ArrayList<Entry>();
        var listed = Math.clamp(limit, 1, 1000);
        rows.waiting(listed).forEach(row -> entries.add(entry(row)));
        rows.givenUp(listed).forEach(row -> entries.add(entry(row)));
        return new Overview(counts.waiting(), counts.failing(), counts.givenUp(), counts.sentSince(),
                configuredServer.getIfAvailable() != null, settings.sendEvery(), entries);
    }

    @Override
    public boolean retryNow(UUID requestId, String staff) {
        var retried = rows.retryNow(requestId, clock.instant());
        audit.record(staff, RETRY_ACTION, target(requestId), retried ? StaffAudit.Result.DONE : StaffAudit.Result.REFUSED,
                retried ? null : "sent, unknown, or its content is no longer kept");
        return retried;
    }

    @Override
    public int retryAll(String staff) {
        var now = clock.instant();
        var count = 0;
        for (var state : new State[] {State.WAITING, State.GIVEN_UP}) {
            var candidates = state == State.WAITING ? rows.waiting(10_000) : rows.givenUp(10_000);
            for (var row : candidates) {
                var worthIt = state == State.WAITING ? row.problem() != null : row.contentKept();
                if (worthIt && rows.retryNow(row.requestId(), now)) {
                    count++;
                }
            }
        }
        audit.record(staff, RETRY_ACTION, "all failed messages", StaffAudit.Result.DONE, count + " made due now");
        return count;
    }

    /** The message's request id: not personal data, and what the visitor's "sent e-mails" know it by. */
    static String target(UUID requestId) {
        return "mail " + requestId;
    }

    private Entry entry(OutboxRows.Listed row) {
        var waiting = row.state() == State.WAITING;
        return new Entry(row.requestId(), row.state(), row.queuedAt(), row.attempts(), row.problem(),
                row.recipientMasked(), row.lastAttemptAt(), waiting ? row.nextAttemptAt() : null,
                waiting ? row.triedSince().plus(settings.giveUpAfter()) : null, row.givenUpAt(),
                row.contentKept() && row.state() != State.SENT);
    }
}
