/**
 * Personal storage: visitor accounts (username + 6-digit PIN) and their documents (CVs, letters,
 * saved vacancies), sealed at rest, with quotas, retention and GDPR overview and deletion, and
 * "send by e-mail" from Mijn documenten. The API is {@link be.werkwinkel.kiosk.storage.PersonalStorage}
 * (what a signed-in visitor's screens and the {@code cv} module use),
 * {@link be.werkwinkel.kiosk.storage.DocumentMail} (sending a document, and what became of each
 * e-mail), {@link be.werkwinkel.kiosk.storage.DocumentFormat} (the port through which the
 * {@code cv} module opens, prints and renders its documents) and
 * {@link be.werkwinkel.kiosk.storage.StorageAdministration} (staff commands); every write carries a
 * {@link be.werkwinkel.kiosk.storage.RequestId} and is idempotent, so a terminal can replay it.
 *
 * <p>Design notes:
 * <ul>
 * <li>Everything that says something about a visitor (the username as typed, the e-mail address,
 *     document names and contents, the recipients and document names of sent e-mails) is sealed
 *     with the kiosk's one sealing key ({@link be.werkwinkel.kiosk.base.Sealing}), the row's
 *     identity and column as context (decisions 013, 019). Rows sealed under the storage keyset of
 *     earlier versions are re-sealed once at start-up; until then they open with that keyset.</li>
 * <li>Usernames and PINs are keyed with a pepper of storage's own, outside the database and apart
 *     from the sealing key (decisions 012, 014).</li>
 * <li>E-mail goes through the {@code mail} module's outbox, queued in the same transaction as the
 *     sealed record of who sent it; the outbox keeps the state, storage the record, which goes
 *     with the account (decision 020).</li>
 * </ul>
 * It depends on {@code vacancy} for the vacancy action "save" it contributes and the link of a
 * saved vacancy it sends, on {@code mail} for the outbox, and on {@code system} only for the
 * loopback staff commands. On the hub it files documents that terminals queued while offline
 * (a {@link be.werkwinkel.kiosk.terminal.DeliveryHandler}, decision 040): it depends on
 * {@code terminal} for that port.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"base", "base :: ui", "kiosk", "vacancy", "mail", "system", "terminal"})
package be.werkwinkel.kiosk.storage;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
