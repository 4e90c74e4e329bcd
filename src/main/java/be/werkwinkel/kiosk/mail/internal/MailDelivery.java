package be.werkwinkel.kiosk.mail.internal;

import be.werkwinkel.kiosk.base.Sealing;
import be.werkwinkel.kiosk.mail.MailStatus.Problem;
import jakarta.mail.MessagingException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Sends what is due, a few messages per run: after a failed attempt it waits, twice as long each
 * time up to {@code kiosk.mail.longest-retry}, and gives up after {@code kiosk.mail.give-up-after}.
 * A crash during an attempt leaves the message waiting; it may then be sent a second time, never
 * not at all.
 */
class MailDelivery { // not final: the scheduler lock proxies it

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);
    static final int PER_RUN = 20;
    /** How long one attempt may take before another run may try the message again. */
    private static final Duration CLAIM = Duration.ofMinutes(10);

    private final OutboxRows rows;
    private final Sealing sealing;
    private final MailSettings settings;
    private final Clock clock;
    private final ObjectProvider<JavaMailSender> configuredServer;

    MailDelivery(OutboxRows rows, Sealing sealing, MailSettings settings, Clock clock,
            ObjectProvider<JavaMailSender> configuredServer) {
        this.rows = rows;
        this.sealing = sealing;
        this.settings = settings;
        this.clock = clock;
        this.configuredServer = configuredServer;
    }

    @Scheduled(initialDelayString = "${kiosk.mail.send-every:PT30S}", fixedDelayString = "${kiosk.mail.send-every:PT30S}")
    @SchedulerLock(name = "mail-delivery")
    void sendDue() {
        sendDue(configuredServer.getIfAvailable());
    }

    /** One run; the number of messages the mail server took. */
    int sendDue(@Nullable JavaMailSender server) {
        var now = clock.instant();
        var sent = 0;
        var waitingForServer = 0;
        var forgotten = rows.forgetGivenUp(now.minus(settings.keepGivenUp()));
        if (forgotten > 0) {
            log.info("Removed the content of {} given-up message(s) after {}", forgotten, settings.keepGivenUp());
        }
        for (var due : rows.due(now, PER_RUN)) {
            if (!now.isBefore(due.triedSince().plus(settings.giveUpAfter()))) {
                rows.givenUp(due.id(), now, settings.keepGivenUp().isPositive());
                log.warn("Gave up on a message queued at {}: not sent within {}", due.queuedAt(), settings.giveUpAfter());
            } else if (server == null) {
                rows.retry(due.id(), due.attempts(), Problem.NO_MAIL_SERVER, now.plus(settings.sendEvery()), null);
                waitingForServer++;
            } else if (rows.claim(due, now.plus(CLAIM))) {
                sent += attempt(server, due, now) ? 1 : 0;
            }
        }
        if (waitingForServer > 0) {
            log.warn("{} message(s) wait in the outbox: no mail server is configured (spring.mail.host)", waitingForServer);
        }
        return sent;
    }

    private boolean attempt(JavaMailSender server, OutboxRows.Due due, Instant now) {
        var attempts = due.attempts() + 1;
        try {
            server.send(SealedMailOutbox.open(sealing, due));
            rows.sent(due.id(), attempts, clock.instant());
            return true;
        } catch (MailException | MessagingException e) {
            var problem = problemOf(e);
            var next = now.plus(backOff(attempts));
            rows.retry(due.id(), attempts, problem, next, now);
            // the reason only: the server's answer may quote the recipient
            log.warn("A message was not sent ({}, attempt {}); next attempt at {}", problem, attempts, next);
            return false;
        }
    }

    Duration backOff(int attempts) {
        var wait = settings.firstRetry();
        for (int i = 1; i < attempts && wait.compareTo(settings.longestRetry()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(settings.longestRetry()) > 0 ? settings.longestRetry() : wait;
    }

    /** Unreachable when somewhere in the causes a connection failed; refused otherwise. */
    private static Problem problemOf(Exception e) {
        if (e instanceof MailAuthenticationException) {
            return Problem.REFUSED;
        }
        var seen = new HashSet<Throwable>();
        var pending = new ArrayDeque<Throwable>(List.of(e));
        while (!pending.isEmpty()) {
            var cause = pending.pop();
            if (!seen.add(cause)) {
                continue;
            }
            if (cause instanceof SocketException || cause instanceof UnknownHostException
                    || cause instanceof SocketTimeoutException) {
                return Problem.SERVER_UNREACHABLE;
            }
            if (cause.getCause() != null) {
                pending.push(cause.getCause());
            }
            if (cause instanceof MessagingException messaging && messaging.getNextException() != null) {
                pending.push(messaging.getNextException());
            }
            if (cause instanceof MailSendException send) {
                send.getFailedMessages().values().forEach(pending::push);
            }
        }
        return Problem.REFUSED;
    }
}
