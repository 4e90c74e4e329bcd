package be.werkwinkel.kiosk;

import be.werkwinkel.kiosk.system.MetricsSettings;
import java.io.PrintStream;

/**
 * {@code hash-password}: makes the hash for {@code kiosk.metrics.password-hash} (decision 036), so
 * that the monitoring system's password itself is written nowhere on the kiosk or hub. The password
 * is typed twice at the console without echo; the hash (Argon2id, with its prefix) is printed.
 * Needs no running kiosk and no database.
 */
final class MetricsCommands {

    static final int MIN_LENGTH = 16;
    private static final String USAGE = "usage: hash-password   (the password is asked at the console, twice)";

    private final PrintStream out;
    private final PrintStream err;
    private final PinPrompt prompt;

    MetricsCommands(PrintStream out, PrintStream err, PinPrompt prompt) {
        this.out = out;
        this.err = err;
        this.prompt = prompt;
    }

    int run(String[] args) {
        if (args.length != 1) {
            err.println(USAGE);
            return 2;
        }
        var password = prompt.read("Password of the monitoring credential (at least " + MIN_LENGTH + " characters): ");
        if (password.length() < MIN_LENGTH) {
            err.println("The password is too short: at least " + MIN_LENGTH + " characters (a generated one is best).");
            return 2;
        }
        if (!password.equals(prompt.read("The same password again: "))) {
            err.println("The two passwords differ: no hash was made.");
            return 2;
        }
        out.println(MetricsSettings.encoder().encode(password));
        err.println("Set it as kiosk.metrics.password-hash (in single quotes in a shell: it contains $),"
                + " with kiosk.metrics.username.");
        return 0;
    }
}
