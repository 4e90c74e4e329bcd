/** Realistic, clearly marked demo vacancies for a standalone kiosk out of the box. */
@NullMarked
package be.werkwinkel.kiosk.vacancy.demo;

import org.jspecify.annotations.NullMarked;
