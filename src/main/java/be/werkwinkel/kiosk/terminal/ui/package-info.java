/** The terminals screen of the staff console ({@code /admin/terminals}). */
@NullMarked
package be.werkwinkel.kiosk.terminal.ui;

import org.jspecify.annotations.NullMarked;
