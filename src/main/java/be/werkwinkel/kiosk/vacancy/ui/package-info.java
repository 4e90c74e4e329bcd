/** The vacancy screens: search with filters, results, and one vacancy's details. */
@NullMarked
package be.werkwinkel.kiosk.vacancy.ui;

import org.jspecify.annotations.NullMarked;
