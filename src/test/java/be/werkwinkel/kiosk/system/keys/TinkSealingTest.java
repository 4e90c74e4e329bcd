package be.werkwinkel.kiosk.system.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.werkwinkel.kiosk.base.Sealing.SealingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TinkSealingTest {

    private static final byte[] CV = "Jürgen Ørsted, lasser, 0470 12 34 56".getBytes(StandardCharsets.UTF_8);
    private static final byte[] ROW_1 = "document:1".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ROW_2 = "document:2".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path data;

    @Test
    void the_first_start_makes_a_keyset_only_the_kiosk_user_can_read() throws Exception {
        var file = data.resolve("keys/sealing-keyset.json");
        new TinkSealing(file);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
    }

    @Test
    void a_value_opens_with_its_own_context_only_and_after_a_restart() {
        var file = data.resolve("keys/sealing-keyset.json");
        var sealed = new TinkSealing(file).seal(CV, ROW_1);

        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("Ørsted").doesNotContain("lasser");
        var restarted = new TinkSealing(file);
        assertThat(restarted.open(sealed, ROW_1)).isEqualTo(CV);
        assertThatThrownBy(() -> restarted.open(sealed, ROW_2)).isInstanceOf(SealingException.class);
        sealed[sealed.length - 1] ^= 1;
        assertThatThrownBy(() -> restarted.open(sealed, ROW_1)).isInstanceOf(SealingException.class);
    }

    @Test
    void after_rotation_new_values_use_the_new_key_and_old_values_still_open() {
        var file = data.resolve("keys/sealing-keyset.json");
        var sealing = new TinkSealing(file);
        var before = sealing.seal(CV, ROW_1);

        assertThat(sealing.rotate()).isEqualTo(2);
        var after = sealing.seal(CV, ROW_1);

        var restarted = new TinkSealing(file);
        assertThat(restarted.open(before, ROW_1)).isEqualTo(CV);
        assertThat(restarted.open(after, ROW_1)).isEqualTo(CV);
        // Tink puts the id of the key in front of each ciphertext: a new primary key, a new prefix
        assertThat(java.util.Arrays.copyOf(after, 5)).isNotEqualTo(java.util.Arrays.copyOf(before, 5));
    }

    @Test
    void a_keyset_of_another_kiosk_opens_nothing() {
        var sealed = new TinkSealing(data.resolve("a/keyset.json")).seal(CV, ROW_1);

        assertThatThrownBy(() -> new TinkSealing(data.resolve("b/keyset.json")).open(sealed, ROW_1))
                .isInstanceOf(SealingException.class);
    }
}
