package be.werkwinkel.kiosk.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;

/** The kiosk's big touch button (3.5 rem high, label wraps), with a translated label and an icon. */
public final class BigButton {

    private BigButton() {
    }

    /**
     * @param owner the component whose language the label follows
     * @param id the button's id on the page; empty for none
     */
    public static Button of(Component owner, String key, VaadinIcon icon, String id, Runnable action) {
        var button = new Button(owner.getTranslation(key), icon.create(), click -> action.run());
        if (!id.isEmpty()) {
            button.setId(id);
        }
        button.addClassName("kiosk-big-button");
        return button;
    }

    /** The same button, in the accent colour: the one thing to tap next. */
    public static Button primary(Component owner, String key, VaadinIcon icon, String id, Runnable action) {
        var button = of(owner, key, icon, id, action);
        button.addThemeVariants(ButtonVariant.PRIMARY);
        return button;
    }
}
