package be.werkwinkel.kiosk.kiosk.ui;

import be.werkwinkel.kiosk.kiosk.SessionEndReason;
import be.werkwinkel.kiosk.kiosk.VisitorSessions;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Any unexpected failure while opening a screen: logged in full for staff, shown to the visitor
 * as one calm sentence in their language, never as a stack trace. It stands outside the main
 * layout, so that it still shows when the layout itself is what failed; without the layout there
 * is no idle watch either, so its one button ends the session (the wipe) instead of carrying it on:
 * whoever finds this screen left behind starts clean.
 */
@AnonymousAllowed
public final class ProblemView extends Div implements HasErrorParameter<Exception>, LocaleChangeObserver,
        HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(ProblemView.class);

    private final VisitorSessions sessions;

    public ProblemView(VisitorSessions sessions) {
        this.sessions = sessions;
        addClassName("kiosk-problem-standalone");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("problem.failure.title");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        ProblemScreen.fill(this, "problem.failure.title", "problem.failure.explanation",
                () -> sessions.wipe(UI.getCurrent().getSession(), SessionEndReason.STOPPED));
        addClassName("kiosk-problem-standalone");
        add(new Lockdown()); // outside the layout, still a kiosk screen
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        log.error("Could not show {}", event.getLocation().getPath(), parameter.getCaughtException());
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
