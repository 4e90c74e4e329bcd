-- The mail outbox in the staff console (issue 11, decision 037).
--   recipient_masked  the recipient as staff may see it (f•••@e•••.be), made when the message was
--                     queued; the address itself stays only in the sealed message
--   last_attempt_at   when the mail server was last tried
--   given_up_at       when the outbox stopped trying; the sealed message is kept for
--                     kiosk.mail.keep-given-up so that staff can retry it, then removed
--   retried_at        when staff last retried it: the give-up time counts from then
ALTER TABLE mail_outbox
    ADD COLUMN recipient_masked VARCHAR(120) NULL,
    ADD COLUMN last_attempt_at  TIMESTAMP(3) NULL,
    ADD COLUMN given_up_at      TIMESTAMP(3) NULL,
    ADD COLUMN retried_at       TIMESTAMP(3) NULL,
    ADD INDEX ix_mail_outbox_given_up (state, given_up_at);
