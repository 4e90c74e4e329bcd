/**
 * The appointment screens of the staff console, under {@code /admin} (decision 029): the
 * consultant agenda by day and week with marking and shared documents (every staff member), and
 * the catalogue (sites with closures, consultants with plans and absences, appointment types) for
 * administrators. They fall into the console's layout by their route and speak to
 * {@link be.werkwinkel.kiosk.appointment.AppointmentAdministration} only; every staff action is
 * written to {@link be.werkwinkel.kiosk.base.StaffAudit}.
 */
@NullMarked
package be.werkwinkel.kiosk.appointment.ui.staff;

import org.jspecify.annotations.NullMarked;
