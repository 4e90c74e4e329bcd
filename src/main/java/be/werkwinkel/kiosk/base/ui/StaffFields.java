package be.werkwinkel.kiosk.base.ui;

import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Fields of the staff console that look and speak the same on every staff screen: dates and
 * times in the staff member's language (month and day names from {@code java.time}, weeks from
 * Monday, Belgian style), whole numbers with bounds, multiple choice, and a confirmation dialog.
 * Only staff screens use these components (the kiosk's visitor screens have touch-sized ones of
 * their own); they are in the committed frontend bundle.
 */
public final class StaffFields {

    private StaffFields() {
    }

    /** A date picker in this language: names, first day of the week and the day-month-year order. */
    public static DatePicker datePicker(String label, Locale locale) {
        var picker = new DatePicker(label);
        picker.setLocale(locale);
        var i18n = new DatePicker.DatePickerI18n();
        i18n.setMonthNames(Arrays.stream(Month.values())
                .map(month -> month.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList());
        List<String> days = Arrays.stream(new DayOfWeek[] {DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY})
                .map(day -> day.getDisplayName(TextStyle.FULL, locale)).toList();
        i18n.setWeekdays(days);
        i18n.setWeekdaysShort(days.stream().map(day -> day.substring(0, Math.min(2, day.length()))).toList());
        i18n.setFirstDayOfWeek(1);
        i18n.setDateFormat("dd/MM/yyyy");
        picker.setI18n(i18n);
        return picker;
    }

    /** A time picker in this language, 24-hour, every quarter of an hour in its list. */
    public static TimePicker timePicker(String label, Locale locale) {
        var picker = new TimePicker(label);
        picker.setLocale(locale);
        picker.setStep(Duration.ofMinutes(15));
        return picker;
    }

    /** A whole number between two bounds, with buttons to step it. */
    public static IntegerField integerField(String label, int min, int max) {
        var field = new IntegerField(label);
        field.setMin(min);
        field.setMax(max);
        field.setStepButtonsVisible(true);
        return field;
    }

    /** Several choices from a longer list, typed to filter. */
    public static <T> MultiSelectComboBox<T> multiSelect(String label, ItemLabelGenerator<T> labels) {
        var box = new MultiSelectComboBox<T>(label);
        box.setItemLabelGenerator(labels);
        return box;
    }

    /** Several choices from a short list, all in view. */
    public static <T> CheckboxGroup<T> checkboxes(String label, ItemLabelGenerator<T> labels) {
        var group = new CheckboxGroup<T>(label);
        group.setItemLabelGenerator(labels);
        return group;
    }

    /** One choice from a few, all in view (day or week, attended or no-show). */
    public static <T> RadioButtonGroup<T> choice(String label, ItemLabelGenerator<T> labels) {
        var group = new RadioButtonGroup<T>(label);
        group.setItemLabelGenerator(labels);
        return group;
    }

    /** Asks before something that cannot be undone; {@code onConfirm} runs only after "yes". */
    public static ConfirmDialog confirm(String header, String text, String confirm, String cancel, Runnable onConfirm) {
        var dialog = new ConfirmDialog(header, text, confirm, event -> onConfirm.run());
        dialog.setCancelable(true);
        dialog.setCancelText(cancel);
        return dialog;
    }
}
