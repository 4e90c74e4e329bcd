/**
 * Vacancy search: schema.org JobPosting feeds into MariaDB (the source of truth) and a Lucene
 * index derived from it, searched by touch. The public API is {@link
 * be.werkwinkel.kiosk.vacancy.VacancySearch}, {@link be.werkwinkel.kiosk.vacancy.VacancyImport}
 * and {@link be.werkwinkel.kiosk.vacancy.VacancyAction} (actions other features put on a
 * vacancy's details) with their value types; on a terminal also {@link
 * be.werkwinkel.kiosk.vacancy.VacancyReplica} (the local copy the terminal side keeps up to date),
 * {@link be.werkwinkel.kiosk.vacancy.VacancySource} (whether the hub can be reached, for the screen)
 * and {@link be.werkwinkel.kiosk.vacancy.ReplicaPage} (the JSON of the hub's change log, decision
 * 039); everything in the sub-packages is internal.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"base", "base :: ui", "reference", "kiosk", "system"})
package be.werkwinkel.kiosk.vacancy;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
