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
 *
 * <p>It also keeps the configuration per site and per terminal ({@link be.werkwinkel.kiosk.terminal.KioskSetups},
 * decision 033): the effective {@link be.werkwinkel.kiosk.kiosk.KioskSetup} goes to a terminal with its
 * configuration and to the local kiosk's screens through {@code KioskScreens#configure}. It uses
 * {@code reference} to check that a default place is a Belgian place.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"base", "base :: ui", "kiosk", "reference"})
package be.werkwinkel.kiosk.terminal;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
