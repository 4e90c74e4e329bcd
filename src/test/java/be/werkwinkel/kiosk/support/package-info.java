@NullMarked
package be.werkwinkel.kiosk.support;

import org.jspecify.annotations.NullMarked;
