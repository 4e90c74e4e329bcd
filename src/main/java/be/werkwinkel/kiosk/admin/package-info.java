/**
 * The staff side: the staff console under {@code /admin} (its own layout, the sign-in, staff
 * accounts, the audit log, a visitor's PIN reset) and the usage statistics (sessions per day,
 * reason and language, never per person), fed by {@link be.werkwinkel.kiosk.kiosk.VisitorSessionEnded}.
 *
 * <p>Its API is {@link be.werkwinkel.kiosk.admin.StaffAccounts} (the one-time first administrator
 * for the command line). Other modules write to the audit log through
 * {@link be.werkwinkel.kiosk.base.StaffAudit} and add their own staff screens under {@code admin/}
 * ({@link be.werkwinkel.kiosk.base.StaffScreens}); the layout finds them by their {@code @Menu}.
 * Decisions 027 (sign-in, roles, lockout) and 028 (console layout and audit).
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"base", "base :: ui", "kiosk", "storage", "system"})
package be.werkwinkel.kiosk.admin;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
