package be.werkwinkel.kiosk.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.werkwinkel.kiosk.kiosk.HomeTile;
import java.util.List;
import org.junit.jupiter.api.Test;

class HomeTilesTest {

    @Test
    void tiles_stand_in_their_order_with_the_features_still_to_come_in_between() {
        var tiles = HomeView.allTiles(List.of(
                new HomeTile("tile.help", 4, "vaadin:question-circle-o", HelpView.class),
                new HomeTile("tile.vacancies", 1, "vaadin:search", HomeView.class)));

        assertThat(tiles).extracting(HomeView.Tile::key)
                .containsExactly("tile.vacancies", "tile.documents", "tile.appointment", "tile.help");
        assertThat(tiles).filteredOn(tile -> tile.view() == null).extracting(HomeView.Tile::key)
                .containsExactly("tile.documents", "tile.appointment");
    }

    @Test
    void a_contributed_tile_takes_the_place_of_its_coming_soon_tile() {
        var tiles = HomeView.allTiles(List.of(new HomeTile("tile.appointment", 3, "vaadin:calendar-user", HelpView.class)));

        assertThat(tiles).extracting(HomeView.Tile::key).containsExactly("tile.documents", "tile.appointment");
        assertThat(tiles).filteredOn(tile -> tile.key().equals("tile.appointment")).singleElement()
                .extracting(HomeView.Tile::view).isEqualTo(HelpView.class);
    }
}
