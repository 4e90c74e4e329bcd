package be.werkwinkel.kiosk.admin.usage;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * How many sessions ended on one day, for one reason, in one language. Aggregated counts only:
 * nothing here can be traced back to a visitor. The admin console's usage statistics read it.
 */
@Entity
@Table(name = "session_usage")
class SessionUsage {

    @EmbeddedId
    private Key key;

    @Column(nullable = false)
    private int sessions;

    protected SessionUsage() {
        // for JPA
    }

    Key key() {
        return key;
    }

    int sessions() {
        return sessions;
    }

    /** One row per day, reason and language. */
    @Embeddable
    record Key(
            @Column(name = "day") LocalDate day,
            @Column(name = "end_reason", length = 20) String endReason,
            @Column(name = "language", length = 5) String language) {
    }
}
