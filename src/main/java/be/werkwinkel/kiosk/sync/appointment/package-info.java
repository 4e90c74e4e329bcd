/**
 * The terminal's appointments (decision 044): a remote adapter of {@link
 * be.werkwinkel.kiosk.appointment.Appointments} over the hub's terminal API, with Caffeine caches
 * of what the booking screens read that serve the last known answer while the hub is unreachable,
 * and {@link be.werkwinkel.kiosk.appointment.PendingBookings}: bookings made then go into the
 * outbox as requests "to be confirmed". Terminal role only.
 */
@NullMarked
package be.werkwinkel.kiosk.sync.appointment;

import org.jspecify.annotations.NullMarked;
