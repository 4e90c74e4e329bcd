package be.werkwinkel.kiosk.terminal;

import be.werkwinkel.kiosk.kiosk.KioskScreens;
import be.werkwinkel.kiosk.kiosk.SessionEndReason;
import be.werkwinkel.kiosk.kiosk.VisitorSessions;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What a staff command does on a kiosk, the same for the standalone kiosk (served in process,
 * decision 032) and for a terminal that fetched it from its hub: the wipe through
 * {@link VisitorSessions}, lock, unlock, banner and configuration through {@link KioskScreens}.
 * Each method returns the result the console shows. A restart is left to the caller, which must
 * acknowledge it first.
 */
public final class KioskCommands {

    private final KioskScreens screens;
    private final VisitorSessions sessions;

    public KioskCommands(KioskScreens screens, VisitorSessions sessions) {
        this.screens = screens;
        this.sessions = sessions;
    }

    /**
     * Applies one command other than {@link CommandKind#RELOAD_CONFIGURATION} and
     * {@link CommandKind#RESTART}, which need the caller's configuration source and process.
     */
    public String apply(CommandKind kind, @Nullable String text) {
        return switch (kind) {
            case RESET_SESSION -> "sessions wiped: " + sessions.wipeAll(SessionEndReason.STAFF_RESET);
            case LOCK -> {
                // a visitor cannot touch a locked kiosk, so nothing of theirs may wait under the lock
                int wiped = sessions.wipeAll(SessionEndReason.STAFF_RESET);
                screens.lock(text == null ? "" : text);
                yield "locked; sessions wiped: " + wiped;
            }
            case UNLOCK -> {
                screens.unlock();
                yield "unlocked";
            }
            case ANNOUNCE -> {
                screens.announce(text == null ? "" : text);
                yield text == null || text.isBlank() ? "banner removed" : "banner shown";
            }
            case RELOAD_CONFIGURATION, RESTART -> throw new IllegalArgumentException(kind + " is applied by the caller");
        };
    }

    /**
     * The lock and the banner as the hub last recorded them (they survive a restart), and the
     * effective configuration; returns what the console shows as the command's result.
     */
    public String applyConfiguration(TerminalConfiguration configuration) {
        if (configuration.lockMessage() != null) {
            screens.lock(configuration.lockMessage());
        } else {
            screens.unlock();
        }
        screens.announce(configuration.announcement() == null ? "" : configuration.announcement());
        var setup = configuration.setup(screens.defaultSetup().siteName());
        screens.configure(setup);
        return "configuration applied: idle " + setup.idleTimeout().toSeconds() + " s, languages "
                + configuration.settings().languages() + ", features " + setup.features().stream()
                        .map(feature -> feature.name().toLowerCase(Locale.ROOT)).toList()
                + ", printing " + (setup.printing() ? "on" : "off");
    }

    /** What the kiosk shows now, for the heartbeat. */
    public TerminalState state() {
        if (screens.lockMessage().isPresent()) {
            return TerminalState.LOCKED;
        }
        return sessions.activeCount() > 0 ? TerminalState.IN_SESSION : TerminalState.ATTRACT;
    }
}
