package be.werkwinkel.kiosk.kiosk;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the kiosk screens of one feature: on a view class, or on a package (its
 * {@code package-info.java}) for every view in it, so that a screen added later cannot forget it.
 * While the feature is switched off on this kiosk, opening such a screen leads to the home screen
 * instead, and a visitor who is on one when staff switch the feature off is taken home at once.
 * Sub-packages are not covered (the staff screens of a feature live in one and stay reachable).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.PACKAGE})
public @interface FeatureScreen {

    KioskFeature value();
}
