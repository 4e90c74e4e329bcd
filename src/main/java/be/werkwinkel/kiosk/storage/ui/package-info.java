/**
 * The screens of personal storage ("Mijn documenten": sign in, documents, sending one, what we
 * keep about me); part of the CV and documents feature, not there while it is switched off.
 */
@NullMarked
@FeatureScreen(KioskFeature.DOCUMENTS)
package be.werkwinkel.kiosk.storage.ui;

import be.werkwinkel.kiosk.kiosk.FeatureScreen;
import be.werkwinkel.kiosk.kiosk.KioskFeature;
import org.jspecify.annotations.NullMarked;
