package be.werkwinkel.kiosk.benchmark;

import be.werkwinkel.kiosk.KioskApplication;
import be.werkwinkel.kiosk.storage.PersonalStorage;
import be.werkwinkel.kiosk.storage.RequestId;
import be.werkwinkel.kiosk.storage.SignIn;
import be.werkwinkel.kiosk.terminal.CommandKind;
import be.werkwinkel.kiosk.terminal.TerminalId;
import be.werkwinkel.kiosk.terminal.Terminals;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real hub for the fault harness: the application with {@code kiosk.role=hub} on the database the
 * harness names, started as is, plus the harness's control line ({@link FaultChannel}) for what
 * staff do in the console: create visitor accounts and terminals, send commands (through the
 * {@link Terminals} and {@link PersonalStorage} ports, as the console's buttons and the kiosk's
 * sign-up screen do), and list a visitor's documents by name at the end. Vacancies come in by the
 * hub's own local-admin import endpoint, which the harness calls over HTTP.
 */
public final class FaultHub {

    private FaultHub() {
    }

    public static void main(String[] args) {
        var context = new SpringApplicationBuilder(KioskApplication.class).logStartupInfo(false).run(args);
        FaultChannel.event("READY");
        FaultChannel.serve((verb, arguments) -> handle(context, verb, arguments));
    }

    private static List<String> handle(ConfigurableApplicationContext context, String verb, List<String> arguments) {
        var terminals = context.getBean(Terminals.class);
        var storage = context.getBean(PersonalStorage.class);
        return switch (verb) {
            case "account" -> {
                if (storage.isUsernameFree(arguments.get(0))) {
                    storage.createAccount(RequestId.random(), arguments.get(0), arguments.get(1), null);
                }
                yield List.of("ACCOUNT " + arguments.get(0));
            }
            case "terminal" -> {
                var enrollment = terminals.create(arguments.get(0), "Faults", "fault harness");
                yield List.of("TERMINAL " + enrollment.terminal().value() + " " + enrollment.code());
            }
            case "send" -> {
                var seq = terminals.send(new TerminalId(Long.parseLong(arguments.get(0))),
                        CommandKind.valueOf(arguments.get(1)), arguments.get(2), "fault-harness");
                yield List.of("SENT " + seq);
            }
            case "documents" -> {
                var answer = new ArrayList<String>();
                switch (storage.signIn(arguments.get(0), arguments.get(1), "fault-harness")) {
                    case SignIn.SignedIn signedIn -> storage.documents(signedIn.visitor().id())
                            .forEach(document -> answer.add("DOC " + document.name()));
                    case SignIn.Refused refused -> throw new IllegalStateException("sign-in refused");
                    case SignIn.Paused paused -> throw new IllegalStateException("sign-in paused");
                }
                answer.add("END " + (answer.size()));
                yield answer;
            }
            default -> throw new IllegalArgumentException("unknown request " + verb);
        };
    }
}
