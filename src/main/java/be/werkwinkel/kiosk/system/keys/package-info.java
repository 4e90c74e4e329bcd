/** The key that seals personal data at rest ({@link be.werkwinkel.kiosk.base.Sealing}). */
@NullMarked
package be.werkwinkel.kiosk.system.keys;

import org.jspecify.annotations.NullMarked;
