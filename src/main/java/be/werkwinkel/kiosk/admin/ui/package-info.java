@NullMarked
package be.werkwinkel.kiosk.admin.ui;

import org.jspecify.annotations.NullMarked;
