package be.werkwinkel.kiosk.vacancy.ingest;

import static be.werkwinkel.kiosk.vacancy.ingest.JsonFields.absent;
import static be.werkwinkel.kiosk.vacancy.ingest.JsonFields.cut;
import static be.werkwinkel.kiosk.vacancy.ingest.JsonFields.describe;
import static be.werkwinkel.kiosk.vacancy.ingest.JsonFields.elements;
import static be.werkwinkel.kiosk.vacancy.ingest.JsonFields.plainText;
import static be.werkwinkel.kiosk.vacancy.ingest.JsonFields.shorten;
import static be.werkwinkel.kiosk.vacancy.ingest.JsonFields.text;
import static be.werkwinkel.kiosk.vacancy.ingest.JsonFields.textOf;

import be.werkwinkel.kiosk.reference.Place;
import be.werkwinkel.kiosk.vacancy.Vacancy;
import be.werkwinkel.kiosk.reference.BelgianPlaces;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * {@code jobLocation}, {@code jobLocationType} and {@code applicantLocationRequirements}: where the
 * work is. A job abroad keeps its country and gets no coordinates, so that a Belgian postcode that
 * happens to match its own never places it in Belgium, and a search near a Belgian place never
 * lists it. Remote work ({@code TELECOMMUTE}, or a requirement on where applicants live) is marked.
 */
final class PostingPlaces {

    /** Belgium's rough bounding box: coordinates outside it are a data error, not a Belgian job. */
    static final double MIN_LATITUDE = 49.4;
    static final double MAX_LATITUDE = 51.6;
    static final double MIN_LONGITUDE = 2.5;
    static final double MAX_LONGITUDE = 6.5;
    static final int MAX_OTHER_PLACES = 10;

