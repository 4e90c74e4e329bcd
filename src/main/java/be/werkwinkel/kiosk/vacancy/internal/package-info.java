/**
 * The wiring of vacancy search: the ports' implementations for each role, the index's
 * configuration, the start-up and scheduled jobs, and the demo-data notice.
 */
@NullMarked
package be.werkwinkel.kiosk.vacancy.internal;

import org.jspecify.annotations.NullMarked;
