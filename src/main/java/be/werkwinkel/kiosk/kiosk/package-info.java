/**
 * The visitor shell: attract screen, home (tiles contributed by features as {@link
 * be.werkwinkel.kiosk.kiosk.HomeTile} beans), help, the top bar with language and display
 * toggles, idle watch and countdown, the on-screen keyboard, and the session wipe, which
 * publishes {@link be.werkwinkel.kiosk.kiosk.VisitorSessionEnded}. Only kiosk screens get this
 * shell; staff screens under {@code /admin} get none of it.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"base", "base :: ui"})
package be.werkwinkel.kiosk.kiosk;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
