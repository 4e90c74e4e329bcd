package be.werkwinkel.kiosk.kiosk.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.servlet.http.HttpServletResponse;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** A screen that does not exist: say so plainly and offer the way back. */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public final class NotFoundView extends Div implements HasErrorParameter<NotFoundException>, LocaleChangeObserver,
        HasDynamicTitle {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("problem.notFound.title");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        ProblemScreen.fill(this, "problem.notFound.title", "problem.notFound.explanation",
                () -> UI.getCurrent().navigate(HomeView.class));
    }
}
