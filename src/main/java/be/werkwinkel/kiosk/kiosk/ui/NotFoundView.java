package be.werkwinkel.kiosk.kiosk.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.servlet.http.HttpServletResponse;

/** A screen that does not exist: say so plainly and offer the way back. */
@ParentLayout(MainLayout.class)
public final class NotFoundView extends Div implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        ProblemScreen.fill(this, "problem.notFound.title", "problem.notFound.explanation",
                () -> UI.getCurrent().navigate(HomeView.class));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
