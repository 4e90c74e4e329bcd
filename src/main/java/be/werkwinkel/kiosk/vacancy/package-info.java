/**
 * Vacancy search: schema.org JobPosting feeds into MariaDB (the source of truth) and a Lucene index
 * derived from it, searched by touch. The public API is {@link be.werkwinkel.kiosk.vacancy.VacancySearch}
 * and {@link be.werkwinkel.kiosk.vacancy.VacancyImport} with their value types; everything in the
 * sub-packages is internal.
 */
@NullMarked
package be.werkwinkel.kiosk.vacancy;

import org.jspecify.annotations.NullMarked;
