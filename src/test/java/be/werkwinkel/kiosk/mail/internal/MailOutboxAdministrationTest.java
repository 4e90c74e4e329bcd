package be.werkwinkel.kiosk.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;

import be.werkwinkel.kiosk.admin.audit.StaffAuditLog;
import be.werkwinkel.kiosk.base.Sealing;
import be.werkwinkel.kiosk.base.StaffAudit;
import be.werkwinkel.kiosk.mail.MailOutbox;
import be.werkwinkel.kiosk.mail.MailOutboxAdministration;
import be.werkwinkel.kiosk.mail.MailOutboxAdministration.Entry;
import be.werkwinkel.kiosk.mail.MailStatus.Problem;
import be.werkwinkel.kiosk.mail.MailStatus.State;
import be.werkwinkel.kiosk.mail.OutgoingMail;
import be.werkwinkel.kiosk.support.KioskTest;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The outbox as the staff console sees it, on the real embedded MariaDB: masked recipients and no
 * content, the last error and the next attempt, and "retry now" for a failing or a given-up
 * message, which the next run then sends (to a real, in-process mail server).
 */
@KioskTest
class MailOutboxAdministrationTest {

    private static final String RECIPIENT = "fatima.el-amrani@example.be";
    private static final String SUBJECT = "Sollicitatie Magazijnier";

    @Autowired
    MailOutbox outbox;
    @Autowired
    MailOutboxAdministration administration;
    @Autowired
    OutboxRows rows;
    @Autowired
    Sealing sealing;
    @Autowired
    MailSettings settings;
    @Autowired
    ObjectProvider<JavaMailSender> configuredServer;
    @Autowired
    StaffAuditLog audit;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void emptyOutbox() {
        jdbc.sql("DELETE FROM mail_outbox").update();
    }

    @Test
    void the_console_sees_a_masked_recipient_and_nothing_of_the_message() {
        var request = queue(RECIPIENT);

        var overview = administration.overview(50);

        assertThat(overview.waiting()).isEqualTo(1);
        assertThat(overview.mailServerConfigured()).as("no spring.mail.host in the tests").isFalse();
        var entry = entry(overview, request);
        assertThat(entry.recipient()).isEqualTo("f•••@e•••.be");
        assertThat(entry.state()).isEqualTo(State.WAITING);
        assertThat(overview.toString()).doesNotContain("fatima", "amrani", "example", "Sollicitatie", "Magazijnier");
        assertThat(jdbc.sql("SELECT recipient_masked FROM mail_outbox").query(String.class).single())
                .as("only the mask is stored readable").isEqualTo("f•••@e•••.be");
    }

    @Test
    void a_failed_attempt_shows_its_error_when_it_was_and_when_the_next_one_is() throws IOException {
        var request = queue(RECIPIENT);
        var attempted = queuedAt(request).plusSeconds(1);

        deliveryAt(attempted).sendDue(smtp(freePort())); // nobody listens there

        var overview = administration.overview(50);
        var entry = entry(overview, request);
        assertThat(overview.failing()).isEqualTo(1);
        assertThat(entry.problem()).isEqualTo(Problem.SERVER_UNREACHABLE);
        assertThat(entry.attempts()).isEqualTo(1);
        assertThat(entry.lastAttemptAt()).isEqualTo(attempted);
        assertThat(entry.nextAttemptAt()).isEqualTo(attempted.plus(settings.firstRetry()));
        assertThat(entry.givesUpAt()).isEqualTo(queuedAt(request).plus(settings.giveUpAfter()));
        assertThat(entry.retryable()).isTrue();
    }

    @Test
    void retry_now_makes_a_failing_message_due_at_once_and_the_next_run_sends_it() throws IOException {
        var request = queue(RECIPIENT);
        var port = freePort();
        deliveryAt(queuedAt(request).plusSeconds(1)).sendDue(smtp(port));
        var before = Instant.now().truncatedTo(ChronoUnit.MILLIS);

        assertThat(administration.retryNow(request, "anna")).isTrue();

        var due = entry(administration.overview(50), request).nextAttemptAt();
        assertThat(due).isBetween(before, Instant.now());
        var greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        try {
            assertThat(deliveryAt(Instant.now().plusSeconds(1)).sendDue(smtp(port))).isEqualTo(1);
            assertThat(greenMail.getReceivedMessages()).hasSize(1);
        } finally {
            greenMail.stop();
        }
        assertThat(outbox.status(request).orElseThrow().state()).isEqualTo(State.SENT);
        assertThat(audit.search(OutboxAdministration.target(request), null, null)).anySatisfy(line -> {
            assertThat(line.actor()).isEqualTo("anna");
            assertThat(line.action()).isEqualTo(OutboxAdministration.RETRY_ACTION);
            assertThat(line.result()).isEqualTo(StaffAudit.Result.DONE);
        });
    }

