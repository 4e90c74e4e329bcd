/**
 * Infrastructure: the embedded MariaDB of a standalone kiosk, wiring that depends on
 * {@code kiosk.role}, scheduling, and local-admin access for staff commands on the kiosk PC.
 * Later also the security filter chains.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"base"})
package be.werkwinkel.kiosk.system;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
