package be.werkwinkel.kiosk.admin.staff;

import be.werkwinkel.kiosk.admin.StaffAccountProblem;
import be.werkwinkel.kiosk.admin.StaffAccounts;
import be.werkwinkel.kiosk.base.ConditionalOnRole;
import be.werkwinkel.kiosk.base.KioskRole;
import be.werkwinkel.kiosk.system.LocalAdminAccess;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The command {@code create-admin} when a kiosk or hub runs on this machine (decision 008):
 * loopback only, with the token from the data directory; the password travels in the request
 * body, never in the address. It works once: when an administrator exists it changes nothing.
 */
@ConditionalOnRole({KioskRole.STANDALONE, KioskRole.HUB})
@RestController
@RequestMapping(path = "/local-admin/staff", produces = MediaType.TEXT_PLAIN_VALUE)
class FirstAdminController {

    private final StaffAccounts accounts;
    private final LocalAdminAccess access;

    FirstAdminController(StaffAccounts accounts, LocalAdminAccess access) {
        this.accounts = accounts;
        this.access = access;
    }

    @PostMapping(path = "/first-admin", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<String> createFirstAdmin(HttpServletRequest request,
            @RequestHeader(name = LocalAdminAccess.TOKEN_HEADER, defaultValue = "") String token,
            @RequestParam String username, @RequestParam String name, @RequestParam String password) {
        if (!access.allows(request.getRemoteAddr(), token)) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body("Not allowed.\n");
        }
        try {
            var account = accounts.createFirstAdmin(username, name, password);
            return ResponseEntity.ok(StaffAccounts.firstAdminCreatedMessage(account.username()));
        } catch (StaffAccountProblem problem) {
            var status = problem.reason() == StaffAccountProblem.Reason.ADMIN_EXISTS ? HttpStatus.CONFLICT
                    : HttpStatus.BAD_REQUEST;
            return ResponseEntity.status(status).body(problem.reason().commandLineMessage());
        }
    }
}
