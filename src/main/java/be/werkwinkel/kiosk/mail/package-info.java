/**
 * E-mail that must not get lost: a persisted outbox, sent over SMTP with retries. A message waits,
 * sealed, until the mail server takes it; with no mail server configured it waits visibly. Used
 * to send documents and, later, appointment confirmations.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"base"})
package be.werkwinkel.kiosk.mail;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
