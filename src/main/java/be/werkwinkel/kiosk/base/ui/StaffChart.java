package be.werkwinkel.kiosk.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.List;

/**
 * A bar chart for the staff console (decision 035): Chart.js (MIT) in a small Lit component of our
 * own, no commercial Vaadin component. One series, no meaning in colour alone; the canvas carries a
 * text summary for screen readers, and the screen that shows it must also show its figures as a
 * table. Staff screens only: the kiosk's visitor screens have no charts.
 */
@Tag("staff-chart")
@NpmPackage(value = "chart.js", version = "4.6.1")
@JsModule("./components/staff-chart.ts")
public class StaffChart extends Component {

    private List<String> labels = List.of();
    private List<? extends Number> values = List.of();

    /** @param horizontal bars side by side from the left, for long labels (search words, features) */
    public StaffChart(boolean horizontal) {
        getElement().setProperty("horizontal", horizontal);
    }

    /**
     * Shows these bars.
     *
     * @param seriesLabel what is counted (the tooltip's name for a value)
     * @param summary a sentence that says what the chart shows, read by screen readers
     */
    public void show(List<String> labels, List<? extends Number> values, String seriesLabel, String summary) {
        if (labels.size() != values.size()) {
            throw new IllegalArgumentException("one value per label");
        }
        this.labels = List.copyOf(labels);
        this.values = List.copyOf(values);
        getElement().setPropertyList("labels", this.labels);
        getElement().setPropertyList("values", List.copyOf(values));
        getElement().setProperty("seriesLabel", seriesLabel);
        getElement().setProperty("summary", summary);
    }

    /** The labels shown. */
    public List<String> labels() {
        return labels;
    }

    /** The values shown. */
    public List<Long> values() {
        return values.stream().map(Number::longValue).toList();
    }

    /** The text summary. */
    public String summary() {
        return getElement().getProperty("summary", "");
    }
}
