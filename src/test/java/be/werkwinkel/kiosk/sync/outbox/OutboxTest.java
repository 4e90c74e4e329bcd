package be.werkwinkel.kiosk.sync.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.werkwinkel.kiosk.terminal.DeliveryHandler;
import com.google.crypto.tink.KeysetHandle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The outbox on disk, without a hub: sealed, durable, bounded, and clean after a crash. */
class OutboxTest {

    private static final String MARKER = "MARKER-Jansen-cv-4711";

    @TempDir
    Path dataDir;

    KeysetHandle hub;
    Path keyFile;

    @BeforeEach
    void hubKey() throws Exception {
        hub = TestHub.newKeyPair();
        keyFile = dataDir.resolve("terminal/hub-key.json");
        TestHub.writePublicKey(hub, keyFile);
    }

    Outbox outbox(int maxEntries, long maxBytes) {
        return new Outbox(dataDir.resolve("terminal/outbox"), TestHub.settings(maxEntries, maxBytes),
                new HubPublicKey(keyFile, TestHub.notEnrolled()), Clock.systemUTC());
    }

    @Test
    void nothing_in_the_outbox_is_readable_without_the_hub_key_and_the_hub_key_opens_it() throws Exception {
        var outbox = outbox(10, 1_000_000);
        var request = UUID.randomUUID();
        var plaintext = ("{\"username\":\"jansen\",\"title\":\"" + MARKER + "\"}").getBytes(StandardCharsets.UTF_8);

        outbox.enqueue("storage.document", request, plaintext);

        assertThat(outbox.backlog()).isEqualTo(1);
        try (var files = Files.walk(dataDir.resolve("terminal/outbox"))) {
            for (var file : files.filter(Files::isRegularFile).toList()) {
                var content = Files.readAllBytes(file);
                assertThat(indexOf(content, MARKER.getBytes(StandardCharsets.UTF_8))).as("marker in %s", file).isEqualTo(-1);
                assertThat(indexOf(content, "jansen".getBytes(StandardCharsets.UTF_8))).as("username in %s", file).isEqualTo(-1);
            }
        }
        var entry = outbox.waiting().getFirst();
        assertThat(entry.requestId()).isEqualTo(request);
        assertThat(entry.kind()).isEqualTo("storage.document");
        var opened = TestHub.decrypter(hub).decrypt(entry.sealed(), DeliveryHandler.associatedData(request, "storage.document"));
        assertThat(opened).isEqualTo(plaintext);
    }

    @Test
    void a_sealed_entry_opens_only_for_its_own_request_id_and_kind_and_hub() throws Exception {
        var outbox = outbox(10, 1_000_000);
        var request = UUID.randomUUID();
        outbox.enqueue("storage.document", request, MARKER.getBytes(StandardCharsets.UTF_8));
        var sealed = outbox.waiting().getFirst().sealed();

        var decrypter = TestHub.decrypter(hub);
        assertThatThrownBy(() -> decrypter.decrypt(sealed, DeliveryHandler.associatedData(UUID.randomUUID(), "storage.document")))
                .isInstanceOf(GeneralSecurityException.class);
        assertThatThrownBy(() -> decrypter.decrypt(sealed, DeliveryHandler.associatedData(request, "appointment.booking")))
                .isInstanceOf(GeneralSecurityException.class);
        var otherHub = TestHub.decrypter(TestHub.newKeyPair());
        assertThatThrownBy(() -> otherHub.decrypt(sealed, DeliveryHandler.associatedData(request, "storage.document")))
                .isInstanceOf(GeneralSecurityException.class);
    }

    @Test
    void a_full_outbox_refuses_with_OutboxFull_and_keeps_what_it_has() {
        var byCount = outbox(2, 1_000_000);
        byCount.enqueue("storage.document", UUID.randomUUID(), new byte[10]);
        byCount.enqueue("storage.document", UUID.randomUUID(), new byte[10]);

        assertThatThrownBy(() -> byCount.enqueue("storage.document", UUID.randomUUID(), new byte[10]))
                .isInstanceOf(OutboxFull.class);
        assertThat(byCount.backlog()).isEqualTo(2);
        assertThat(OutboxFull.MESSAGE_KEY).isEqualTo("terminalOutbox.full");
    }

