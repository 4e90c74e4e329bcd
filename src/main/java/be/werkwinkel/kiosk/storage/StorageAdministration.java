package be.werkwinkel.kiosk.storage;

/** What staff do with personal storage: the CLI now, the admin console later. Every action is audited. */
public interface StorageAdministration {

    /**
     * Gives the account a one-time PIN after staff checked the visitor's identity; the visitor must
     * choose a new PIN at the next sign-in. Returns the one-time PIN to hand over; it is not kept.
     *
     * @param staff who did it, for the audit trail
     * @throws StorageProblem NOT_FOUND when there is no such account
     */
    String resetPin(RequestId request, String username, String staff);

    /**
     * Adds a new primary key to the kiosk's one sealing keyset ({@link be.werkwinkel.kiosk.base.Sealing}):
     * what was sealed under older keys (documents, names, mail waiting to be sent) stays readable,
     * everything sealed from now on uses the new key. Returns how many keys the keyset now holds.
     */
    int rotateKey(String staff);

    /** Deletes the accounts nobody signed in to for {@link StorageSettings#inactiveAccountRetention()}; returns how many. */
    int deleteInactiveAccounts();
}
