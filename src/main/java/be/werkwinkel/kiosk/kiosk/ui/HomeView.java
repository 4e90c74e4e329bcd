package be.werkwinkel.kiosk.kiosk.ui;

import be.werkwinkel.kiosk.base.ui.ComingSoonBadge;
import be.werkwinkel.kiosk.base.ui.NoticeDialog;
import be.werkwinkel.kiosk.kiosk.HomeTile;
import be.werkwinkel.kiosk.kiosk.KioskFeature;
import be.werkwinkel.kiosk.kiosk.KioskScreens;
import be.werkwinkel.kiosk.kiosk.KioskSetup;
import be.werkwinkel.kiosk.kiosk.KioskSetupObserver;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Home: one big tile per thing a visitor can do here. Features put themselves on it by
 * contributing a {@link HomeTile} bean; the tiles of features that have not landed yet say so and
 * open nothing, until a feature contributes a tile with the same key. The tile of a feature that is
 * switched off on this kiosk is not there, and goes as soon as staff switch it off.
 */
@Route("home")
@AnonymousAllowed
public final class HomeView extends Div implements LocaleChangeObserver, HasDynamicTitle, KioskSetupObserver {

    /** Features still to come, in the place their tile will take; each goes when its tile is contributed. */
    private static final List<Tile> COMING_SOON = List.of(
            new Tile("tile.documents", 2, "vaadin:file-text-o", null),
            new Tile("tile.appointment", 3, "vaadin:calendar-user", null));

    private final KioskScreens screens;
    private final List<Tile> allTiles;
    private final H1 title = new H1();
    private final Div tiles = new Div();

    public HomeView(KioskScreens screens, List<HomeTile> contributed) {
        this.screens = screens;
        this.allTiles = allTiles(contributed);
        addClassName("kiosk-home");
        tiles.addClassName("kiosk-tiles");
        add(title, tiles);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.pageTitle");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("home.title"));
        showTiles(screens.setup());
    }

    @Override
    public void setupChange(KioskSetup setup) {
        showTiles(setup);
    }

    private void showTiles(KioskSetup setup) {
        tiles.removeAll();
        allTiles.stream()
                .filter(tile -> KioskFeature.ofTile(tile.key()).map(setup::offers).orElse(true))
                .forEach(tile -> tiles.add(button(tile)));
    }

    static List<Tile> allTiles(List<HomeTile> contributed) {
        var all = new ArrayList<Tile>();
        contributed.forEach(tile -> all.add(new Tile(tile.key(), tile.order(), tile.icon(), tile.view())));
        var keys = contributed.stream().map(HomeTile::key).collect(Collectors.toSet());
        COMING_SOON.stream().filter(soon -> !keys.contains(soon.key())).forEach(all::add);
        all.sort(Comparator.comparingInt(Tile::order));
        return List.copyOf(all);
    }

    private Button button(Tile tile) {
        var icon = new Icon(tile.icon());
        icon.addClassName("kiosk-tile-icon");
        var name = new Span(getTranslation(tile.key() + ".title"));
        name.addClassName("kiosk-tile-title");
        var description = new Span(getTranslation(tile.key() + ".description"));
        description.addClassName("kiosk-tile-description");

        var button = new Button();
        button.setId(tile.key().replace('.', '-'));
        button.addClassName("kiosk-tile");
        button.getElement().appendChild(icon.getElement(), name.getElement(), description.getElement());
        if (tile.view() == null) {
            button.getElement().appendChild(new ComingSoonBadge().getElement());
            button.addClassName("kiosk-tile-soon");
            button.addClickListener(click -> explainComingSoon(name.getText()));
        } else {
            var view = tile.view();
            button.addClickListener(click -> UI.getCurrent().navigate(view));
        }
        return button;
    }

    private void explainComingSoon(String feature) {
        new NoticeDialog(feature, getTranslation("tile.comingSoon.explanation"),
                screens.setup().staffLocation(getLocale())).open();
    }

    /** One tile: its translation-key prefix, its place, its icon and where it leads (none yet). */
    record Tile(String key, int order, String icon, @Nullable Class<? extends Component> view) {
    }
}
