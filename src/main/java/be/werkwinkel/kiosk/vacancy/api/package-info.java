/** The vacancy search over HTTP as JSON, for terminals (later) and tests (now). */
@NullMarked
package be.werkwinkel.kiosk.vacancy.api;

import org.jspecify.annotations.NullMarked;
