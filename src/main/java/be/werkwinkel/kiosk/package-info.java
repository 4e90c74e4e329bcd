@NullMarked
package be.werkwinkel.kiosk;

import org.jspecify.annotations.NullMarked;
