package be.werkwinkel.kiosk.reference;

import be.werkwinkel.kiosk.reference.Place;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Belgian postcodes with place names and coordinates (GeoNames, CC BY 4.0). Looks places up the way
 * a visitor types them: a postcode, or a name in any case, with or without accents or hyphens, in
 * either official language or in English ("Gand", "Anvers", "Ghent" are Gent and Antwerpen).
 *
 * <p>The postcode list also holds codes that are organisations, not places (parliaments, the VRT,
 * NATO, remailing centres, large users): those are left out, so they are never shown as a
 * vacancy's place nor accepted as a visitor's. A few of its names have a particle glued to the word
 * before it ("Brainele-Château"); those are repaired, or dropped where the list has the name right.
 */
@Component
public class BelgianPlaces {

    static final String RESOURCE = "reference/postcodes/be-postcodes.csv";
    /**
     * Official names of each municipality in the other language (Statbel) and common English names,
     * with the municipality's postcode.
     */
    static final String OTHER_NAMES = "reference/places/other-names.csv";
    /** Names of organisations and services that have their own postcode. */
    private static final Pattern ORGANISATION = Pattern.compile(
            "^[\\p{Lu}\\d. \\-]+$|(?i)parlement|conseil|commission|commiss\\.|chambre|s[eé]nat|\\braad\\b"
                    + "|administrative|organisations|press cent|postcheque|remailing|promo-control|cargovil|brucargo"
                    + "|\\bspf\\b|\\bfod\\b|forces belges|\\bu\\.e\\.|\\botan\\b|\\bnato\\b");
    /** "Brainele-Château": a particle glued to the word before it. */
    private static final Pattern GLUED = Pattern.compile("^([^\\s-]{4,}?)(la|le|sur|en|lez|les|aux|sous)-(\\p{Lu})");

    private final List<Place> places;
    private final Map<String, Place> byPostcode;
    private final Map<String, Place> byName;

    public BelgianPlaces() {
        this.places = clean(load());
        var postcodes = new LinkedHashMap<String, Place>();
        var names = new LinkedHashMap<String, Place>();
        for (var place : places) {
            postcodes.putIfAbsent(place.postcode(), place);
            names.putIfAbsent(normalise(place.name()), place);
        }
        // several places may share the name ("Aalst" near Sint-Truiden and the town): the one whose
        // postcode is nearest the municipality's own is meant
        var sameName = new LinkedHashMap<String, List<Place>>();
        places.forEach(place -> sameName.computeIfAbsent(normalise(place.name()), name -> new ArrayList<>()).add(place));
        for (var row : ReferenceCsv.read(OTHER_NAMES, row -> List.of(row.get("postcode"), row.get("name"),
                row.get("other")))) {
            var postcode = Integer.parseInt(row.get(0).strip());
            sameName.getOrDefault(normalise(row.get(1)), List.of()).stream()
                    .min(Comparator.comparingInt(place -> Math.abs(Integer.parseInt(place.postcode()) - postcode)))
                    .ifPresent(place -> names.putIfAbsent(normalise(row.get(2)), place));
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

    /** "Sint-Niklaas" and "sint niklaas" are one name; see {@link PlainText#normalise}. */
    public static String normalise(String name) {
        return PlainText.normalise(name);
    }

    /** Without organisations, with glued particles repaired and the duplicates that leaves dropped. */
    static List<Place> clean(List<Place> rows) {
        var result = new ArrayList<Place>();
        var seen = new HashSet<String>();
        for (var row : rows) {
            if (ORGANISATION.matcher(row.name()).find()) {
                continue;
            }
            var name = GLUED.matcher(row.name()).replaceFirst("$1-$2-$3");
            if (seen.add(row.postcode() + " " + normalise(name).replace(" ", ""))) {
                result.add(name.equals(row.name()) ? row : new Place(row.postcode(), name, row.latitude(), row.longitude()));
            }
        }
        return List.copyOf(result);
    }

    private static List<Place> load() {
        return ReferenceCsv.read(RESOURCE, row -> new Place(row.get("postcode").strip(), row.get("name").strip(),
                Double.parseDouble(row.get("latitude")), Double.parseDouble(row.get("longitude"))));
    }
}
