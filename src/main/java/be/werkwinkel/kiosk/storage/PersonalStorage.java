package be.werkwinkel.kiosk.storage;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A visitor's account and documents. Every write carries a client-generated {@link RequestId}:
 * the same id again has no second effect and returns the first outcome, so a terminal can replay
 * its outbox. Refused writes throw {@link StorageProblem} and change nothing; where storage is
 * remote (a terminal), any call may throw {@link StorageUnreachable} and change nothing. Documents, their
 * names, the username and the e-mail address are stored encrypted.
 *
 * <p>The methods that take an {@link AccountId} trust the caller to have signed the visitor in
 * ({@link #signIn}); screens keep that id in the visitor's session only.
 */
public interface PersonalStorage {

    /** Makes an account; the username is unique whatever its capitals. */
    AccountId createAccount(RequestId request, String username, String pin, @Nullable String email);

    /**
     * Whether a new account could take this username, so that a visitor who picked a taken one
     * hears it at once, not after typing a PIN twice. A valid username only; the answer is no
     * secret, since creating the account would tell the same.
     */
    boolean isUsernameFree(String username);

    /**
     * Checks a username and PIN. Wrong attempts are counted per account and per terminal (a
     * visitor session on this kiosk); after {@link StorageSettings#maxFailedAttempts()} wrong ones
     * either is paused for {@link StorageSettings#pause()}.
     */
    SignIn signIn(String username, String pin, String terminal);

    /** Sets a new PIN chosen by the visitor (after a staff reset, or to change it). */
    void choosePin(RequestId request, AccountId account, String pin);

    /** The visitor's documents, newest change first. */
    List<DocumentSummary> documents(AccountId account);

    /** One document with its content. */
    StoredDocument open(AccountId account, DocumentId document);

    /** Saves a new document, within the visitor's quota. */
    DocumentId save(RequestId request, AccountId account, DocumentKind kind, String name, DocumentContent content);

    /**
     * Puts new content in a document the visitor already has (a CV edited again), within the
     * quota; its name and kind stay.
     */
    void replace(RequestId request, AccountId account, DocumentId document, DocumentContent content);

    /** Gives a document another name. */
    void rename(RequestId request, AccountId account, DocumentId document, String name);

    /** Saves a copy of a document under a new name, within the visitor's quota. */
    DocumentId duplicate(RequestId request, AccountId account, DocumentId document, String name);

    /** Deletes one document for good. */
    void delete(RequestId request, AccountId account, DocumentId document);

    /** Everything stored about the visitor. */
    AccountOverview overview(AccountId account);

    /** Deletes the account and all its documents at once, for good. */
    void deleteAccount(RequestId request, AccountId account);

    /**
     * Files a document that was saved for later ({@link SaveForLater}) with a username and PIN that
     * did not match, and is held under this claim code: into this visitor's storage, once. The
     * same request id again returns the same document. Codes that find nothing are counted like
     * wrong PINs: per visitor session, and (more of them) per kiosk; after
     * {@link StorageSettings#maxFailedAttempts()} in one session, or four times as many on one kiosk,
     * claiming is paused there for {@link StorageSettings#pause()}, so that codes cannot be guessed.
     *
     * @param terminal where the code was typed, as for {@link #signIn}: a visitor session on this
     *     kiosk; a hub passes {@code terminal-<id>:<visitor session>}, and the part before the colon
     *     is the kiosk whose attempts are counted together
     * @throws StorageProblem {@code CLAIM_NOT_FOUND} (unknown, expired or already claimed code),
     *     {@code CLAIMS_PAUSED} (too many of those), or a quota refusal ({@code TOO_MANY_DOCUMENTS},
     *     {@code NO_ROOM}); the document stays held then
     */
    DocumentId claim(RequestId request, AccountId account, String claimCode, String terminal);

    /**
     * False when this storage lives elsewhere and was not reachable at the last attempt (a terminal
     * whose hub is away), so that a screen can offer {@link SaveForLater} before asking for a
     * sign-in that cannot work. Calls may still throw {@link StorageUnreachable} when it is true.
     */
    default boolean reachable() {
        return true;
    }
}
