package be.werkwinkel.kiosk.benchmark;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The child's end of the fault harness's control line (stdin and stdout of a hub or terminal JVM
 * it started): requests are lines {@code <tag> <verb> <args…>}, answers lines {@code FH <tag> …},
 * and events lines {@code FH <EVENT> …}. Only lines starting with {@value #PREFIX} count, so log
 * output that reaches stdout anyway cannot be taken for an answer. Everything is printed on the
 * process's own file descriptor with a flush per line: the harness reacts to an event (a kill)
 * within a line's time.
 */
final class FaultChannel {

    static final String PREFIX = "FH ";

    /** Handles one request; returns the answer lines (without prefix and tag). */
    @FunctionalInterface
    interface Handler {
        List<String> handle(String verb, List<String> arguments) throws Exception;
    }

    private static final PrintStream OUT = new PrintStream(new FileOutputStream(FileDescriptor.out), true,
            StandardCharsets.UTF_8);

    private FaultChannel() {
    }

    static synchronized void event(String text) {
        OUT.println(PREFIX + text);
        OUT.flush();
    }

    /** Serves requests from stdin until it closes (the harness went), then exits the JVM. */
    static void serve(Handler handler) {
        try (var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                var parts = List.of(line.strip().split(" "));
                if (parts.size() < 2) {
                    continue;
                }
                var tag = parts.get(0);
                try {
                    for (var answer : handler.handle(parts.get(1), parts.subList(2, parts.size()))) {
                        event(tag + " " + answer);
                    }
                } catch (Exception | Error e) {
                    event(tag + " ERROR " + String.valueOf(e).replace('\n', ' '));
                }
            }
        } catch (java.io.IOException e) {
            // the harness is gone
        }
        System.exit(0);
    }
}
