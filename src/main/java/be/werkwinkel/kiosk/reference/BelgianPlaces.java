package be.werkwinkel.kiosk.reference;

import be.werkwinkel.kiosk.reference.Place;
import java.text.Normalizer;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Belgian postcodes with place names and coordinates (GeoNames, CC BY 4.0). Looks places up the way
 * a visitor types them: a postcode, or a name in any case, with or without accents or hyphens.
 */
@Component
public class BelgianPlaces {

    static final String RESOURCE = "reference/postcodes/be-postcodes.csv";

    private final List<Place> places;
    private final Map<String, Place> byPostcode;
    private final Map<String, Place> byName;

    public BelgianPlaces() {
        this.places = load();
        var postcodes = new LinkedHashMap<String, Place>();
        var names = new LinkedHashMap<String, Place>();
        for (var place : places) {
            postcodes.putIfAbsent(place.postcode(), place);
            names.putIfAbsent(normalise(place.name()), place);
        }
        this.byPostcode = Collections.unmodifiableMap(postcodes);
        this.byName = Collections.unmodifiableMap(names);
    }

    /** Every row: a postcode may have several names (Brussels in Dutch and French, merged villages). */
    public List<Place> all() {
        return places;
    }

    /** A four-digit postcode, or a place name (the lowest postcode that carries that name). */
    public Optional<Place> find(String postcodeOrName) {
        var typed = postcodeOrName.strip();
        if (typed.matches("\\d{4}")) {
            return Optional.ofNullable(byPostcode.get(typed));
        }
        var leadingPostcode = typed.matches("\\d{4}\\s+.*") ? byPostcode.get(typed.substring(0, 4)) : null;
        if (leadingPostcode != null) {
            return Optional.of(leadingPostcode); // "9000 Gent"
        }
        return Optional.ofNullable(byName.get(normalise(typed)));
    }

    /** The first-listed place of a postcode. */
    public Optional<Place> byPostcode(String postcode) {
        return Optional.ofNullable(byPostcode.get(postcode.strip()));
    }

    /** Lower case, accents and punctuation removed: "Sint-Niklaas" and "sint niklaas" are one name. */
    public static String normalise(String name) {
        var decomposed = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }

    private static List<Place> load() {
        return ReferenceCsv.read(RESOURCE, row -> new Place(row.get("postcode").strip(), row.get("name").strip(),
                Double.parseDouble(row.get("latitude")), Double.parseDouble(row.get("longitude"))));
    }
}
