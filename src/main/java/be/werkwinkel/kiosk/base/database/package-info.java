@NullMarked
package be.werkwinkel.kiosk.base.database;

import org.jspecify.annotations.NullMarked;
