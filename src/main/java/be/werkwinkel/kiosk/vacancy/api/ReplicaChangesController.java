package be.werkwinkel.kiosk.vacancy.api;

import be.werkwinkel.kiosk.base.ConditionalOnRole;
import be.werkwinkel.kiosk.base.KioskRole;
import be.werkwinkel.kiosk.vacancy.ReplicaPage;
import be.werkwinkel.kiosk.vacancy.store.VacancyChange;
import be.werkwinkel.kiosk.vacancy.store.VacancyStore;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The hub's vacancy change log for terminal replicas (docs/terminal-api.yaml, decision 039): every
 * change after a revision, oldest first, a bounded page at a time. Under {@code /api/terminal/v1},
 * so the terminal API's filter chain asks for a terminal's token; any terminal may read it (the
 * vacancies are public), so the caller is not looked at.
 */
@ConditionalOnRole({KioskRole.STANDALONE, KioskRole.HUB})
@RestController
class ReplicaChangesController {

    static final int DEFAULT_LIMIT = 500;
    static final int MAX_LIMIT = 2000;

    private final VacancyStore store;

    ReplicaChangesController(VacancyStore store) {
        this.store = store;
    }

    @GetMapping(path = "/api/terminal/v1/vacancies/changes", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> changes(@RequestParam(required = false) @Nullable String since,
            @RequestParam(required = false) @Nullable String limit,
            @RequestParam(required = false) @Nullable String horizon) {
        var from = number(since, 0);
        var size = number(limit, DEFAULT_LIMIT);
        var copyHorizon = horizon == null ? null : number(horizon, 0);
        if (copyHorizon != null && copyHorizon < 0) {
            return problem("horizon must be the horizon of a full copy's first page: a whole number, 0 or more");
        }
        if (from < 0) {
            return problem("since must be a revision: a whole number, 0 or more (0 asks for everything)");
        }
        if (size < 1 || size > MAX_LIMIT) {
            return problem("limit must be a whole number from 1 to " + MAX_LIMIT);
        }
        var page = store.changesSince(from, (int) size);
        if (page.resyncNeeded(from, copyHorizon)) {
            return ResponseEntity.ok(new ReplicaPage(List.of(), page.latestRevision(), false, true, page.horizon()));
        }
        var changes = page.changes().stream().map(change -> switch (change) {
            case VacancyChange.Upserted upserted -> ReplicaPage.Change.upserted(upserted.revision(), upserted.vacancy());
            case VacancyChange.Removed removed -> ReplicaPage.Change.removed(removed.revision(), removed.id());
        }).toList();
        return ResponseEntity.ok(new ReplicaPage(changes, page.latestRevision(), page.upToDate(), false, page.horizon()));
    }

    /** A whole number as typed in the query string; -1 for anything else (also for too many digits). */
    private static long number(@Nullable String text, long absent) {
        if (text == null) {
            return absent;
        }
        if (text.isEmpty() || text.length() > 18 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return -1;
        }
        return Long.parseLong(text);
    }

    private static ResponseEntity<ProblemDetail> problem(String detail) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail));
    }
}
