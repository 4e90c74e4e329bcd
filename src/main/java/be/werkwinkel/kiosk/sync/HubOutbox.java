package be.werkwinkel.kiosk.sync;

import java.util.UUID;

/**
 * Writes for the hub that must not be lost while it cannot be reached: each is sealed to the hub's
 * public key, kept on the terminal's disk until the hub has carried it out once (decision 040), and
 * handled there by the {@code terminal.DeliveryHandler} of its kind. Terminal role only.
 */
public interface HubOutbox {

    /**
     * Queues one write; returns once it is on disk. The same request id queued again changes nothing.
     *
     * @throws RuntimeException when the outbox is full or the hub's key was never received; nothing
     *     was queued, and the exception says which
     */
    void enqueue(String kind, UUID requestId, byte[] plaintext);

    /** How many writes wait for the hub. */
    int backlog();
}
