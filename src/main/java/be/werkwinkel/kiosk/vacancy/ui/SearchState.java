package be.werkwinkel.kiosk.vacancy.ui;

import be.werkwinkel.kiosk.vacancy.VacancyQuery;
import com.vaadin.flow.server.VaadinSession;
import java.io.Serial;
import java.io.Serializable;

/**
 * The visitor's current search, kept in the Vaadin session so that "back to the vacancies" finds
 * it again; it goes with the session wipe like everything else.
 */
final class SearchState implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private VacancyQuery query;
    private int pagesShown = 1;

    private SearchState(VacancyQuery query) {
        this.query = query;
    }

    VacancyQuery query() {
        return query;
    }

    void change(VacancyQuery changed) {
        query = changed.withPage(0);
        pagesShown = 1;
    }

    int pagesShown() {
        return pagesShown;
    }

    void showOneMorePage() {
        pagesShown++;
    }

    static SearchState in(VaadinSession session, VacancyQuery initial) {
        var state = session.getAttribute(SearchState.class);
        if (state == null) {
            state = new SearchState(initial);
            session.setAttribute(SearchState.class, state);
        }
        return state;
    }
}
