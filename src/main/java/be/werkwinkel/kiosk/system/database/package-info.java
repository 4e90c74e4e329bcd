@NullMarked
package be.werkwinkel.kiosk.system.database;

import org.jspecify.annotations.NullMarked;
