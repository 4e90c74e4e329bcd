package be.werkwinkel.kiosk.terminal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.werkwinkel.kiosk.support.BrowserJourney;
import be.werkwinkel.kiosk.terminal.DeliveryHandler;
import be.werkwinkel.kiosk.terminal.TerminalId;
import be.werkwinkel.kiosk.terminal.TerminalSettings;
import com.google.crypto.tink.HybridEncrypt;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The hub's intake with handlers made here, on the real database: the request id and the
 * handler's writes commit together or not at all, a done request runs nothing again, a refusal
 * rolls back the handler's writes and is kept, another terminal cannot claim a request id, and
 * what is older than the retention is forgotten.
 */
@BrowserJourney
class DeliveryIntakeTest {

    private static final TerminalId TERMINAL = new TerminalId(900_001);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    HubKeyPair keys;

    @Autowired
    TerminalSettings settings;

    /** Writes a marker row (a delivery row of another request id) in the intake's transaction, then acts. */
    final class Flaky implements DeliveryHandler {

        final AtomicInteger runs = new AtomicInteger();
        final UUID marker = UUID.randomUUID();
        volatile String mode = "crash";

        @Override
        public String kind() {
            return "test.flaky";
        }

        @Override
        public String handle(UUID requestId, TerminalId terminal, byte[] plaintext) {
            runs.incrementAndGet();
            jdbc.sql("INSERT INTO terminal_delivery (request_id, terminal_id, kind, received_at, refused, outcome) VALUES (?, 1, 'marker', ?, FALSE, '')")
                    .params(marker.toString(), Timestamp.from(Instant.now())).update();
            return switch (mode) {
                case "crash" -> throw new IllegalStateException("the hub died halfway");
                case "refuse" -> throw new Refused("not done: test refusal");
                default -> "done: " + new String(plaintext);
            };
        }
    }

    private byte[] seal(UUID request, String kind, String plaintext) throws Exception {
        return TinkJsonProtoKeysetFormat.parseKeysetWithoutSecret(keys.publicKeyset())
                .getPrimitive(RegistryConfiguration.get(), HybridEncrypt.class)
                .encrypt(plaintext.getBytes(), DeliveryHandler.associatedData(request, kind));
    }

    private int rows(UUID request) {
        return jdbc.sql("SELECT COUNT(*) FROM terminal_delivery WHERE request_id = ?").param(request.toString())
                .query(Integer.class).single();
    }

    @Test
    void a_crash_in_the_handler_leaves_neither_its_writes_nor_the_request_and_the_redo_does_both_once() throws Exception {
        var handler = new Flaky();
        var intake = new DeliveryIntake(jdbc, transactions, keys, List.of(handler), Clock.systemUTC());
        var request = UUID.randomUUID();
        var sealed = seal(request, "test.flaky", "x");

        assertThatThrownBy(() -> intake.receive(TERMINAL, request, "test.flaky", sealed)).hasMessageContaining("halfway");
        assertThat(rows(request)).isZero();
        assertThat(rows(handler.marker)).as("the handler's write rolled back").isZero();

        handler.mode = "ok";
        var done = intake.receive(TERMINAL, request, "test.flaky", sealed);
        var replay = intake.receive(TERMINAL, request, "test.flaky", sealed);

        assertThat(done).isEqualTo(new DeliveryIntake.Result.Done("done: x", false, false));
        assertThat(replay).isEqualTo(new DeliveryIntake.Result.Done("done: x", false, true));
        assertThat(handler.runs).hasValue(2);
        assertThat(rows(request)).isEqualTo(1);
        assertThat(rows(handler.marker)).isEqualTo(1);
    }

    @Test
    void a_refusal_rolls_back_the_handler_keeps_the_outcome_and_is_not_run_again() throws Exception {
        var handler = new Flaky();
        handler.mode = "refuse";
        var intake = new DeliveryIntake(jdbc, transactions, keys, List.of(handler), Clock.systemUTC());
        var request = UUID.randomUUID();
        var sealed = seal(request, "test.flaky", "x");

        var first = intake.receive(TERMINAL, request, "test.flaky", sealed);
        var again = intake.receive(TERMINAL, request, "test.flaky", sealed);

        assertThat(first).isEqualTo(new DeliveryIntake.Result.Done("not done: test refusal", true, false));
        assertThat(again).isEqualTo(new DeliveryIntake.Result.Done("not done: test refusal", true, true));
        assertThat(handler.runs).hasValue(1);
        assertThat(rows(handler.marker)).isZero();
    }

    @Test
    void unknown_kinds_bodies_that_do_not_open_and_other_terminals_are_turned_away() throws Exception {
        var handler = new Flaky();
        handler.mode = "ok";
        var intake = new DeliveryIntake(jdbc, transactions, keys, List.of(handler), Clock.systemUTC());
        var request = UUID.randomUUID();

        assertThat(intake.receive(TERMINAL, request, "test.unknown", seal(request, "test.unknown", "x")))
                .isInstanceOf(DeliveryIntake.Result.Unprocessable.class);
        assertThat(intake.receive(TERMINAL, request, "test.flaky", seal(UUID.randomUUID(), "test.flaky", "x")))
                .as("sealed for another request id").isInstanceOf(DeliveryIntake.Result.Unprocessable.class);
        assertThat(rows(request)).isZero();
        assertThat(handler.runs).hasValue(0);

        intake.receive(TERMINAL, request, "test.flaky", seal(request, "test.flaky", "x"));
        assertThat(intake.receive(new TerminalId(900_002), request, "test.flaky", seal(request, "test.flaky", "x")))
                .isInstanceOf(DeliveryIntake.Result.Conflict.class);
        assertThat(handler.runs).hasValue(1);
    }

    @Test
    void deliveries_are_forgotten_once_older_than_the_retention_and_kept_before() throws Exception {
        var now = Instant.now();
        var old = UUID.randomUUID();
        var recent = UUID.randomUUID();
        var handler = new Flaky();
        handler.mode = "ok";
        new DeliveryIntake(jdbc, transactions, keys, List.of(handler),
                Clock.fixed(now.minus(settings.deliveryRetention()).minusSeconds(3600), ZoneOffset.UTC))
                .receive(TERMINAL, old, "test.flaky", seal(old, "test.flaky", "x"));
        var another = new Flaky(); // each handler writes its own marker row once
        another.mode = "ok";
        var intake = new DeliveryIntake(jdbc, transactions, keys, List.of(another),
                Clock.fixed(now.minus(settings.deliveryRetention()).plusSeconds(3600), ZoneOffset.UTC));
        intake.receive(TERMINAL, recent, "test.flaky", seal(recent, "test.flaky", "x"));

        new DeliveryConfiguration.DeliveryRetention(intake, settings, Clock.fixed(now, ZoneOffset.UTC)).forgetDaily();

        assertThat(rows(old)).as("older than the retention").isZero();
        assertThat(rows(recent)).as("within the retention").isEqualTo(1);
    }

    @Test
    void two_handlers_for_one_kind_are_a_configuration_error() {
        assertThatThrownBy(() -> new DeliveryIntake(jdbc, transactions, keys, List.of(new Flaky(), new Flaky()),
                Clock.systemUTC())).hasMessageContaining("Two delivery handlers");
    }
}
