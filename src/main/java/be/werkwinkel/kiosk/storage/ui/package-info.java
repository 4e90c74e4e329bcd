@NullMarked
package be.werkwinkel.kiosk.storage.ui;

import org.jspecify.annotations.NullMarked;
