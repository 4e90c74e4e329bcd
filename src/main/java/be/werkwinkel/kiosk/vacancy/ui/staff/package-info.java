/**
 * The vacancy screen of the staff console: content status of the feeds and the search index
 * ({@code /admin/content/vacancies}, decision 037). It falls into the console's layout by its route
 * and speaks to {@link be.werkwinkel.kiosk.vacancy.VacancyFeeds} only; the actions it starts are
 * written to the staff audit log by that port.
 */
@NullMarked
package be.werkwinkel.kiosk.vacancy.ui.staff;

import org.jspecify.annotations.NullMarked;
