@NullMarked
package be.werkwinkel.kiosk.storage.internal;

import org.jspecify.annotations.NullMarked;