    @Test
    void an_outbox_at_its_byte_limit_refuses_with_OutboxFull() {
        var bySize = outbox(100, 5_000);
        bySize.enqueue("storage.document", UUID.randomUUID(), new byte[3_000]);

        assertThatThrownBy(() -> bySize.enqueue("storage.document", UUID.randomUUID(), new byte[3_000]))
                .isInstanceOf(OutboxFull.class);
        bySize.enqueue("storage.document", UUID.randomUUID(), new byte[500]);
        assertThat(bySize.backlog()).isEqualTo(2);
    }

    @Test
    void the_same_request_queued_twice_is_one_entry() {
        var outbox = outbox(10, 1_000_000);
        var request = UUID.randomUUID();

        outbox.enqueue("storage.document", request, new byte[] {1});
        outbox.enqueue("storage.document", request, new byte[] {1});

        assertThat(outbox.backlog()).isEqualTo(1);
    }

    @Test
    void entries_are_replayed_in_the_order_they_were_queued() {
        var outbox = outbox(100, 1_000_000);
        var requests = java.util.stream.IntStream.range(0, 20).mapToObj(i -> UUID.randomUUID()).toList();
        requests.forEach(request -> outbox.enqueue("storage.document", request, new byte[] {2}));

        assertThat(outbox.waiting()).extracting(Outbox.Entry::requestId).containsExactlyElementsOf(requests);
    }

    @Test
    void leftovers_of_an_interrupted_write_are_not_entries_and_are_deleted_at_start() throws Exception {
        var directory = dataDir.resolve("terminal/outbox");
        Files.createDirectories(directory);
        var leftover = directory.resolve(".0001764662400000-000000001-" + UUID.randomUUID() + ".entry.tmp");
        Files.write(leftover, new byte[] {'W', 'K', 'O'});

        var outbox = outbox(10, 1_000_000);

        assertThat(leftover).doesNotExist();
        assertThat(outbox.backlog()).isZero();
        assertThat(outbox.waiting()).isEmpty();
    }

    @Test
    void without_the_hub_key_nothing_is_queued_and_the_failure_says_why() throws Exception {
        Files.delete(keyFile);
        var outbox = outbox(10, 1_000_000);

        assertThatThrownBy(() -> outbox.enqueue("storage.document", UUID.randomUUID(), new byte[] {1}))
                .isInstanceOf(HubKeyUnknown.class).hasMessageContaining("public key");
        assertThat(outbox.backlog()).isZero();
        assertThat(HubKeyUnknown.MESSAGE_KEY).isEqualTo("terminalOutbox.hubKeyUnknown");
    }

    @Test
    void a_hub_key_with_its_private_half_is_not_taken() throws Exception {
        Files.writeString(keyFile, com.google.crypto.tink.TinkJsonProtoKeysetFormat.serializeKeyset(hub,
                com.google.crypto.tink.InsecureSecretKeyAccess.get()));
        var outbox = outbox(10, 1_000_000);

        assertThatThrownBy(() -> outbox.enqueue("storage.document", UUID.randomUUID(), new byte[] {1}))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("public HPKE keyset");
        assertThat(outbox.backlog()).isZero();
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Test
    void the_marker_search_finds_a_marker_that_is_there() {
        var content = ("xx" + MARKER + "yy").getBytes(StandardCharsets.UTF_8);
        assertThat(indexOf(content, MARKER.getBytes(StandardCharsets.UTF_8))).isEqualTo(2);
        assertThat(indexOf(Arrays.copyOf(content, 5), MARKER.getBytes(StandardCharsets.UTF_8))).isEqualTo(-1);
    }
}
