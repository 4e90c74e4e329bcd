/**
 * The appointments where the database is (standalone and hub): the JDBC store, slot computation,
 * booking with claims on the consultant's time, booking codes, attempt limits, mails with calendar
 * files, the reminder job and the demo data.
 */
@NullMarked
package be.werkwinkel.kiosk.appointment.internal;

import org.jspecify.annotations.NullMarked;
