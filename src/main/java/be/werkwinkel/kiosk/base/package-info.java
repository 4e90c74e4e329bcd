@NullMarked
package be.werkwinkel.kiosk.base;

import org.jspecify.annotations.NullMarked;
