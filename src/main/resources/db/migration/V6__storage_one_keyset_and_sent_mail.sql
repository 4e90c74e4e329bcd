-- Issue 9, storage part (decisions 019 and 020).
--
-- 1. Personal storage seals with the kiosk's one sealing key (base Sealing, kiosk.sealing.keyset-file)
--    instead of its own storage-keyset.json. Every row that exists now was sealed under the old
--    keyset: it is marked, and re-sealed once at start-up in small transactions that clear the mark
--    with the new ciphertext (an interrupted run loses nothing and simply goes on at the next start).
--    Rows written from now on are sealed under the one key: the default becomes FALSE.
ALTER TABLE storage_account ADD COLUMN old_keyset BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE storage_account ALTER COLUMN old_keyset SET DEFAULT FALSE;
CREATE INDEX ix_storage_account_old_keyset ON storage_account (old_keyset);

ALTER TABLE storage_document ADD COLUMN old_keyset BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE storage_document ALTER COLUMN old_keyset SET DEFAULT FALSE;
CREATE INDEX ix_storage_document_old_keyset ON storage_document (old_keyset);

-- 2. The e-mails a visitor sent from Mijn documenten, so that the screen can show what became of each
--    (the mail outbox keeps the state under the same request id). Recipient and document name are
--    personal data: sealed, with the row's identity as associated data. Gone with the account.
CREATE TABLE storage_mail (
    request_id       CHAR(36)       NOT NULL PRIMARY KEY,
    account_id       CHAR(36)       NOT NULL,
    document_id      CHAR(36)       NULL,
    destination      VARCHAR(20)    NOT NULL,
    recipient_sealed VARBINARY(800) NOT NULL,
    document_sealed  VARBINARY(800) NOT NULL,
    -- the CV sent with a letter to an employer, if any
    cv_sealed        VARBINARY(800) NULL,
    created_at       DATETIME(6)    NOT NULL,
    CONSTRAINT fk_storage_mail_account FOREIGN KEY (account_id) REFERENCES storage_account (id) ON DELETE CASCADE,
    INDEX ix_storage_mail_account (account_id, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
