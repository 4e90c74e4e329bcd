package be.werkwinkel.kiosk.reference;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The 3,039 ESCO occupations with their Dutch preferred and alternative labels, ISCO-08 group and
 * description. ESCO – European Skills, Competences, Qualifications and Occupations, © European Union.
 */
@Component
public class EscoOccupations {

    static final String RESOURCE = "reference/esco/occupations_nl.csv";

    private final List<Occupation> occupations;

    public EscoOccupations() {
        this.occupations = load();
    }

    public List<Occupation> all() {
        return occupations;
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

    private static List<Occupation> load() {
        return ReferenceCsv.read(RESOURCE, row -> new Occupation(row.get("conceptUri"), row.get("preferredLabel").strip(),
                Arrays.stream(row.get("altLabels").split("\n")).map(String::strip).filter(label -> !label.isEmpty())
                        .toList(),
                row.get("iscoGroup").strip(), row.get("description").strip()));
    }
}
