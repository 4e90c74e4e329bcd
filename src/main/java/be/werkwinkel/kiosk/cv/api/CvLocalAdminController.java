package be.werkwinkel.kiosk.cv.api;

import be.werkwinkel.kiosk.base.ConditionalOnRole;
import be.werkwinkel.kiosk.base.KioskLanguage;
import be.werkwinkel.kiosk.base.KioskRole;
import be.werkwinkel.kiosk.cv.CvTransfer;
import be.werkwinkel.kiosk.storage.RequestId;
import be.werkwinkel.kiosk.system.LocalAdminAccess;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code export-cv} and {@code import-cv} when a kiosk runs on this PC (decision 008): loopback
 * only, with the token from the data directory, and the visitor's own username and PIN in
 * headers (never in the address, which logs keep): {@value #VISITOR_HEADER} (URL-encoded, since
 * usernames may have accents) and {@value #PIN_HEADER}. Errors are plain text.
 */
@ConditionalOnRole({KioskRole.STANDALONE, KioskRole.HUB})
@RestController
@RequestMapping(path = "/local-admin/cv/json-resume")
class CvLocalAdminController {

    static final String VISITOR_HEADER = "X-Kiosk-Visitor";
    static final String PIN_HEADER = "X-Kiosk-Visitor-Pin";
    /** Where the attempts are counted, like one kiosk's visitor session. */
    static final String TERMINAL = "cli";
    private static final int MAX_BODY = 512 * 1024;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.of("Europe/Brussels"));

    private final CvTransfer transfer;
    private final LocalAdminAccess access;

    CvLocalAdminController(CvTransfer transfer, LocalAdminAccess access) {
        this.transfer = transfer;
        this.access = access;
    }

    @PostMapping("/export")
    ResponseEntity<String> export(HttpServletRequest request,
            @RequestHeader(name = LocalAdminAccess.TOKEN_HEADER, defaultValue = "") String token,
            @RequestHeader(name = VISITOR_HEADER, defaultValue = "") String visitor,
            @RequestHeader(name = PIN_HEADER, defaultValue = "") String pin,
            @RequestParam(required = false) @Nullable String document) {
        if (!access.allows(request.getRemoteAddr(), token)) {
            return text(HttpStatus.FORBIDDEN, "Not allowed.");
        }
        return switch (transfer.export(decode(visitor), pin, TERMINAL, document)) {
            case CvTransfer.Exported exported -> ResponseEntity.ok()
                    .contentType(MediaType.APPLICATION_JSON)
                    .header("X-Kiosk-Document-Name", URLEncoder.encode(exported.name(), StandardCharsets.UTF_8))
                    .body(exported.json());
            case CvTransfer.Refused refused -> refused();
            case CvTransfer.Paused paused -> paused(paused.until());
            case CvTransfer.MustChoosePin must -> mustChoosePin();
            case CvTransfer.NoSuchCv none -> text(HttpStatus.NOT_FOUND, none.names().isEmpty()
                    ? "This visitor has no CV." : "No CV with that name. Their CVs:\n  " + String.join("\n  ", none.names()));
            case CvTransfer.SeveralCvs several -> text(HttpStatus.CONFLICT,
                    "Several CVs: name one with --document=NAME (or its id):\n  " + String.join("\n  ", several.names()));
        };
    }

    @PostMapping(path = "/import", consumes = MediaType.ALL_VALUE)
    ResponseEntity<String> importCv(HttpServletRequest request,
            @RequestHeader(name = LocalAdminAccess.TOKEN_HEADER, defaultValue = "") String token,
            @RequestHeader(name = VISITOR_HEADER, defaultValue = "") String visitor,
            @RequestHeader(name = PIN_HEADER, defaultValue = "") String pin,
            @RequestParam String requestId, @RequestParam(required = false) @Nullable String name,
            @RequestParam(defaultValue = "nl") String language) throws IOException {
        if (!access.allows(request.getRemoteAddr(), token)) {
            return text(HttpStatus.FORBIDDEN, "Not allowed.");
        }
        RequestId id;
        try {
            id = RequestId.parse(requestId);
        } catch (IllegalArgumentException e) {
            return text(HttpStatus.BAD_REQUEST, "Not a request id.");
        }
        var cvLanguage = KioskLanguage.byCode(language);
        if (cvLanguage.isEmpty()) {
            return text(HttpStatus.BAD_REQUEST, "--language must be nl, fr or en.");
        }
        var body = request.getInputStream().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            return text(HttpStatus.CONTENT_TOO_LARGE, "The document is larger than " + MAX_BODY / 1024 + " kB; a CV is much smaller.");
        }
        var json = StandardCharsets.UTF_8.newDecoder();
        String text;
        try {
            text = json.decode(java.nio.ByteBuffer.wrap(body)).toString();
        } catch (java.nio.charset.CharacterCodingException notUtf8) {
            return text(HttpStatus.UNPROCESSABLE_CONTENT, "Not imported:\n  the document is not UTF-8 text");
        }
        return switch (transfer.importCv(id, decode(visitor), pin, TERMINAL, text, name, cvLanguage.get())) {
            case CvTransfer.Imported imported -> text(HttpStatus.OK,
                    "Imported as CV \"" + imported.name() + "\" (" + imported.document() + ").");
            case CvTransfer.Refused refused -> refused();
            case CvTransfer.Paused paused -> paused(paused.until());
            case CvTransfer.MustChoosePin must -> mustChoosePin();
            case CvTransfer.NotImported not -> text(HttpStatus.UNPROCESSABLE_CONTENT,
                    "Not imported:\n  " + String.join("\n  ", not.reasons()));
            case CvTransfer.StorageRefused refused -> text(HttpStatus.CONFLICT,
                    "Not imported: personal storage refused it (" + refused.reason() + ").");
        };
    }

    private static ResponseEntity<String> refused() {
        return text(HttpStatus.UNAUTHORIZED, "This username and PIN do not belong together.");
    }

    private static ResponseEntity<String> paused(Instant until) {
        var seconds = Math.max(1, Duration.between(Instant.now(), until).toSeconds());
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                .contentType(MediaType.TEXT_PLAIN)
                .body("Too many wrong PINs: try again after " + TIME.format(until) + ".\n");
    }

    private static ResponseEntity<String> mustChoosePin() {
        return text(HttpStatus.CONFLICT, "Staff reset this PIN: the visitor first chooses a new PIN at the kiosk.");
    }

    private static ResponseEntity<String> text(HttpStatus status, String message) {
        return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .body(message + "\n");
    }

    private static String decode(String header) {
        try {
            return URLDecoder.decode(header, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notEncoded) {
            return header;
        }
    }

}
