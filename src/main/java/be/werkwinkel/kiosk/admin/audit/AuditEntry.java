package be.werkwinkel.kiosk.admin.audit;

import be.werkwinkel.kiosk.base.StaffAudit;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One line of the audit log. */
public record AuditEntry(long id, Instant at, String actor, String action, @Nullable String target,
        StaffAudit.Result result, @Nullable String detail) {
}
