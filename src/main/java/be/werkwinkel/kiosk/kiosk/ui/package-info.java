/**
 * The kiosk shell's screens. Feature screens reach the shell only through the module's API (home
 * tiles, footer notices, the visitor-session event); the shell never imports a feature.
 */
@NullMarked
package be.werkwinkel.kiosk.kiosk.ui;

import org.jspecify.annotations.NullMarked;
