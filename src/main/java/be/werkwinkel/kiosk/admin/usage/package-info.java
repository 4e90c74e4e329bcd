@NullMarked
package be.werkwinkel.kiosk.admin.usage;

import org.jspecify.annotations.NullMarked;
