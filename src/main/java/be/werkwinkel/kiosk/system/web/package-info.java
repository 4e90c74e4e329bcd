/**
 * What every HTTP answer gets, whatever feature serves it: security headers, problem details for
 * API paths and errors, and a plain refusal of requests that cannot be read.
 */
@NullMarked
package be.werkwinkel.kiosk.system.web;

import org.jspecify.annotations.NullMarked;
