@NullMarked
package be.werkwinkel.kiosk.base.session;

import org.jspecify.annotations.NullMarked;
