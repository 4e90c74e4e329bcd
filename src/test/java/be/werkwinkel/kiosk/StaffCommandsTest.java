package be.werkwinkel.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import be.werkwinkel.kiosk.admin.StaffAccounts;
import be.werkwinkel.kiosk.base.KioskSettings;
import be.werkwinkel.kiosk.support.BrowserJourney;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The one-time {@code create-admin} command against a running kiosk, over loopback (decisions 008, 027). */
@BrowserJourney
class StaffCommandsTest {

    @Autowired
    KioskSettings settings;

    @Autowired
    StaffAccounts accounts;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(List<String> typed, String... args) {
        var answers = new ArrayDeque<>(typed);
        return new StaffCommands(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), prompt -> answers.removeFirst()).run(args);
    }

    @Test
    void create_admin_makes_the_first_administrator_once_and_never_a_second() {
        var first = "baas-" + UUID.randomUUID().toString().substring(0, 8);
        var hadAdmin = accounts.hasAdmin(); // journeys sharing this kiosk may have made one

        var exit = run(List.of("een-lang-wachtwoord", "een-lang-wachtwoord"), "create-admin", first,
                "--name=Eerste Beheerder", "--kiosk.data-dir=" + settings.dataDir());

        if (!hadAdmin) {
            assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("Administrator '" + first + "' created");
            assertThat(accounts.all()).anySatisfy(account -> {
                assertThat(account.username()).isEqualTo(first);
                assertThat(account.role()).isEqualTo(StaffAccounts.Role.ADMIN);
            });
        }
        out.reset();
        var second = "tweede-" + UUID.randomUUID().toString().substring(0, 8);

        var again = run(List.of("een-lang-wachtwoord", "een-lang-wachtwoord"), "create-admin", second,
                "--name=Tweede", "--kiosk.data-dir=" + settings.dataDir());

        assertThat(again).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("An administrator already exists: nothing was changed");
        assertThat(accounts.all()).noneMatch(account -> account.username().equals(second));
    }

    @Test
    void two_different_passwords_or_a_missing_name_change_nothing() {
        var username = "verschil-" + UUID.randomUUID().toString().substring(0, 8);

        assertThat(run(List.of("een-lang-wachtwoord", "een-ander-wachtwoord"), "create-admin", username,
                "--name=Iemand", "--kiosk.data-dir=" + settings.dataDir())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("The two passwords differ");
        assertThat(run(List.of(), "create-admin", username, "--kiosk.data-dir=" + settings.dataDir())).isEqualTo(2);
        assertThat(accounts.all()).noneMatch(account -> account.username().equals(username));
    }
}
