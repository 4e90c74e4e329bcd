-- E-mail waiting to be sent (module mail). The whole message, recipient included, is sealed
-- (AES-GCM under the kiosk's own key, bound to the row's request id): a dump shows no address,
-- subject or text. Once the mail server has taken it, or the outbox gives up, the content is removed
-- and only these few facts stay.
CREATE TABLE mail_outbox (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    request_id      CHAR(36)     NOT NULL,
    state           VARCHAR(16)  NOT NULL,
    queued_at       TIMESTAMP(3) NOT NULL,
    attempts        INT          NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP(3) NOT NULL,
    problem         VARCHAR(32)  NULL,
    sent_at         TIMESTAMP(3) NULL,
    sealed_message  LONGBLOB     NULL,
    CONSTRAINT uk_mail_outbox_request UNIQUE (request_id),
    INDEX ix_mail_outbox_due (state, next_attempt_at)
) ENGINE = InnoDB;
