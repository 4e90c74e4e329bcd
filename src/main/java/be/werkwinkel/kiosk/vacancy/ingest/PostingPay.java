package be.werkwinkel.kiosk.vacancy.ingest;

import static be.werkwinkel.kiosk.vacancy.ingest.JsonFields.absent;
import static be.werkwinkel.kiosk.vacancy.ingest.JsonFields.describe;
import static be.werkwinkel.kiosk.vacancy.ingest.JsonFields.elements;
import static be.werkwinkel.kiosk.vacancy.ingest.JsonFields.shorten;
import static be.werkwinkel.kiosk.vacancy.ingest.JsonFields.text;

import be.werkwinkel.kiosk.vacancy.Vacancy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * {@code baseSalary} (with {@code salaryCurrency} beside it): an amount or a range per period. A
 * bare number is a monthly gross amount, the usual way Belgian feeds state a wage. Amounts are
 * read out of text as people write them ("€2.500 bruto", "2.500 - 3.000", "$100,000"); text with
 * no amount ("Negotiable", "marktconform") and an empty {@code QuantitativeValue} give no salary.
 * Every problem here throws {@link RejectedRecord}, which the mapper turns into a note: a salary
 * never costs a vacancy.
 */
final class PostingPay {

    static final BigDecimal MAX_SALARY = new BigDecimal("9999999999.99");

    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final Map<String, String> SYMBOLS = Map.of("€", "EUR", "$", "USD", "£", "GBP", "CHF", "CHF");
    /** An amount with optional thousands separators and decimals: "2.500,50", "100,000", "2500". */
    private static final Pattern AMOUNT = Pattern.compile("\\d{1,3}(?:[.,\\s\\u00A0\\u202F]\\d{3})+(?:[.,]\\d{1,2})?(?!\\d)"
            + "|\\d+(?:[.,]\\d{1,2})?(?!\\d)");

    private PostingPay() {
    }

    static Vacancy.@Nullable Salary salary(JsonNode posting) {
        var amount = elements(posting.get("baseSalary")).stream().findFirst().orElse(null);
        if (amount == null) {
            return null;
        }
        var sideCurrency = text(posting, "salaryCurrency");
        if (!amount.isObject()) {
            var range = range(amount);
            return range == null ? null
                    : salary(range[0], range[1], currency(sideCurrency, textOf(amount)), "MONTH");
        }
        var quantity = amount.get("value");
        var holder = quantity != null && quantity.isObject() ? quantity : amount;
        var single = range(quantity != null && quantity.isObject() ? quantity.get("value") : quantity);
        var minimum = first(range(holder.get("minValue")), single, 0);
        var maximum = first(range(holder.get("maxValue")), single, 1);
        if (minimum == null && maximum == null) {
            throw new RejectedRecord("baseSalary has no amount");
        }
        var currency = currency(Objects.requireNonNullElse(text(amount, "currency"),
                Objects.requireNonNullElse(sideCurrency, "")), textOf(quantity));
        var unitText = Objects.requireNonNullElse(text(holder, "unitText"), Objects.requireNonNullElse(
                text(amount, "unitText"), "MONTH"));
        var unit = Vocabulary.salaryUnit(unitText).orElseThrow(() -> new RejectedRecord(
                "baseSalary unitText '" + shorten(unitText) + "' is not HOUR, DAY, WEEK, MONTH or YEAR"));
        return salary(minimum, maximum, currency, unit);
    }

    private static Vacancy.@Nullable Salary salary(@Nullable BigDecimal minimum, @Nullable BigDecimal maximum,
            String currency, String unit) {
        if (minimum != null && maximum != null && minimum.compareTo(maximum) > 0) {
            throw new RejectedRecord("baseSalary minValue " + minimum + " is above maxValue " + maximum);
        }
        return new Vacancy.Salary(minimum, maximum, currency, unit);
    }

    private static @Nullable BigDecimal first(BigDecimal @Nullable [] own, BigDecimal @Nullable [] single, int end) {
        if (own != null) {
            return own[0];
        }
        return single == null ? null : single[end];
    }

    private static @Nullable String textOf(@Nullable JsonNode value) {
        return value != null && value.isString() ? value.stringValue() : null;
    }

    /** The currency code: given, else a symbol in the amount's text, else euro. */
    private static String currency(@Nullable String given, @Nullable String amountText) {
        var code = given == null || given.isBlank() ? null : given.strip().toUpperCase(Locale.ROOT);
        if (code != null && SYMBOLS.containsKey(code)) {
            code = SYMBOLS.get(code);
        }
        if (code == null && amountText != null) {
            code = SYMBOLS.entrySet().stream().filter(symbol -> amountText.contains(symbol.getKey()))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
        }
        if (code == null) {
            return "EUR";
        }
        if (!CURRENCY.matcher(code).matches()) {
            throw new RejectedRecord("baseSalary currency '" + shorten(code) + "' is not a currency code");
        }
        return code;
    }

    /** One amount as {low, high} (equal), or a range written in text; null when absent or zero. */
    private static BigDecimal @Nullable [] range(@Nullable JsonNode value) {
        if (absent(value)) {
            return null;
        }
        if (value.isNumber()) {
            var amount = checked(value.decimalValue());
            return amount == null ? null : new BigDecimal[] {amount, amount};
        }
        if (!value.isString()) {
            throw new RejectedRecord("baseSalary: expected an amount, got " + describe(value));
        }
        var text = value.stringValue();
        var found = AMOUNT.matcher(text);
        BigDecimal low = null;
        BigDecimal high = null;
        while (found.find()) {
            var amount = checked(parseAmount(found.group()));
            if (amount == null) {
                continue;
            }
            if (low == null) {
                low = amount;
            }
            high = amount;
        }
        if (low == null) {
            throw new RejectedRecord("baseSalary '" + shorten(text) + "' is not an amount");
        }
        return new BigDecimal[] {low, high};
    }

    /** Zero means "not given" in many exports; a negative or absurd amount is an error. */
    private static @Nullable BigDecimal checked(BigDecimal amount) {
        if (amount.signum() == 0) {
            return null;
        }
        if (amount.signum() < 0 || amount.compareTo(MAX_SALARY) > 0) {
            throw new RejectedRecord("baseSalary " + amount.toPlainString() + " is not a plausible amount");
        }
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * "2500", "2500.50", "2.500,50", "2 500", "100,000": a separator followed by exactly three
     * digits groups thousands, one followed by one or two digits marks decimals.
     */
    static BigDecimal parseAmount(String text) {
        var digits = text.replaceAll("[\\s\\u00A0\\u202F]", "");
        var separator = Math.max(digits.lastIndexOf(','), digits.lastIndexOf('.'));
        String whole = digits;
        String decimals = "";
        if (separator >= 0 && digits.length() - separator - 1 != 3) {
            whole = digits.substring(0, separator);
            decimals = digits.substring(separator + 1);
        }
        whole = whole.replaceAll("[.,]", "");
        return new BigDecimal(decimals.isEmpty() ? whole : whole + "." + decimals);
    }
}