    private static final Pattern POSTCODE_PREFIX = Pattern.compile("^(?:B|BE)\\s*-?\\s*(?=\\d{4}$)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ADDRESS_LINE = Pattern.compile(
            "^(.*?)[,\\s]*(?:(?:B|BE)-)?\\b(\\d{4})\\s+([^,\\d][^,]*)", Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> COUNTRIES = countries();

    private final BelgianPlaces places;

    PostingPlaces(BelgianPlaces places) {
        this.places = places;
    }

    Vacancy.Location location(JsonNode posting, FieldNotes notes) {
        var all = elements(posting.get("jobLocation"));
        var remote = remote(posting, notes);
        var remoteArea = notes.optional("applicantLocationRequirements",
                () -> areas(posting.get("applicantLocationRequirements")));
        remote = remote || remoteArea != null;
        Vacancy.Location main = Vacancy.Location.NONE;
        var others = new LinkedHashSet<String>();
        for (var i = 0; i < all.size(); i++) {
            var place = all.get(i);
            var read = notes.optional("jobLocation", () -> place(place, notes));
            if (read == null) {
                continue;
            }
            if (main == Vacancy.Location.NONE) {
                main = read;
            } else if (others.size() < MAX_OTHER_PLACES) {
                var name = name(read);
                if (!name.isEmpty() && !name.equals(name(main))) {
                    others.add(name);
                }
            }
        }
        return new Vacancy.Location(main.postcode(), main.locality(), main.streetAddress(), main.latitude(),
                main.longitude(), main.country(), remote, remoteArea, List.copyOf(others));
    }

    private static boolean remote(JsonNode posting, FieldNotes notes) {
        List<String> types = notes.optional("jobLocationType", () -> JsonFields.texts(posting.get("jobLocationType"),
                "jobLocationType"), List.<String>of());
        return Objects.requireNonNull(types).stream().anyMatch(type -> type.equalsIgnoreCase("TELECOMMUTE"));
    }

    private static @Nullable String areas(@Nullable JsonNode value) {
        var names = new LinkedHashSet<String>();
        for (var element : elements(value)) {
            var name = element.isObject() && !element.has("@value") ? plainText(element, "name")
                    : JsonFields.plainOrNull(textOf(element, "applicantLocationRequirements"));
            if (name != null) {
                names.add(name);
            }
        }
        return names.isEmpty() ? null : cut(String.join(", ", names), 200);
    }

    private static String name(Vacancy.Location location) {
        return String.join(" ", Objects.requireNonNullElse(location.postcode(), ""),
                Objects.requireNonNullElse(location.locality(), "")).strip();
    }

    private Vacancy.Location place(JsonNode place, FieldNotes notes) {
        if (!place.isObject() && !place.isString()) {
            throw new RejectedRecord("jobLocation: expected a Place, got " + describe(place));
        }
        var address = place.isString() ? place : elements(place.get("address")).stream().findFirst().orElse(null);
        String postcode = null;
        String locality = null;
        String street = null;
        String country = null;
        if (address != null && address.isObject()) {
            postcode = notes.optional("postalCode", () -> postcode(text(address, "postalCode")));
            locality = cut(plainText(address, "addressLocality"), 200);
            street = cut(plainText(address, "streetAddress"), 300);
            country = notes.optional("addressCountry", () -> country(address.get("addressCountry"), notes));
        } else if (address != null) {
            var line = HtmlText.plain(Objects.requireNonNullElse(textOf(address, "address"), ""));
            var parts = ADDRESS_LINE.matcher(line);
            if (parts.find()) {
                street = cut(parts.group(1).strip(), 300);
                postcode = parts.group(2);
                locality = cut(parts.group(3).strip(), 200);
            } else {
                locality = cut(line, 200);
            }
            street = street == null || street.isEmpty() ? null : street;
            locality = locality == null || locality.isEmpty() ? null : locality;
        }
        if (country != null) {
            // abroad: no Belgian lookup, no coordinates, so no "near" search can list it
            return new Vacancy.Location(postcode, locality, street, null, null, country, false, null, List.of());
        }
        var geo = place.isObject() && place.get("geo") != null && place.get("geo").isObject() ? place.get("geo") : place;
        var coordinates = place.isObject() ? notes.optional("geo", () -> coordinates(geo)) : null;
        if (coordinates == null) {
            coordinates = placeOf(postcode, locality).map(found -> new double[] {found.latitude(), found.longitude()})
                    .orElse(null);
        }
        return new Vacancy.Location(postcode, locality, street, coordinates == null ? null : coordinates[0],
                coordinates == null ? null : coordinates[1]);
    }

    private static @Nullable String postcode(@Nullable String raw) {
        if (raw == null) {
            return null;
        }
        var postcode = POSTCODE_PREFIX.matcher(raw.strip()).replaceFirst("");
        if (postcode.length() > 10) {
            throw new RejectedRecord("postalCode '" + shorten(postcode) + "' is longer than 10 characters");
        }
        return postcode;
    }

    /** The ISO code of a country other than Belgium; null for Belgium or when none is given. */
    private static @Nullable String country(@Nullable JsonNode value, FieldNotes notes) {
        var first = elements(value).stream().findFirst().orElse(null);
        if (first == null) {
            return null;
        }
        var text = first.isObject() && !first.has("@value")
                ? Objects.requireNonNullElse(text(first, "identifier"), Objects.requireNonNullElse(text(first, "name"), ""))
                : Objects.requireNonNullElse(textOf(first, "addressCountry"), "");
        if (text.isBlank()) {
            return null;
        }
        var code = countryCode(text);
        if (code.isEmpty()) {
            notes.note("addressCountry '" + shorten(text) + "' is not a country known here; read as Belgium");
            return null;
        }
        return code.get().equals("BE") ? null : code.get();
    }

    /** "BE", "BEL", "Belgium", "België", "Belgique", "Belgien", "UK": the ISO 3166 two-letter code. */
    static Optional<String> countryCode(String text) {
        return Optional.ofNullable(COUNTRIES.get(OccupationMatcher.normalise(text)));
    }

    private static Map<String, String> countries() {
        var names = new HashMap<String, String>();
        var languages = List.of(Locale.ENGLISH, Locale.of("nl"), Locale.FRENCH, Locale.GERMAN);
        for (var code : Locale.getISOCountries()) {
            var country = Locale.of("", code);
            names.put(OccupationMatcher.normalise(code), code);
            try {
                names.put(OccupationMatcher.normalise(country.getISO3Country()), code);
            } catch (java.util.MissingResourceException e) {
                // a few codes have no three-letter form
            }
            for (var language : languages) {
                names.putIfAbsent(OccupationMatcher.normalise(country.getDisplayCountry(language)), code);
            }
        }
        for (var alias : List.of("uk", "great britain", "england", "scotland", "wales")) {
            names.put(alias, "GB");
        }
        names.put("usa", "US");
        names.put("vlaanderen", "BE");
        names.put("wallonie", "BE");
        names.put("belgie", "BE");
        return Map.copyOf(names);
    }

    /**
     * The feed's coordinates when they lie in Belgium (swapped ones are put right); null when
     * there are none or they lie elsewhere, so that the postcode's coordinates are used instead: a
     * wrong pin is a common slip that should not cost the whole vacancy.
     */
    private static double @Nullable [] coordinates(JsonNode geo) {
        var latitude = coordinate(geo, "latitude");
        var longitude = coordinate(geo, "longitude");
        if (latitude == null || longitude == null) {
            return null;
        }
        if (inBelgium(latitude, longitude)) {
            return new double[] {latitude, longitude};
        }
        return inBelgium(longitude, latitude) ? new double[] {longitude, latitude} : null;
    }

    static boolean inBelgium(double latitude, double longitude) {
        return latitude >= MIN_LATITUDE && latitude <= MAX_LATITUDE && longitude >= MIN_LONGITUDE
                && longitude <= MAX_LONGITUDE;
    }

    private static @Nullable Double coordinate(JsonNode geo, String field) {
        var value = geo.get(field);
        if (absent(value)) {
            return null;
        }
        double number;
        if (value.isNumber()) {
            number = value.doubleValue();
        } else if (value.isString()) {
            try {
                number = Double.parseDouble(value.stringValue().strip().replace(',', '.'));
            } catch (NumberFormatException e) {
                throw new RejectedRecord("geo " + field + " '" + shorten(value.stringValue()) + "' is not a number");
            }
        } else {
            throw new RejectedRecord("geo " + field + ": expected a number, got " + describe(value));
        }
        if (!Double.isFinite(number)) {
            throw new RejectedRecord("geo " + field + " is not a finite number");
        }
        return number;
    }

    private Optional<Place> placeOf(@Nullable String postcode, @Nullable String locality) {
        var byPostcode = postcode == null ? Optional.<Place>empty() : places.byPostcode(postcode);
        return byPostcode.isPresent() || locality == null ? byPostcode : places.find(locality);
    }
}
