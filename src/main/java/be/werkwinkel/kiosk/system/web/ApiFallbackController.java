package be.werkwinkel.kiosk.system.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An {@code /api/...} path that no controller serves is a 404 problem detail. Without this the
 * request falls through to Vaadin, whose router answers every path with the app's HTML and 200:
 * a client of the API could not tell a typo from an answer. Spring MVC prefers every more
 * specific mapping, so this only catches what nothing else does.
 */
@RestController
class ApiFallbackController {

    @RequestMapping("/api/**")
    ResponseEntity<ProblemDetail> unknown(HttpServletRequest request) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "There is no API at this path. The vacancy API is /api/vacancies and /api/vacancies/{id}.");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }
}
