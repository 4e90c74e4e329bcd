package be.werkwinkel.kiosk.kiosk;

import com.vaadin.flow.component.Component;

/**
 * A big tile on the home screen, contributed by the feature it leads to as a Spring bean, so
 * that the shell never imports a feature. A feature that is not there has no tile; a tile the
 * shell announces as coming soon disappears as soon as a tile with the same key is contributed.
 *
 * @param key the translation-key prefix ({@code key.title}, {@code key.description}); also the
 *     tile's id on the page, with dots as dashes
 * @param order where the tile stands, smallest first
 * @param icon a Vaadin icon name such as {@code vaadin:search}
 * @param view the screen the tile opens
 */
public record HomeTile(String key, int order, String icon, Class<? extends Component> view) {
}
