package be.werkwinkel.kiosk.reference;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The 3,039 ESCO occupations with their Dutch preferred and alternative labels, ISCO-08 group and
 * description. ESCO – European Skills, Competences, Qualifications and Occupations, © European Union.
 */
@Component
public class EscoOccupations {

    static final String RESOURCE = "reference/esco/occupations_nl.csv";
    /** The same occupations' labels in another language, joined on {@code conceptUri}. */
    static final String LABELS_RESOURCE = "reference/esco/occupation_labels_%s.csv";
    /** The languages besides Dutch whose labels are shipped. */
    public static final List<String> OTHER_LANGUAGES = List.of("fr", "en");

    private final List<Occupation> occupations;
    private final Map<String, Map<String, List<String>>> otherLabels = new LinkedHashMap<>();

    public EscoOccupations() {
        this.occupations = load();
        OTHER_LANGUAGES.forEach(language -> otherLabels.put(language, loadLabels(language)));
    }

    public List<Occupation> all() {
        return occupations;
    }

    /**
     * The labels of every occupation in French or English, preferred label first, by {@code conceptUri};
     * a preferred label naming both forms ("soudeur/soudeuse") is kept as ESCO writes it.
     */
    public Map<String, List<String>> labels(String language) {
        var labels = otherLabels.get(language);
        if (labels == null) {
            throw new IllegalArgumentException("no ESCO labels in " + language);
        }
        return labels;
    }

    /**
     * @param iscoGroup the four-digit ISCO-08 unit group, e.g. {@code 8332}
     * @param altLabels other names of the same occupation ("beenhouwer" for "slager"), one per line in the CSV
     */
    public record Occupation(String uri, String preferredLabel, List<String> altLabels, String iscoGroup,
            String description) {

        public Occupation {
            altLabels = List.copyOf(altLabels);
        }

        /** The preferred label followed by the alternative ones. */
        public List<String> labels() {
            var labels = new ArrayList<String>(altLabels.size() + 1);
            labels.add(preferredLabel);
            labels.addAll(altLabels);
            return labels;
        }
    }

    private static Map<String, List<String>> loadLabels(String language) {
        var result = new LinkedHashMap<String, List<String>>();
        for (var row : ReferenceCsv.read(LABELS_RESOURCE.formatted(language), row -> row)) {
            var labels = new ArrayList<String>();
            labels.add(row.get("preferredLabel").strip());
            Arrays.stream(row.get("altLabels").split("\n")).map(String::strip).filter(label -> !label.isEmpty())
                    .forEach(labels::add);
            result.put(row.get("conceptUri"), List.copyOf(labels));
        }
        return Collections.unmodifiableMap(result);
    }

    private static List<Occupation> load() {
        return ReferenceCsv.read(RESOURCE, row -> new Occupation(row.get("conceptUri"), row.get("preferredLabel").strip(),
                Arrays.stream(row.get("altLabels").split("\n")).map(String::strip).filter(label -> !label.isEmpty())
                        .toList(),
                row.get("iscoGroup").strip(), row.get("description").strip()));
    }
}
