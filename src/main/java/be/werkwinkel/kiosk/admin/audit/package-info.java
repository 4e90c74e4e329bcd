@NullMarked
package be.werkwinkel.kiosk.admin.audit;

import org.jspecify.annotations.NullMarked;
