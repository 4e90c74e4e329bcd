package be.werkwinkel.kiosk.admin.ui;

import be.werkwinkel.kiosk.base.StaffScreens;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * The staff sign-in, outside the console's layout. Spring Security's form login takes the post
 * (decision 027); a refusal comes back as {@code ?error} and always says the same, whether the
 * username is unknown, the password wrong or the account paused or disabled.
 */
@Route(value = StaffScreens.PATH + "/login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private final AuthenticationContext authentication;
    private final H1 title = new H1();
    private final LoginForm form = new LoginForm();

    public LoginView(AuthenticationContext authentication) {
        this.authentication = authentication;
        addClassName("staff-login");
        form.setId("staff-login-form");
        // relative to the base href of Vaadin pages, which is the application root
        form.setAction(StaffScreens.PATH + "/login");
        form.setForgotPasswordButtonVisible(false);
        add(new StaffLanguageSwitch(), title, form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo(StaffScreens.PATH);
            return;
        }
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("admin.title"));
        var i18n = LoginI18n.createDefault();
        var texts = new LoginI18n.Form();
        texts.setTitle(getTranslation("admin.login.title"));
        texts.setUsername(getTranslation("admin.login.username"));
        texts.setPassword(getTranslation("admin.login.password"));
        texts.setSubmit(getTranslation("admin.login.submit"));
        texts.setForgotPassword(getTranslation("admin.login.forgot"));
        i18n.setForm(texts);
        var error = new LoginI18n.ErrorMessage();
        error.setTitle(getTranslation("admin.login.error.title"));
        error.setMessage(getTranslation("admin.login.error.message"));
        error.setUsername(getTranslation("admin.login.error.username"));
        error.setPassword(getTranslation("admin.login.error.password"));
        i18n.setErrorMessage(error);
        i18n.setAdditionalInformation(getTranslation("admin.login.information"));
        form.setI18n(i18n);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.login.title") + " – " + getTranslation("admin.title");
    }
}
