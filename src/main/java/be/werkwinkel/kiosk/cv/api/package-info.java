/** The cv module's loopback staff endpoints: JSON Resume export and import (decision 008, 018). */
@NullMarked
package be.werkwinkel.kiosk.cv.api;

import org.jspecify.annotations.NullMarked;
