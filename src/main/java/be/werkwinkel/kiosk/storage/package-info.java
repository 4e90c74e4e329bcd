/**
 * Personal storage: visitor accounts (username + 6-digit PIN) and their documents (CVs, letters,
 * saved vacancies), encrypted at rest, with quotas, retention and GDPR overview and deletion. The
 * API is {@link be.werkwinkel.kiosk.storage.PersonalStorage} (what a signed-in visitor's screens
 * and later the {@code cv} module use) and {@link be.werkwinkel.kiosk.storage.StorageAdministration}
 * (staff commands); every write carries a {@link be.werkwinkel.kiosk.storage.RequestId} and is
 * idempotent, so a terminal can replay it. It depends on {@code vacancy} only for the vacancy
 * action "save" it contributes, and on {@code system} only for the loopback staff commands.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"base", "base :: ui", "kiosk", "vacancy", "system"})
package be.werkwinkel.kiosk.storage;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
