/**
 * E-mail that must not get lost: a persisted outbox, sent over SMTP with retries. A message waits,
 * sealed, until the mail server takes it; with no mail server configured it waits visibly. Used
 * to send documents and appointment confirmations. Its staff screen ({@code /admin/content/mail},
 * {@link be.werkwinkel.kiosk.mail.MailOutboxAdministration}) shows what waits and retries it.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"base", "base :: ui"})
package be.werkwinkel.kiosk.mail;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
