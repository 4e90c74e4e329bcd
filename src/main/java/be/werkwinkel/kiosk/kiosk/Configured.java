package be.werkwinkel.kiosk.kiosk;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.nodefeature.VirtualChildrenList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Components that follow this kiosk's configuration live, without code of their own: a print
 * button that is there only while printing is on, a link to another feature that is there only
 * while that feature is on. They take the configuration of the page they are on when they are
 * attached, and the shell updates them on every open page when staff change it.
 *
 * <p>The shell keeps the configuration a page follows on its {@link UI} ({@link #follow}); a page
 * and everything on it always shows one configuration, the one it was last given on its own
 * thread.
 */
public final class Configured {

    /** When a component is shown. */
    private record ShownWhen(Predicate<KioskSetup> test) {
    }

    private Configured() {
    }

    /** This print button (or anything that prints) is hidden while printing is off on this kiosk. */
    public static <C extends Component> C onlyWhilePrinting(C component) {
        return shownWhen(component, KioskSetup::printing);
    }

    /** This component (a button leading to the feature, a part about it) is hidden while the feature is off. */
    public static <C extends Component> C onlyWith(KioskFeature feature, C component) {
        return shownWhen(component, setup -> setup.offers(feature));
    }

    /** The configuration this page follows; empty before the shell gave it one (not a kiosk page). */
    public static Optional<KioskSetup> current(UI ui) {
        return Optional.ofNullable(ComponentUtil.getData(ui, KioskSetup.class));
    }

    /**
     * For the shell, on the page's UI thread: the page follows this configuration from now on;
     * every component on it that is shown conditionally is shown or hidden accordingly, and every
     * {@link KioskSetupObserver} on it is told, unless the page already followed exactly this one.
     */
    public static void follow(UI ui, KioskSetup setup) {
        var before = ComponentUtil.getData(ui, KioskSetup.class);
        ComponentUtil.setData(ui, KioskSetup.class, setup);
        if (setup.equals(before)) {
            return;
        }
        // collected first: an observer may redraw itself, and what it adds follows the setup on attach
        var components = new ArrayList<Component>();
        collect(ui.getElement(), components);
        for (var component : components) {
            var shown = ComponentUtil.getData(component, ShownWhen.class);
            if (shown != null) {
                component.setVisible(shown.test().test(setup));
            }
        }
        if (before != null) {
            components.stream().filter(KioskSetupObserver.class::isInstance).map(KioskSetupObserver.class::cast)
                    .filter(observer -> ((Component) observer).getUI().isPresent())
                    .forEach(observer -> observer.setupChange(setup));
        }
    }

    /**
     * Every component in the page, with those in virtual children: a dialog's header and footer
     * (Flow has no public accessor for them; {@code ComponentUtil.findComponents} stops at the first
     * component of a branch).
     */
    private static void collect(Element element, List<Component> into) {
        element.getComponent().ifPresent(into::add);
        element.getChildren().forEach(child -> collect(child, into));
        var node = element.getNode();
        if (node.hasFeature(VirtualChildrenList.class)) { // not on text nodes
            node.getFeatureIfInitialized(VirtualChildrenList.class)
                    .ifPresent(virtual -> virtual.forEachChild(child -> collect(Element.get(child), into)));
        }
    }

    private static <C extends Component> C shownWhen(C component, Predicate<KioskSetup> test) {
        var shown = new ShownWhen(test);
        ComponentUtil.setData(component, ShownWhen.class, shown);
        apply(component, shown, component.getUI().flatMap(Configured::current).orElse(null));
        component.addAttachListener(attach -> apply(component, shown, current(attach.getUI()).orElse(null)));
        return component;
    }

    private static void apply(Component component, ShownWhen shown, @Nullable KioskSetup setup) {
        if (setup != null) {
            component.setVisible(shown.test().test(setup));
        }
    }
}
