/** The registry, the terminal API and its security, command delivery, and the standalone kiosk's own adapter. */
@NullMarked
package be.werkwinkel.kiosk.terminal.internal;

import org.jspecify.annotations.NullMarked;
