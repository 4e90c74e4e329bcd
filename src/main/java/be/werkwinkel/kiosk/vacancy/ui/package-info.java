/**
 * The vacancy screens: search with filters, results, and one vacancy's details; not there while
 * vacancy search is switched off on this kiosk.
 */
@NullMarked
@FeatureScreen(KioskFeature.VACANCIES)
package be.werkwinkel.kiosk.vacancy.ui;

import be.werkwinkel.kiosk.kiosk.FeatureScreen;
import be.werkwinkel.kiosk.kiosk.KioskFeature;
import org.jspecify.annotations.NullMarked;
