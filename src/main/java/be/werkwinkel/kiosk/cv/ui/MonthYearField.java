package be.werkwinkel.kiosk.cv.ui;

import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A month picked from a list and a year typed on the number pad: how people remember when a
 * job started. Half filled in (a month without a year) it has no value and says so.
 */
final class MonthYearField extends CustomField<@Nullable YearMonth> {

    private final Select<Month> month = new Select<>();
    private final TextField year = new TextField();

    MonthYearField(String label, String id, Locale locale) {
        setLabel(label);
        setId(id);
        addClassName("cv-month-year");
        month.setItems(Month.values());
        month.setItemLabelGenerator(m -> m == null ? "" : m.getDisplayName(TextStyle.FULL_STANDALONE, locale));
        month.setPlaceholder(getTranslation("cv.month.placeholder"));
        month.setAriaLabel(label + " – " + getTranslation("cv.month"));
        month.setEmptySelectionAllowed(true);
        month.setEmptySelectionCaption(getTranslation("cv.month.placeholder"));
        month.setId(id + "-month");
        month.addClassName("cv-month");
        year.setPlaceholder(getTranslation("cv.year.placeholder"));
        year.setAriaLabel(label + " – " + getTranslation("cv.year"));
        year.setMaxLength(4);
        year.setAllowedCharPattern("[0-9]");
        year.setId(id + "-year");
        year.addClassName("cv-year");
        // the on-screen keyboard opens its number pad for numeric inputs (kiosk-keyboard.ts)
        year.getElement().executeJs("this.inputElement.inputMode = 'numeric';");
        add(month, year);
    }

    /** A month without a year, or a year of fewer than four digits, or a year without a month. */
    boolean incomplete() {
        var hasYear = !year.getValue().isBlank();
        return (month.getValue() != null) != hasYear || (hasYear && year.getValue().length() != 4);
    }

    @Override
    protected @Nullable YearMonth generateModelValue() {
        if (month.getValue() == null || year.getValue().length() != 4) {
            return null;
        }
        return YearMonth.of(Integer.parseInt(year.getValue()), month.getValue());
    }

    @Override
    protected void setPresentationValue(@Nullable YearMonth value) {
        month.setValue(value == null ? null : value.getMonth());
        year.setValue(value == null ? "" : String.valueOf(value.getYear()));
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        month.setReadOnly(readOnly);
        year.setReadOnly(readOnly);
    }
}
