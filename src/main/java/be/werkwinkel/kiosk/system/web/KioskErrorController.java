package be.werkwinkel.kiosk.system.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The container's error path ({@code /error}), in place of Spring Boot's, which answers a direct
 * request (no error behind it) with a 500 and otherwise shows exception details. Screens have
 * their own error views in Vaadin; what lands here is an API or protocol error, so it is a
 * problem detail with the status and a fixed sentence, never a message or stack trace.
 */
@RestController
class KioskErrorController implements ErrorController {

    @RequestMapping(path = "${server.error.path:${error.path:/error}}", produces = MediaType.ALL_VALUE)
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        var code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        var status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        if (status == null || !status.isError()) {
            status = HttpStatus.NOT_FOUND; // asked for directly: there is no page here
        }
        var problem = ProblemDetail.forStatusAndDetail(status, switch (status.series()) {
            case CLIENT_ERROR -> "The request could not be answered (" + status.getReasonPhrase() + ").";
            default -> "Something went wrong on the kiosk; try again.";
        });
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
