package be.werkwinkel.kiosk.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.werkwinkel.kiosk.base.Sealing;
import be.werkwinkel.kiosk.mail.InvalidMailException;
import be.werkwinkel.kiosk.mail.MailOutbox;
import be.werkwinkel.kiosk.mail.MailStatus.Problem;
import be.werkwinkel.kiosk.mail.MailStatus.State;
import be.werkwinkel.kiosk.mail.OutgoingMail;
import be.werkwinkel.kiosk.mail.OutgoingMail.MailAttachment;
import be.werkwinkel.kiosk.support.KioskTest;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The outbox on the real embedded MariaDB, sending over SMTP to a real (in-process) mail server. */
@KioskTest
class MailOutboxTest {

    private static final String TEXT = "Beste,\n\nIn bijlage mijn cv. Één keer, met ç, ł, ő en ț.\n\nJürgen Ørsted";

    @Autowired
    MailOutbox outbox;
    @Autowired
    OutboxRows rows;
    @Autowired
    Sealing sealing;
    @Autowired
    MailSettings settings;
    @Autowired
    ObjectProvider<JavaMailSender> configuredServer;
    @Autowired
    JdbcClient jdbc;

    /** When the message of the test was queued, as the outbox recorded it (a slow machine may take seconds to get there). */
    private Instant queued = Instant.now();

    @BeforeEach
    void emptyOutbox() {
        jdbc.sql("DELETE FROM mail_outbox").update();
    }

