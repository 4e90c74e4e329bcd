package be.werkwinkel.kiosk.terminal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import org.junit.jupiter.api.Test;

class SecretsTest {

    @Test
    void a_code_is_three_groups_of_four_without_look_alike_characters() {
        for (int i = 0; i < 200; i++) {
            var code = Secrets.newCode();
            assertThat(code).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}").doesNotContain("0", "O", "1", "I", "L");
        }
    }

    @Test
    void a_code_typed_in_lower_case_with_spaces_hashes_like_the_code_shown() {
        var code = Secrets.newCode();
        var typed = " " + code.toLowerCase().replace("-", " ") + " ";

        assertThat(Secrets.sha256(Secrets.normalizeCode(typed))).isEqualTo(Secrets.sha256(Secrets.normalizeCode(code)));
    }

    @Test
    void tokens_are_long_random_and_never_repeat() {
        var seen = new HashSet<String>();
        for (int i = 0; i < 1000; i++) {
            var token = Secrets.newToken();
            assertThat(token).startsWith(Secrets.TOKEN_PREFIX).hasSize(Secrets.TOKEN_PREFIX.length() + 43);
            assertThat(seen.add(token)).isTrue();
        }
    }
}