    @Test
    void a_given_up_message_can_be_retried_and_is_then_tried_for_another_give_up_period() throws IOException {
        var request = queue(RECIPIENT);
        deliveryAt(queuedAt(request).plus(settings.giveUpAfter()).plusSeconds(1)).sendDue(null);
        var givenUp = entry(administration.overview(50), request);
        assertThat(givenUp.state()).isEqualTo(State.GIVEN_UP);
        assertThat(givenUp.retryable()).isTrue();
        assertThat(givenUp.nextAttemptAt()).isNull();

        assertThat(administration.retryNow(request, "anna")).isTrue();

        var retried = entry(administration.overview(50), request);
        var now = Instant.now();
        assertThat(retried.state()).isEqualTo(State.WAITING);
        assertThat(retried.givesUpAt()).isBetween(now.plus(settings.giveUpAfter()).minusSeconds(60),
                now.plus(settings.giveUpAfter()));
        // a run an hour later does not give it up again at once, the mail server takes it
        var port = freePort();
        var greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        try {
            assertThat(deliveryAt(now.plus(Duration.ofHours(1))).sendDue(smtp(port))).isEqualTo(1);
        } finally {
            greenMail.stop();
        }
        assertThat(outbox.status(request).orElseThrow().state()).isEqualTo(State.SENT);
    }

    @Test
    void once_its_content_is_gone_a_given_up_message_cannot_be_retried_and_the_refusal_is_audited() {
        var request = queue(RECIPIENT);
        var givenUp = queuedAt(request).plus(settings.giveUpAfter()).plusSeconds(1);
        deliveryAt(givenUp).sendDue(null);
        deliveryAt(givenUp.plus(settings.keepGivenUp()).plusSeconds(1)).sendDue(null);

        assertThat(entry(administration.overview(50), request).retryable()).isFalse();
        assertThat(administration.retryNow(request, "anna")).isFalse();

        assertThat(outbox.status(request).orElseThrow().state()).isEqualTo(State.GIVEN_UP);
        assertThat(audit.search(OutboxAdministration.target(request), null, null))
                .anySatisfy(line -> assertThat(line.result()).isEqualTo(StaffAudit.Result.REFUSED));
    }

    @Test
    void retry_all_takes_the_failing_and_the_retryable_given_up_messages_and_leaves_the_rest() throws IOException {
        var failing = queue("jan@example.be");
        deliveryAt(queuedAt(failing).plusSeconds(1)).sendDue(smtp(freePort()));
        var givenUp = queue("piet@example.be");
        jdbc.sql("UPDATE mail_outbox SET queued_at = :past WHERE request_id = :request")
                .param("past", java.sql.Timestamp.from(Instant.now().minus(settings.giveUpAfter()).minusSeconds(5)))
                .param("request", givenUp.toString()).update();
        deliveryAt(Instant.now()).sendDue(null);
        var fresh = queue("an@example.be"); // queued now, not tried yet: nothing to retry
        var freshDue = entry(administration.overview(50), fresh).nextAttemptAt();

        assertThat(administration.retryAll("anna")).isEqualTo(2);

        var overview = administration.overview(50);
        assertThat(entry(overview, givenUp).state()).isEqualTo(State.WAITING);
        assertThat(entry(overview, failing).nextAttemptAt()).isBeforeOrEqualTo(Instant.now());
        assertThat(entry(overview, fresh).nextAttemptAt()).isEqualTo(freshDue);
    }

    private UUID queue(String recipient) {
        var request = UUID.randomUUID();
        outbox.queue(new OutgoingMail(request, recipient, SUBJECT, "Beste, in bijlage mijn cv.", List.of()));
        return request;
    }

    private Instant queuedAt(UUID request) {
        return outbox.status(request).orElseThrow().queuedAt();
    }

    private static Entry entry(MailOutboxAdministration.Overview overview, UUID request) {
        return overview.entries().stream().filter(entry -> entry.requestId().equals(request)).findFirst().orElseThrow();
    }

    private MailDelivery deliveryAt(Instant now) {
        return new MailDelivery(rows, sealing, settings, Clock.fixed(now, ZoneOffset.UTC), configuredServer);
    }

    private static JavaMailSenderImpl smtp(int port) {
        var server = new JavaMailSenderImpl();
        server.setHost("127.0.0.1");
        server.setPort(port);
        server.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
        server.getJavaMailProperties().put("mail.smtp.timeout", "5000");
        return server;
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
