@NullMarked
package be.werkwinkel.kiosk.admin.staff;

import org.jspecify.annotations.NullMarked;
