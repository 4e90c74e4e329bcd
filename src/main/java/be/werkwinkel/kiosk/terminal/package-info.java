/**
 * Terminals: the registry of the kiosk PCs this instance serves, their enrollment (a one-time code
 * exchanged for a per-terminal token), the terminal API they call ({@code /api/terminal/v1},
 * docs/terminal-api.yaml), their heartbeats, and commands from staff (reset session, lock, unlock,
 * reload configuration, announcement, restart) with their results. The port for the staff console
 * is {@link be.werkwinkel.kiosk.terminal.Terminals}.
 *
 * <p>In standalone the one local kiosk is a terminal of its own instance: an in-process adapter
 * takes its commands and heartbeats without HTTP and applies them through the {@code kiosk}
 * module's {@link be.werkwinkel.kiosk.kiosk.KioskScreens} and
 * {@link be.werkwinkel.kiosk.kiosk.VisitorSessions} (decision 032).
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"base", "base :: ui", "kiosk"})
package be.werkwinkel.kiosk.terminal;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
