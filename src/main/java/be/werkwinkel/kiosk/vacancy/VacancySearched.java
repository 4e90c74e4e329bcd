package be.werkwinkel.kiosk.vacancy;

import java.time.Instant;

/**
 * A visitor ran a vacancy search on the search screen (the search button, Enter, a suggestion or
 * "did you mean"); changing a filter, the place or the order of the same search is not another one.
 * For the usage statistics, which count searches and the words searched, never who searched.
 *
 * @param text the words as the visitor typed them (possibly blank: a search without words)
 * @param sessionId the opaque id of the visitor session ({@code VisitorSessions#sessionId}), so
 *     that a word searched several times in one session counts once
 * @param searchedAt when
 */
public record VacancySearched(String text, String sessionId, Instant searchedAt) {
}
