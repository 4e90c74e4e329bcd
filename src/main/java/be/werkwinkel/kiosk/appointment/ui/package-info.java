/**
 * The visitor's appointment screens: make one in a minute (what for, where, when, with whom,
 * contact, confirm), leave with a ticket, share a document with the consultant, and find, cancel or
 * move one with its booking code at any terminal. They talk only to the {@code Appointments} port,
 * and are not there while appointments are switched off on this kiosk (the staff screens, in
 * {@code staff}, stay).
 */
@NullMarked
@FeatureScreen(KioskFeature.APPOINTMENTS)
package be.werkwinkel.kiosk.appointment.ui;

import be.werkwinkel.kiosk.kiosk.FeatureScreen;
import be.werkwinkel.kiosk.kiosk.KioskFeature;
import org.jspecify.annotations.NullMarked;
