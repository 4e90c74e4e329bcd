/**
 * The mail screen of the staff console: content status of the outbox ({@code /admin/content/mail},
 * decision 037). It falls into the console's layout by its route and speaks to
 * {@link be.werkwinkel.kiosk.mail.MailOutboxAdministration} only, which audits every retry.
 */
@NullMarked
package be.werkwinkel.kiosk.mail.ui.staff;

import org.jspecify.annotations.NullMarked;
