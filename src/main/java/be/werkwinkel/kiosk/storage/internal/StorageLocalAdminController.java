package be.werkwinkel.kiosk.storage.internal;

import be.werkwinkel.kiosk.base.ConditionalOnRole;
import be.werkwinkel.kiosk.base.KioskRole;
import be.werkwinkel.kiosk.storage.RequestId;
import be.werkwinkel.kiosk.storage.StorageAdministration;
import be.werkwinkel.kiosk.storage.StorageProblem;
import be.werkwinkel.kiosk.system.LocalAdminAccess;
import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The staff commands {@code reset-pin} and {@code rotate-storage-key} when a kiosk runs on this PC
 * (decision 008): loopback only, with the token from the data directory; plain-text answers.
 */
@ConditionalOnRole({KioskRole.STANDALONE, KioskRole.HUB})
@RestController
@RequestMapping(path = "/local-admin/storage", produces = MediaType.TEXT_PLAIN_VALUE)
class StorageLocalAdminController {

    /** A staff member's name as the audit trail records it. */
    static final Pattern STAFF = Pattern.compile("[\\p{L}\\p{N} ._@-]{1,60}");

    private final StorageAdministration administration;
    private final LocalAdminAccess access;

    StorageLocalAdminController(StorageAdministration administration, LocalAdminAccess access) {
        this.administration = administration;
        this.access = access;
    }

    @PostMapping("/reset-pin")
    ResponseEntity<String> resetPin(HttpServletRequest request,
            @RequestHeader(name = LocalAdminAccess.TOKEN_HEADER, defaultValue = "") String token,
            @RequestParam String username, @RequestParam String staff, @RequestParam String requestId) {
        if (!access.allows(request.getRemoteAddr(), token)) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body("Not allowed.\n");
        }
        if (!STAFF.matcher(staff).matches()) {
            return ResponseEntity.badRequest().body("--staff must name who resets the PIN (letters, digits, spaces; at most 60).\n");
        }
        RequestId id;
        try {
            id = RequestId.parse(requestId);
        } catch (IllegalArgumentException e) {
            return ResponseEntity.badRequest().body("Not a request id.\n");
        }
        try {
            var pin = administration.resetPin(id, username, staff);
            return ResponseEntity.ok(resetMessage(pin));
        } catch (StorageProblem notFound) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body("No account with this username.\n");
        }
    }

    @PostMapping("/rotate-key")
    ResponseEntity<String> rotateKey(HttpServletRequest request,
            @RequestHeader(name = LocalAdminAccess.TOKEN_HEADER, defaultValue = "") String token,
            @RequestParam String staff) {
        if (!access.allows(request.getRemoteAddr(), token)) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body("Not allowed.\n");
        }
        if (!STAFF.matcher(staff).matches()) {
            return ResponseEntity.badRequest().body("--staff must name who rotates the key.\n");
        }
        return ResponseEntity.ok(rotatedMessage(administration.rotateKey(staff)));
    }

    static String resetMessage(String pin) {
        return "One-time PIN: " + pin + "\nGive it to the visitor; they choose a new PIN when they next sign in.\n";
    }

    static String rotatedMessage(int keys) {
        return "New sealing key in use: documents, names and mail are sealed with it from now on; the sealing keyset"
                + " now holds " + keys + " keys (what was sealed before stays readable).\n";
    }
}
