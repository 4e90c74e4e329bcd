/**
 * The visitor's appointment screens: make one in a minute (what for, where, when, with whom,
 * contact, confirm), leave with a ticket, share a document with the consultant, and find, cancel or
 * move one with its booking code at any terminal. They talk only to the {@code Appointments} port.
 */
@NullMarked
package be.werkwinkel.kiosk.appointment.ui;

import org.jspecify.annotations.NullMarked;
