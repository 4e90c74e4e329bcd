package be.werkwinkel.kiosk.benchmark;

import be.werkwinkel.kiosk.KioskApplication;
import be.werkwinkel.kiosk.system.LocalAdminAccess;
import be.werkwinkel.kiosk.system.RunnableRoles;
import be.werkwinkel.kiosk.terminal.CommandKind;
import be.werkwinkel.kiosk.terminal.TerminalId;
import be.werkwinkel.kiosk.terminal.Terminals;
import java.util.Objects;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * A hub as {@code KioskApplication.main} starts it, plus what staff do in its console, for
 * {@link HubBenchmark}: register terminals and send them commands through the {@link Terminals}
 * port (as the console's buttons do), so the work lands in the hub's process and its CPU. Two
 * calls under {@code /local-admin/benchmark}, taken only from loopback with the hub's local admin
 * token, like the other staff commands. Lives in the test sources: no product build has it.
 * Registered as a functional route, not a {@code @RestController}, so that the test contexts'
 * component scan does not pick it up.
 */
public final class BenchmarkHub {

    private BenchmarkHub() {
    }

    public static void main(String[] args) {
        var application = new SpringApplication(KioskApplication.class);
        application.addListeners(new RunnableRoles());
        application.addInitializers(context -> ((GenericApplicationContext) context).registerBean("benchmarkStaff",
                RouterFunction.class, () -> staff(context)));
        application.run(args);
    }

    @SuppressWarnings("unchecked")
    private static RouterFunction<ServerResponse> staff(ApplicationContext context) {
        var terminals = context.getBean(Terminals.class);
        var access = context.getBean(LocalAdminAccess.class);
        return RouterFunctions.route()
                .POST("/local-admin/benchmark/terminals", request -> {
                    if (!allowed(access, request)) {
                        return ServerResponse.status(HttpStatus.FORBIDDEN).build();
                    }
                    var count = Integer.parseInt(request.param("count").orElse("1"));
                    var first = Integer.parseInt(request.param("first").orElse("1"));
                    var lines = new StringBuilder();
                    for (var i = first; i < first + count; i++) {
                        var enrollment = terminals.create("Kiosk " + i, "Site " + (i % 20 + 1), "benchmark");
                        lines.append(enrollment.terminal().value()).append(' ').append(enrollment.code()).append('\n');
                    }
                    return ServerResponse.ok().body(lines.toString());
                })
                .POST("/local-admin/benchmark/commands", request -> {
                    if (!allowed(access, request)) {
                        return ServerResponse.status(HttpStatus.FORBIDDEN).build();
                    }
                    var terminal = new TerminalId(Long.parseLong(request.param("terminal").orElseThrow()));
                    var seq = terminals.send(terminal, CommandKind.RESET_SESSION, null, "benchmark");
                    return ServerResponse.ok().body(Long.toString(seq));
                })
                .build();
    }

    private static boolean allowed(LocalAdminAccess access, ServerRequest request) {
        return access.allows(request.servletRequest().getRemoteAddr(),
                Objects.requireNonNullElse(request.headers().firstHeader(LocalAdminAccess.TOKEN_HEADER), ""));
    }
}
