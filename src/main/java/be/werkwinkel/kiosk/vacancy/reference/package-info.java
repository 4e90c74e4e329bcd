/** Reference data shipped with the kiosk: ESCO occupations (Dutch) and Belgian postcodes. */
@NullMarked
package be.werkwinkel.kiosk.vacancy.reference;

import org.jspecify.annotations.NullMarked;
