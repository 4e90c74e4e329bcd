@NullMarked
package be.werkwinkel.kiosk.mail.internal;

import org.jspecify.annotations.NullMarked;
