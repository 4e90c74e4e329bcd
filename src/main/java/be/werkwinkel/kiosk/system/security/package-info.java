/**
 * The three surfaces and their filter chains (decision 027): machine endpoints (loopback staff
 * commands, the JSON API, later the terminal API) in a stateless chain of their own; everything
 * else in Vaadin's chain, where the kiosk screens are anonymous and the staff console under
 * {@code /admin} needs a staff login.
 */
@NullMarked
package be.werkwinkel.kiosk.system.security;

import org.jspecify.annotations.NullMarked;
