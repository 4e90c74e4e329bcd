-- Booking requests a terminal took while its hub was unreachable (module appointment, decision 044).
--
-- The visitor left with a ticket that says "request, to be confirmed" and a reference (a booking
-- code the terminal drew). When the hub carries the request out, it books under that code when it
-- can, and records here which appointment the reference leads to, or that nothing could be booked.
-- So "my appointment" finds the outcome by the reference even when the appointment got another
-- code (the reference was taken, or an earlier attempt whose answer was lost had booked it). No
-- personal data: the contact details are in the appointment row, sealed.
CREATE TABLE appointment_request (
    reference        CHAR(8)      PRIMARY KEY,
    request_id       CHAR(36)     NOT NULL,
    requested_start  TIMESTAMP(3) NOT NULL,
    outcome          VARCHAR(20)  NOT NULL,
    appointment_id   CHAR(36)     NULL,
    recorded_at      TIMESTAMP(3) NOT NULL,
    UNIQUE KEY uq_appointment_request_request (request_id)
) ENGINE = InnoDB;
