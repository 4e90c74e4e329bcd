package be.werkwinkel.kiosk.sync.storage;

import be.werkwinkel.kiosk.storage.StorageProblem;
import be.werkwinkel.kiosk.storage.StorageUnreachable;
import be.werkwinkel.kiosk.sync.HubLink;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.web.client.HttpStatusCodeException;
import org.springframework.web.client.RestClientException;

/**
 * How a call to the hub's storage API ends for the screens: the answer; a refusal of the port
 * ({@code 422} with its reason) as the same {@link StorageProblem} a standalone kiosk throws; a
 * visitor session the hub no longer takes as {@code SIGNED_OUT}; and everything that means "the hub
 * cannot help now" (no connection, no token yet, a revoked token, a hub failing) as {@link
 * StorageUnreachable}, so the screens say it plainly and offer to save for later.
 */
final class HubCalls {

    /** The hub refused the visitor session: the caller forgets it. */
    static final class SessionRefused extends RuntimeException {
        SessionRefused() {
            super("the hub no longer takes this visitor session");
        }
    }

    private HubCalls() {
    }

    static <T> T call(Supplier<T> call) {
        try {
            return call.get();
        } catch (HubLink.NotEnrolledException notYet) {
            throw new StorageUnreachable(notYet);
        } catch (HttpStatusCodeException answered) {
            var reason = reason(answered);
            if (answered.getStatusCode().value() == HttpStatus.UNPROCESSABLE_CONTENT.value() && reason != null) {
                try {
                    throw new StorageProblem(StorageProblem.Reason.valueOf(reason));
                } catch (IllegalArgumentException newerHub) {
                    throw new StorageUnreachable(answered);
                }
            }
            if (answered.getStatusCode().value() == HttpStatus.FORBIDDEN.value() && "VISITOR_SESSION".equals(reason)) {
                throw new SessionRefused();
            }
            if (answered.getStatusCode().value() == HttpStatus.BAD_REQUEST.value()) {
                throw new IllegalArgumentException("The hub refused the request as malformed: " + answered.getResponseBodyAsString());
            }
            throw new StorageUnreachable(answered);
        } catch (RestClientException unreachable) {
            throw new StorageUnreachable(unreachable);
        }
    }

    static void run(Runnable call) {
        call(() -> {
            call.run();
            return null;
        });
    }

    private static @org.jspecify.annotations.Nullable String reason(HttpStatusCodeException answered) {
        try {
            var body = answered.getResponseBodyAs(Map.class);
            return body != null && body.get("reason") instanceof String reason ? reason : null;
        } catch (RuntimeException notJson) {
            return null;
        }
    }
}
