package be.werkwinkel.kiosk.admin.usage;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

interface SessionUsageRepository extends JpaRepository<SessionUsage, SessionUsage.Key> {

    /** One atomic upsert, so two terminals ending a session at the same instant both count. */
    @Transactional
    @Modifying
    @Query(value = """
            INSERT INTO session_usage (day, end_reason, language, sessions) VALUES (:day, :reason, :language, 1)
            ON DUPLICATE KEY UPDATE sessions = sessions + 1""", nativeQuery = true)
    void countSessionEnd(@Param("day") LocalDate day, @Param("reason") String reason,
            @Param("language") String language);

    List<SessionUsage> findByKeyDay(LocalDate day);
}
