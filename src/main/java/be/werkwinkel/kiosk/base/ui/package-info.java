/**
 * The UI kit every screen may use: dialogs and badges that look and behave the same everywhere.
 */
@NullMarked
@NamedInterface("ui")
package be.werkwinkel.kiosk.base.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
