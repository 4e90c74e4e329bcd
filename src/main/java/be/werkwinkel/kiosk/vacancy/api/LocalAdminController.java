package be.werkwinkel.kiosk.vacancy.api;

import be.werkwinkel.kiosk.base.ConditionalOnRole;
import be.werkwinkel.kiosk.base.KioskRole;
import be.werkwinkel.kiosk.system.LocalAdminAccess;
import be.werkwinkel.kiosk.vacancy.VacancyImport;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The staff commands {@code import} and {@code reindex} when a kiosk is already running on this PC
 * (see {@link LocalAdminAccess}): loopback only, with the token from the data directory. Answers
 * with the import report as plain text.
 */
@ConditionalOnRole({KioskRole.STANDALONE, KioskRole.HUB})
@RestController
@RequestMapping(path = "/local-admin/vacancies", produces = MediaType.TEXT_PLAIN_VALUE)
class LocalAdminController {

    private final VacancyImport imports;
    private final LocalAdminAccess access;

    LocalAdminController(VacancyImport imports, LocalAdminAccess access) {
        this.imports = imports;
        this.access = access;
    }

    @PostMapping("/import")
    ResponseEntity<String> importFeed(HttpServletRequest request,
            @RequestHeader(name = LocalAdminAccess.TOKEN_HEADER, defaultValue = "") String token,
            @RequestParam String source, @RequestParam(defaultValue = "false") boolean complete,
            @RequestParam(required = false) @Nullable String url,
            @RequestParam(required = false) @Nullable String requestId) throws IOException {
        if (!access.allows(request.getRemoteAddr(), token)) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body("Not allowed.\n");
        }
        VacancyImport.FeedOptions options;
        try {
            options = new VacancyImport.FeedOptions(source, complete, requestId);
        } catch (IllegalArgumentException e) {
            return ResponseEntity.badRequest().body(e.getMessage() + "\n");
        }
        if (url != null) {
            try {
                var report = imports.importUrl(new URI(url), options);
                return ResponseEntity.status(report.succeeded() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT)
                        .body(report.summary());
            } catch (URISyntaxException e) {
                return ResponseEntity.badRequest().body("Not a valid URL: " + e.getMessage() + "\n");
            }
        }
        var report = imports.importStream(request.getInputStream(), source, options);
        return ResponseEntity.status(report.succeeded() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT)
                .body(report.summary());
    }

    /**
     * The outcome of the import started with this request id: 200 with its report once it
     * committed or failed, 404 while it runs or when it never reached the database.
     */
    @GetMapping("/imports/{requestId}")
    ResponseEntity<String> importOutcome(HttpServletRequest request,
            @RequestHeader(name = LocalAdminAccess.TOKEN_HEADER, defaultValue = "") String token,
            @PathVariable String requestId) {
        if (!access.allows(request.getRemoteAddr(), token)) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body("Not allowed.\n");
        }
        if (!requestId.matches("[A-Za-z0-9-]{1,64}")) {
            return ResponseEntity.badRequest().body("Not a request id.\n");
        }
        return imports.importOutcome(requestId).map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
                        .body("No import with this id has committed or failed (yet).\n"));
    }

    @PostMapping("/reindex")
    ResponseEntity<String> reindex(HttpServletRequest request,
            @RequestHeader(name = LocalAdminAccess.TOKEN_HEADER, defaultValue = "") String token) {
        if (!access.allows(request.getRemoteAddr(), token)) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body("Not allowed.\n");
        }
        return ResponseEntity.ok("Index rebuilt: " + imports.rebuildIndex() + " vacancies.\n");
    }
}
