/**
 * The staff side: the staff console under {@code /admin} (its own layout, the sign-in, staff
 * accounts, the audit log, a visitor's PIN reset) and the usage statistics (decision 035: sessions
 * per day, site and terminal, their length, feature use and search words shown from a minimum count,
 * never per person), fed by the events the features publish ({@link be.werkwinkel.kiosk.kiosk.VisitorSessionEnded},
 * {@code VacancySearched}, {@code DocumentMade}, {@code PdfPrinted}, {@code DocumentSaved},
 * {@code AppointmentBooked}), and a few Prometheus meters (decision 036).
 *
 * <p>Its API is {@link be.werkwinkel.kiosk.admin.StaffAccounts} (the one-time first administrator
 * for the command line). Other modules write to the audit log through
 * {@link be.werkwinkel.kiosk.base.StaffAudit} and add their own staff screens under {@code admin/}
 * ({@link be.werkwinkel.kiosk.base.StaffScreens}); the layout finds them by their {@code @Menu}.
 * Decisions 027 (sign-in, roles, lockout) and 028 (console layout and audit).
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"base", "base :: ui", "kiosk", "storage", "system", "vacancy", "cv",
        "appointment", "terminal", "sync"})
package be.werkwinkel.kiosk.admin;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