    @Test
    void a_message_waits_while_the_server_is_down_and_is_delivered_once_when_it_is_up() throws Exception {
        var port = freePort();
        var server = smtp(port);
        var request = UUID.randomUUID();
        queue(mail(request, "jurgen.orsted@example.be", "Mijn cv\r\nBcc: someone@example.com"));

        assertThat(deliveryAt(queued.plusSeconds(1)).sendDue(server)).isZero();
        var waiting = outbox.status(request).orElseThrow();
        assertThat(waiting.state()).isEqualTo(State.WAITING);
        assertThat(waiting.attempts()).isEqualTo(1);
        assertThat(waiting.problem()).isEqualTo(Problem.SERVER_UNREACHABLE);

        var greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        try {
            assertThat(deliveryAt(queued.plusSeconds(30)).sendDue(server)).as("not due yet: the first retry waits a minute").isZero();
            assertThat(deliveryAt(queued.plus(Duration.ofMinutes(2))).sendDue(server)).isEqualTo(1);
            assertThat(deliveryAt(queued.plus(Duration.ofMinutes(30))).sendDue(server)).isZero();
            queue(mail(request, "jurgen.orsted@example.be", "Mijn cv")); // replayed: nothing new
            assertThat(deliveryAt(queued.plus(Duration.ofHours(1))).sendDue(server)).isZero();

            var received = greenMail.getReceivedMessages();
            assertThat(received).hasSize(1);
            var message = received[0];
            assertThat(message.getSubject()).isEqualTo("Mijn cv Bcc: someone@example.com");
            assertThat(message.getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
                    .containsExactly("jurgen.orsted@example.be");
            assertThat(message.getHeader("Bcc")).isNull();
            var parts = (Multipart) message.getContent();
            assertThat(parts.getCount()).isEqualTo(2);
            assertThat(parts.getBodyPart(0).getContent().toString().replace("\r\n", "\n")).isEqualTo(TEXT);
            assertThat(parts.getBodyPart(1).getFileName()).isEqualTo("cv.pdf");
            assertThat(GreenMailUtil.getBody(parts.getBodyPart(1))).isNotBlank();
        } finally {
            greenMail.stop();
        }
        var sent = outbox.status(request).orElseThrow();
        assertThat(sent.state()).isEqualTo(State.SENT);
        assertThat(sent.attempts()).isEqualTo(2);
        assertThat(sent.problem()).isNull();
        assertThat(sealedMessage(request)).as("nothing of a sent message is kept").isNull();
    }

    @Test
    void what_waits_is_sealed_a_dump_shows_no_address_subject_or_text() {
        var request = UUID.randomUUID();
        queue(mail(request, "fatima.el-amrani@example.be", "Sollicitatie Magazijnier"));

        var sealed = sealedMessage(request);
        assertThat(sealed).isNotNull();
        for (var secret : List.of("fatima", "Sollicitatie", "Magazijnier", "bijlage", "example.be")) {
            assertThat(contains(sealed, secret.getBytes(StandardCharsets.UTF_8))).as(secret).isFalse();
        }
        var everyColumn = jdbc.sql("SELECT * FROM mail_outbox WHERE request_id = :request")
                .param("request", request.toString()).query().singleRow().values().toString();
        assertThat(everyColumn).doesNotContain("fatima").doesNotContain("Sollicitatie");
    }

    @Test
    void queuing_the_same_request_twice_keeps_one_message() {
        var request = UUID.randomUUID();
        var first = queue(mail(request, "an@example.be", "Eerste"));
        var second = queue(mail(request, "an@example.be", "Tweede"));

        assertThat(second).isEqualTo(first);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_outbox").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void without_a_mail_server_a_message_waits_and_says_why() {
        assertThat(configuredServer.getIfAvailable()).as("no spring.mail.host in the tests").isNull();
        var request = UUID.randomUUID();
        queue(mail(request, "an@example.be", "Wacht"));

        deliveryAt(queued.plusSeconds(1)).sendDue(null);

        var status = outbox.status(request).orElseThrow();
        assertThat(status.state()).isEqualTo(State.WAITING);
        assertThat(status.problem()).isEqualTo(Problem.NO_MAIL_SERVER);
        assertThat(status.attempts()).isZero();
        assertThat(sealedMessage(request)).isNotNull();
    }

    @Test
    void after_the_give_up_time_the_outbox_stops_trying_and_forgets_the_content_once_staff_can_no_longer_retry() {
        var request = UUID.randomUUID();
        queue(mail(request, "an@example.be", "Te laat"));
        var givenUp = queued.plus(settings.giveUpAfter()).plusSeconds(1);

        deliveryAt(givenUp).sendDue(null);

        assertThat(outbox.status(request).orElseThrow().state()).isEqualTo(State.GIVEN_UP);
        assertThat(sealedMessage(request)).as("kept, sealed, for a retry from the console").isNotNull();

        deliveryAt(givenUp.plus(settings.keepGivenUp()).minusSeconds(1)).sendDue(null);
        assertThat(sealedMessage(request)).isNotNull();
        deliveryAt(givenUp.plus(settings.keepGivenUp()).plusSeconds(1)).sendDue(null);
        assertThat(sealedMessage(request)).isNull();
        assertThat(outbox.status(request).orElseThrow().state()).isEqualTo(State.GIVEN_UP);
    }

    @ParameterizedTest
    @ValueSource(strings = {"jan", "jan@", "@example.be", "jan@example", "jan@example.be.",
            "Jan <jan@example.be>", "jan@example.be, piet@example.be", "jan@example.be\r\nBcc: x@example.com",
            "jan peeters@example.be"})
    void an_address_a_mail_server_would_not_accept_is_refused_and_nothing_is_queued(String recipient) {
        var request = UUID.randomUUID();
        assertThatThrownBy(() -> queue(mail(request, recipient, "Cv")))
                .isInstanceOfSatisfying(InvalidMailException.class,
                        e -> assertThat(e.reason()).isEqualTo(InvalidMailException.Reason.BAD_RECIPIENT));
        assertThat(outbox.status(request)).isEmpty();
    }

    @Test
    void answers_go_to_the_reply_to_address_and_one_that_is_not_an_address_is_left_out() throws Exception {
        var withReplyTo = UUID.randomUUID();
        var withBadReplyTo = UUID.randomUUID();
        queue(new OutgoingMail(withReplyTo, "werkgever@example.be", "Sollicitatie", TEXT, List.of(), "fatima@example.be"));
        queue(new OutgoingMail(withBadReplyTo, "werkgever@example.be", "Sollicitatie", TEXT, List.of(),
                "fatima@example.be\r\nBcc: x@example.com"));

        var good = SealedMailOutbox.open(sealing, due(withReplyTo));
        var bad = SealedMailOutbox.open(sealing, due(withBadReplyTo));

        assertThat(good.getReplyTo()).extracting(Object::toString).containsExactly("fatima@example.be");
        assertThat(bad.getHeader("Reply-To")).as("left out: answers go to the sender").isNull();
        assertThat(bad.getHeader("Bcc")).isNull();
    }

    private OutboxRows.Due due(UUID request) {
        return rows.due(Instant.now().plusSeconds(5), 100).stream().filter(d -> d.requestId().equals(request))
                .findFirst().orElseThrow();
    }

    @Test
    void waits_double_after_each_failed_attempt_up_to_the_longest() {
        var delivery = deliveryAt(queued);
        assertThat(List.of(1, 2, 3, 4, 7, 30).stream().map(delivery::backOff).toList()).containsExactly(
                Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4), Duration.ofMinutes(8),
                Duration.ofHours(1), Duration.ofHours(1));
    }

    private be.werkwinkel.kiosk.mail.MailStatus queue(OutgoingMail mail) {
        var status = outbox.queue(mail);
        queued = status.queuedAt();
        return status;
    }

    private MailDelivery deliveryAt(Instant now) {
        return new MailDelivery(rows, sealing, settings, Clock.fixed(now, ZoneOffset.UTC), configuredServer);
    }

    private static OutgoingMail mail(UUID request, String recipient, String subject) {
        return new OutgoingMail(request, recipient, subject, TEXT,
                List.of(new MailAttachment("cv.pdf", "application/pdf", "%PDF-1.7 not really".getBytes(StandardCharsets.US_ASCII))));
    }

    private byte[] sealedMessage(UUID request) {
        return jdbc.sql("SELECT sealed_message FROM mail_outbox WHERE request_id = :request")
                .param("request", request.toString()).query((row, n) -> row.getBytes(1)).list().getFirst();
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return true;
            }
        }
        return false;
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
        try (var socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
