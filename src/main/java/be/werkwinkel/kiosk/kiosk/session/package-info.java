@NullMarked
package be.werkwinkel.kiosk.kiosk.session;

import org.jspecify.annotations.NullMarked;
