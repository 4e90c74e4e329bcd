/**
 * The vacancy search over HTTP as JSON, and the hub's vacancy change log for terminal replicas
 * ({@code /api/terminal/v1/vacancies/changes}, decision 039).
 */
@NullMarked
package be.werkwinkel.kiosk.vacancy.api;

import org.jspecify.annotations.NullMarked;
