package be.werkwinkel.kiosk.benchmark;

import be.werkwinkel.kiosk.KioskApplication;
import be.werkwinkel.kiosk.appointment.AppointmentTypeId;
import be.werkwinkel.kiosk.appointment.AttachedVacancy;
import be.werkwinkel.kiosk.appointment.BookingRequest;
import be.werkwinkel.kiosk.appointment.ConsultantChoice;
import be.werkwinkel.kiosk.appointment.PendingBookings;
import be.werkwinkel.kiosk.appointment.SiteId;
import be.werkwinkel.kiosk.base.KioskLanguage;
import be.werkwinkel.kiosk.kiosk.KioskScreens;
import be.werkwinkel.kiosk.storage.RequestId;
import be.werkwinkel.kiosk.sync.HubLink;
import be.werkwinkel.kiosk.sync.outbox.Outbox;
import be.werkwinkel.kiosk.vacancy.Vacancy;
import be.werkwinkel.kiosk.vacancy.VacancyId;
import be.werkwinkel.kiosk.vacancy.VacancyReplica;
import be.werkwinkel.kiosk.vacancy.VacancySearch;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real terminal for the fault harness: the application with {@code kiosk.role=terminal} (agent,
 * heartbeats, commands by long poll, outbox and its replay, vacancy replica), started as is, plus
 * the harness's control line ({@link FaultChannel}) standing in for the visitor's screens: it
 * queues outbox entries as a save screen does ({@link Outbox#enqueue}), asks for bookings as the
 * booking screen does while the hub is away ({@link PendingBookings#request}), and answers
 * questions about the terminal's state. Two probes announce the instants the harness kills in: {@code WRITING <id>}
 * just before an enqueue, {@code REPLICA-BEGIN} just before the replica applies a page or starts a
 * full copy, and {@code REPLICA-END} once it committed (a wrapper around the {@link VacancyReplica}
 * bean, registered by hand: nothing in this package may be a component).
 */
public final class FaultTerminal {

    private FaultTerminal() {
    }

    public static void main(String[] args) {
        var context = new SpringApplicationBuilder(KioskApplication.class).logStartupInfo(false)
                .initializers(ctx -> ctx.getBeanFactory().addBeanPostProcessor(new ReplicaProbe()))
                .run(args);
        FaultChannel.event("READY");
        FaultChannel.serve((verb, arguments) -> handle(context, verb, arguments));
    }

    private static List<String> handle(ConfigurableApplicationContext context, String verb, List<String> arguments)
            throws Exception {
        var dataDir = Path.of(context.getEnvironment().getRequiredProperty("kiosk.data-dir"));
        var outbox = context.getBean(Outbox.class);
        return switch (verb) {
            case "enqueue" -> {
                var kind = arguments.get(0);
                var requestId = UUID.fromString(arguments.get(1));
                var plaintext = Base64.getDecoder().decode(arguments.get(2));
                FaultChannel.event("WRITING " + requestId);
                outbox.enqueue(kind, requestId, plaintext);
                yield List.of("QUEUED " + requestId);
            }
            case "book" -> {
                // book <id> <type> <site> <start> <marker>: the "to be confirmed" booking screen's request
                var requestId = UUID.fromString(arguments.get(0));
                var request = new BookingRequest(AppointmentTypeId.parse(arguments.get(1)).orElseThrow(),
                        SiteId.parse(arguments.get(2)).orElseThrow(), OffsetDateTime.parse(arguments.get(3)).toZonedDateTime(),
                        ConsultantChoice.anyone(), "Bezoeker " + arguments.get(4), "0470 12 34 56", null, null, null,
                        new AttachedVacancy("fault", "Vacature " + arguments.get(4)), KioskLanguage.DUTCH, "fault-terminal");
                FaultChannel.event("WRITING " + requestId);
                var pending = context.getBean(PendingBookings.class).request(new RequestId(requestId), request);
                yield List.of("QUEUED " + requestId + " " + pending.reference().value());
            }
            case "has" -> {
                var ending = "-" + arguments.get(0) + ".entry";
                try (var files = Files.list(dataDir.resolve("terminal/outbox"))) {
                    yield List.of("HAS " + files.anyMatch(f -> f.getFileName().toString().endsWith(ending)));
                }
            }
            case "status" -> {
                var link = context.getBean(HubLink.class);
                var refused = dataDir.resolve("terminal/outbox/refused");
                long setAside = 0;
                if (Files.isDirectory(refused)) {
                    try (var files = Files.list(refused)) {
                        setAside = files.count();
                    }
                }
                yield List.of("STATUS " + link.enrolled() + " " + outbox.backlog() + " "
                        + context.getBean(VacancyReplica.class).revision() + " " + setAside);
            }
            case "banner" -> List.of("BANNER " + context.getBean(KioskScreens.class).announcement().orElse("-"));
            case "replica" -> {
                // lines "id<TAB>title" of the hub's vacancies; the answer counts what the replica has otherwise
                var search = context.getBean(VacancySearch.class);
                int missing = 0;
                int different = 0;
                var lines = Files.readAllLines(Path.of(arguments.get(0)), StandardCharsets.UTF_8);
                for (var line : lines) {
                    var tab = line.indexOf('\t');
                    var found = search.find(new VacancyId(Long.parseLong(line.substring(0, tab))));
                    if (found.isEmpty()) {
                        missing++;
                    } else if (!found.get().title().equals(line.substring(tab + 1))) {
                        different++;
                    }
                }
                yield List.of("REPLICA " + search.status().vacancies() + " " + missing + " " + different);
            }
            default -> throw new IllegalArgumentException("unknown request " + verb);
        };
    }

    /** Wraps the replica so that the harness hears when a write begins. */
    private static final class ReplicaProbe implements BeanPostProcessor {

        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
            if (bean instanceof VacancyReplica replica && !(bean instanceof Announced)) {
                return new Announced(replica);
            }
            return bean;
        }
    }

    private record Announced(VacancyReplica replica) implements VacancyReplica {

        @Override
        public long revision() {
            return replica.revision();
        }

        @Override
        public void apply(long revision, Collection<Vacancy> upserts, Collection<VacancyId> removals) {
            FaultChannel.event("REPLICA-BEGIN " + revision);
            replica.apply(revision, upserts, removals);
            FaultChannel.event("REPLICA-END " + revision);
        }

        @Override
        public void replace(FullCopy copy) {
            FaultChannel.event("REPLICA-BEGIN copy");
            replica.replace(copy);
            FaultChannel.event("REPLICA-END copy");
        }

        @Override
        public void confirmUpToDate() {
            replica.confirmUpToDate();
        }

        @Override
        public Optional<Instant> updatedAt() {
            return replica.updatedAt();
        }
    }
}
