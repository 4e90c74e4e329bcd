package be.werkwinkel.kiosk.base.ui;

import be.werkwinkel.kiosk.base.KioskSettings;
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
import com.vaadin.flow.server.menu.MenuConfiguration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Home: one big tile per thing a visitor can do here. Features put themselves on it with
 * {@code @Menu(title = "<translation key>", order = …, icon = "vaadin:…")}; the tiles of features
 * that have not landed yet say so and open nothing.
 */
@Route("home")
public final class HomeView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    /** Features still to come, in the place their tile will take; each goes when its view lands. */
    private static final List<Tile> COMING_SOON = List.of(
            new Tile("tile.documents", 2, "vaadin:file-text-o", null),
            new Tile("tile.appointment", 3, "vaadin:calendar-user", null));

    private final KioskSettings settings;
    private final H1 title = new H1();
    private final Div tiles = new Div();

    public HomeView(KioskSettings settings) {
        this.settings = settings;
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
        tiles.removeAll();
        allTiles().forEach(tile -> tiles.add(button(tile)));
    }

    private static List<Tile> allTiles() {
        var all = new ArrayList<Tile>(COMING_SOON);
        MenuConfiguration.getMenuEntries().forEach(entry ->
                all.add(new Tile(entry.title(), entry.order() == null ? 99 : entry.order(), entry.icon(), entry.path())));
        all.sort(Comparator.comparingDouble(Tile::order));
        return all;
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
        if (tile.path() == null) {
            button.getElement().appendChild(new ComingSoonBadge().getElement());
            button.addClassName("kiosk-tile-soon");
            button.addClickListener(click -> explainComingSoon(name.getText()));
        } else {
            button.addClickListener(click -> UI.getCurrent().navigate(tile.path()));
        }
        return button;
    }

    private void explainComingSoon(String feature) {
        new NoticeDialog(feature, getTranslation("tile.comingSoon.explanation"),
                settings.site().staffLocation(getLocale())).open();
    }

    /** One tile: its translation-key prefix, its place, its icon and where it leads (none yet). */
    private record Tile(String key, double order, String icon, @org.jspecify.annotations.Nullable String path) {
    }
}
