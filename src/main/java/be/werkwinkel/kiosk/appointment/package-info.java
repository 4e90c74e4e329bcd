/**
 * Appointments with a job consultant: sites (job shops and neighbourhood points), consultants,
 * appointment types, weekly working plans with breaks, absences, closures and Belgian public
 * holidays, free slots, booking with a booking code, cancel and move with that code, documents
 * shared with the consultant, agendas for staff, and confirmations and reminders by e-mail.
 *
 * <p>The API is {@link be.werkwinkel.kiosk.appointment.Appointments} (the visitor's booking
 * screens) and {@link be.werkwinkel.kiosk.appointment.AppointmentAdministration} (the staff
 * console), their value types, typed ids, the refusal {@link
 * be.werkwinkel.kiosk.appointment.AppointmentProblem} and the events {@link
 * be.werkwinkel.kiosk.appointment.AppointmentBooked}, {@link
 * be.werkwinkel.kiosk.appointment.AppointmentMoved} and {@link
 * be.werkwinkel.kiosk.appointment.AppointmentCancelled}. Everything in the sub-packages is internal.
 *
 * <p>Design notes:
 * <ul>
 * <li>No double booking is enforced by the database, not by a check before the insert: a booking
 *     claims each 5-minute quantum of the consultant's time (appointment plus buffer) as a row with
 *     a unique key (decision 022).</li>
 * <li>Every write carries a {@link be.werkwinkel.kiosk.storage.RequestId}, unique in the database,
 *     so a terminal can replay it.</li>
 * </ul>
 * It depends on {@code reference} for places and distances, on {@code storage} for request ids,
 * accounts and shared documents, on {@code mail} for confirmations and reminders, and on
 * {@code kiosk} for the home tile it contributes, on {@code vacancy} for the action
 * "Afspraak maken over deze vacature" its screens put on a vacancy's details, and on {@code
 * terminal} for the terminal API's part it serves to terminals and the delivery handler of their
 * offline booking requests (decision 044).
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"base", "base :: ui", "reference", "kiosk", "storage", "mail", "vacancy", "terminal"})
package be.werkwinkel.kiosk.appointment;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
