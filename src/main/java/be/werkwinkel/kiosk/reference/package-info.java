/**
 * Reference data shipped with the kiosk: ESCO occupations and skills, ISCO groups, Belgian places
 * with coordinates. Read-only, loaded from the classpath; CV, appointments and terminals use it
 * as vacancy search does.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"base"})
package be.werkwinkel.kiosk.reference;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
