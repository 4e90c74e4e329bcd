/**
 * The staff side. For now it only keeps the usage statistics (sessions per day, reason and
 * language, never per person), fed by {@link be.werkwinkel.kiosk.kiosk.VisitorSessionEnded};
 * the staff console under {@code /admin} comes with its own issue.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"base", "kiosk"})
package be.werkwinkel.kiosk.admin;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
