package be.werkwinkel.kiosk.vacancy.ingest;

import static be.werkwinkel.kiosk.vacancy.ingest.JsonFields.cut;
import static be.werkwinkel.kiosk.vacancy.ingest.JsonFields.elements;
import static be.werkwinkel.kiosk.vacancy.ingest.JsonFields.plainOrNull;
import static be.werkwinkel.kiosk.vacancy.ingest.JsonFields.text;
import static be.werkwinkel.kiosk.vacancy.ingest.JsonFields.textOf;

import be.werkwinkel.kiosk.vacancy.Sector;
import be.werkwinkel.kiosk.reference.EscoOccupations;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * {@code occupationalCategory} and {@code industry}: the sector (ISCO major group) and the
 * occupation's name. A US O*NET-SOC code ("53-3032 Heavy and Tractor-Trailer Truck Drivers") is
 * not an ISCO code: its text is used, its number ignored.
 */
final class PostingOccupation {

    private static final Pattern ISCO_CODE = Pattern.compile("(\\d{1,4}(?:\\.\\d+)*)(?:\\s*[-–:]\\s*|\\s+|$)(.*)");
    private static final Pattern SOC_CODE = Pattern.compile("(\\d{2}-\\d{4}(?:\\.\\d{2})?)\\s*(.*)");

    private final OccupationMatcher occupations;

    PostingOccupation(EscoOccupations occupations) {
        this.occupations = new OccupationMatcher(occupations);
    }

    private record Category(@Nullable String code, @Nullable String text) {
    }

    record Occupation(@Nullable Sector sector, @Nullable String label) {
    }

    /**
     * The sector from an ISCO code in {@code occupationalCategory} or {@code industry}; otherwise
     * from the ESCO occupation that the category's text, or else the title, names.
     */
    Occupation occupation(JsonNode posting, String title) {
        var categories = categories(posting.get("occupationalCategory"), "occupationalCategory");
        var industries = categories(posting.get("industry"), "industry");
        var coded = Stream.concat(categories.stream(), industries.stream())
                .map(Category::code).filter(Objects::nonNull).findFirst()
                .flatMap(Sector::ofIscoCode).orElse(null);
        var text = categories.stream().map(Category::text).filter(Objects::nonNull).findFirst().orElse(null);
        var esco = text == null ? Optional.<OccupationMatcher.Match>empty() : occupations.match(text);
        if (esco.isEmpty()) {
            esco = occupations.match(title);
        }
        var escoSector = esco.flatMap(match -> Sector.ofIscoCode(match.iscoGroup())).orElse(null);
        var sector = coded != null ? coded : escoSector;
        // the ESCO label only names the occupation when it agrees with the feed's own code
        var label = text != null ? text
                : esco.filter(match -> escoSector != null && escoSector == sector)
                        .map(OccupationMatcher.Match::preferredLabel).orElse(null);
        return new Occupation(sector, cut(label, 300));
    }

    private static List<Category> categories(@Nullable JsonNode value, String field) {
        var result = new ArrayList<Category>();
        for (var element : elements(value)) {
            if (element.isObject() && !element.has("@value")) {
                var code = text(element, "codeValue");
                var name = plainOrNull(text(element, "name"));
                result.add(new Category(code != null && !SOC_CODE.matcher(code).matches() && ISCO_CODE.matcher(code).matches() ? isco(code) : null,
                        name != null ? name : code != null && !ISCO_CODE.matcher(code).matches() ? code : null));
                continue;
            }
            var text = textOf(element, field);
            if (text == null) {
                continue;
            }
            var soc = SOC_CODE.matcher(text);
            if (soc.matches()) {
                result.add(new Category(null, plainOrNull(soc.group(2))));
                continue;
            }
            var parts = ISCO_CODE.matcher(text);
            if (parts.matches() && Character.isDigit(text.charAt(0))) {
                result.add(new Category(isco(parts.group(1)), plainOrNull(parts.group(2))));
            } else {
                result.add(new Category(null, plainOrNull(text)));
            }
        }
        return result;
    }

    private static String isco(String code) {
        var matcher = ISCO_CODE.matcher(code);
        return matcher.matches() ? matcher.group(1) : code;
    }
}
