package be.werkwinkel.kiosk;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Asks for a visitor's PIN: typed by the visitor at the console without echo, never passed as an
 * argument (which the shell history and the process list would keep).
 */
@FunctionalInterface
interface PinPrompt {

    /** The PIN typed, or empty when nothing could be read. */
    String read(String prompt);

    /** The console without echo; where the JVM has no console at all, one line of standard input. */
    static PinPrompt console(PrintStream err) {
        return prompt -> {
            var console = System.console();
            if (console != null) { // since JDK 22 also on a pipe, where readPassword reads the line
                var typed = console.readPassword("%s", prompt);
                return typed == null ? "" : new String(typed).strip();
            }
            err.print(prompt);
            err.flush();
            try {
                var line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                return line == null ? "" : line.strip();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }
}
