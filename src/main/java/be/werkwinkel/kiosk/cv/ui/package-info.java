/**
 * The CV and letter wizards and their start screen; part of the CV and documents feature, not there
 * while it is switched off on this kiosk.
 */
@FeatureScreen(KioskFeature.DOCUMENTS)
package be.werkwinkel.kiosk.cv.ui;

import be.werkwinkel.kiosk.kiosk.FeatureScreen;
import be.werkwinkel.kiosk.kiosk.KioskFeature;
