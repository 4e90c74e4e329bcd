/**
 * The terminal's side of the hub (DESIGN.md, "Roles" and "Offline semantics"; terminal role only):
 * the client of the hub's terminal API ({@link be.werkwinkel.kiosk.sync.HubLink}), the terminal's
 * enrollment, heartbeats, commands and configuration, the updates of the local vacancy replica,
 * the durable outbox of writes made while the hub is unreachable, and the remote adapters of the
 * feature ports. Nothing here exists in standalone or on a hub.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"base", "base :: ui", "kiosk", "terminal", "vacancy", "appointment", "storage"})
package be.werkwinkel.kiosk.sync;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
