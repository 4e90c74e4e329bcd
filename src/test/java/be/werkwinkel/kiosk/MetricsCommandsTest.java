package be.werkwinkel.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.werkwinkel.kiosk.system.MetricsSettings;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code hash-password} and the settings it feeds: no plain password anywhere (decision 036). */
class MetricsCommandsTest {

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(List<String> typed, String... args) {
        var answers = new ArrayDeque<>(typed);
        return new MetricsCommands(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), prompt -> answers.removeFirst()).run(args);
    }

    @Test
    void hash_password_prints_an_argon2_hash_that_the_settings_accept() {
        var exit = run(List.of("een-lang-meet-wachtwoord", "een-lang-meet-wachtwoord"), "hash-password");

        assertThat(exit).isZero();
        var hash = out.toString(StandardCharsets.UTF_8).strip();
        assertThat(hash).startsWith("{argon2@SpringSecurity_v5_8}$argon2id$");
        assertThat(MetricsSettings.encoder().matches("een-lang-meet-wachtwoord", hash)).isTrue();
        assertThat(new MetricsSettings("prometheus", hash).configured()).isTrue();
    }

    @Test
    void a_short_or_mistyped_password_makes_no_hash() {
        assertThat(run(List.of("te-kort"), "hash-password")).isEqualTo(2);
        assertThat(run(List.of("een-lang-meet-wachtwoord", "een-lang-meet-wachtwoorT"), "hash-password")).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void the_settings_refuse_a_plain_password_a_weak_hash_and_half_a_credential() {
        assertThatThrownBy(() -> new MetricsSettings("prometheus", "geheim-wachtwoord"))
                .hasMessageContaining("never the password itself");
        assertThatThrownBy(() -> new MetricsSettings("prometheus", "{noop}geheim-wachtwoord"))
                .hasMessageContaining("bcrypt or Argon2");
        assertThatThrownBy(() -> new MetricsSettings("prometheus", "{MD5}5f4dcc3b5aa765d61d8327deb882cf99"))
                .hasMessageContaining("bcrypt or Argon2");
        assertThatThrownBy(() -> new MetricsSettings("prometheus", " ")).hasMessageContaining("go together");
        assertThatThrownBy(() -> new MetricsSettings(null, "{bcrypt}$2a$04$x")).hasMessageContaining("go together");
        assertThat(new MetricsSettings("", "").configured()).isFalse();
    }
}
