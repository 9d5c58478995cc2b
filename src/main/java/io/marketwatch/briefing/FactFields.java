package io.marketwatch.briefing;

import io.marketwatch.extract.InvestmentKind;
import io.marketwatch.extract.InvestmentStatus;
import io.marketwatch.extract.LaunchStatus;
import io.marketwatch.extract.LaunchWindow;
import io.marketwatch.extract.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fields of a fact an editor may fix, how a new value is checked, and how a fix is applied to
 * the briefing's facts. An empty value clears a field that may be empty (an investment's investor).
 */
public final class FactFields {

    public static final String INVESTMENT = "investment";
    public static final String LAUNCH = "launch";

    private static final List<String> INVESTMENT_FIELDS =
            List.of("investor", "recipient", "purpose", "kind", "status", "horizon", "amount", "currency");
    private static final List<String> LAUNCH_FIELDS = List.of("company", "product", "status", "from", "to", "windowText");
    private static final List<String> REQUIRED = List.of("kind", "status", "amount", "currency", "company", "product");

    private FactFields() {
    }

    /** The fields of a kind of fact ({@value #INVESTMENT} or {@value #LAUNCH}). */
    public static List<String> of(String factKind) {
        return LAUNCH.equals(factKind) ? LAUNCH_FIELDS : INVESTMENT_FIELDS;
    }

    /** Why the value cannot go into the field of that kind of fact, or empty when it can. */
    public static Optional<String> problem(String factKind, String field, String value) {
        if (!of(factKind).contains(field)) {
            return Optional.of("unknown field \u201c" + field + "\u201d for an " + factKind + " (known: "
                    + String.join(", ", of(factKind)) + ")");
        }
        if (value.isBlank()) {
            return REQUIRED.contains(field) ? Optional.of(field + " cannot be empty") : Optional.empty();
        }
        return switch (field) {
            case "kind" -> oneOf(field, value, InvestmentKind.values());
            case "status" -> INVESTMENT.equals(factKind) ? oneOf(field, value, InvestmentStatus.values())
                    : oneOf(field, value, LaunchStatus.values());
            case "amount" -> isAmount(value) ? Optional.empty()
                    : Optional.of("amount \u201c" + value + "\u201d is not a positive number");
            case "currency" -> value.matches("[A-Z]{3}") ? Optional.empty()
                    : Optional.of("currency \u201c" + value + "\u201d is not an ISO 4217 code such as USD");
            case "from", "to" -> isDate(value) ? Optional.empty()
                    : Optional.of(field + " \u201c" + value + "\u201d is not a date (YYYY-MM-DD)");
            default -> Optional.empty();
        };
    }

    /** The current value of a field of an investment, as text ("" when empty). */
    public static String value(BriefingInvestment i, String field) {
        Object value = switch (field) {
            case "investor" -> i.investor();
            case "recipient" -> i.recipient();
            case "purpose" -> i.purpose();
            case "kind" -> i.kind();
            case "status" -> i.status();
            case "horizon" -> i.horizon();
            case "amount" -> i.amount().value().stripTrailingZeros().toPlainString();
            case "currency" -> i.amount().currency();
            default -> throw new IllegalArgumentException("not an investment field: " + field);
        };
        return value == null ? "" : value.toString();
    }

    /** The current value of a field of a launch, as text ("" when empty). */
    public static String value(BriefingLaunch l, String field) {
        Object value = switch (field) {
            case "company" -> l.company();
            case "product" -> l.product();
            case "status" -> l.status();
            case "from" -> l.window() == null ? null : l.window().from();
            case "to" -> l.window() == null ? null : l.window().to();
            case "windowText" -> l.windowText();
            default -> throw new IllegalArgumentException("not a launch field: " + field);
        };
        return value == null ? "" : value.toString();
    }

    /** The investment with the fields changed; a new amount or currency is converted to USD with the FX table. */
    static BriefingInvestment fix(BriefingInvestment i, Map<String, String> fields, FxTable fx) {
        Map<String, String> v = new LinkedHashMap<>();
        INVESTMENT_FIELDS.forEach(f -> v.put(f, value(i, f)));
        v.putAll(fields);
        Money amount = i.amount();
        Double usd = i.amountUsd();
        UsdConversion conversion = i.conversion();
        if (fields.containsKey("amount") || fields.containsKey("currency")) {
            amount = new Money(new BigDecimal(v.get("amount")), v.get("currency"), null);
            Money newAmount = amount;
            Optional<Double> rate = "USD".equals(amount.currency()) ? Optional.of(1.0) : fx.rate(amount.currency());
            usd = rate.map(r -> newAmount.value().multiply(BigDecimal.valueOf(r)).doubleValue()).orElse(null);
            conversion = rate.isEmpty() || "USD".equals(amount.currency()) ? null
                    : new UsdConversion(false, rate.get(), fx.date());
        }
        return new BriefingInvestment(empty(v.get("investor")), empty(v.get("recipient")), empty(v.get("purpose")),
                InvestmentKind.valueOf(v.get("kind")), amount, usd, conversion, InvestmentStatus.valueOf(v.get("status")),
                empty(v.get("horizon")), i.articleIds(), i.evidence(), i.outlets(), i.review());
    }

    /** The launch with the fields changed. */
    static BriefingLaunch fix(BriefingLaunch l, Map<String, String> fields) {
        Map<String, String> v = new LinkedHashMap<>();
        LAUNCH_FIELDS.forEach(f -> v.put(f, value(l, f)));
        v.putAll(fields);
        LocalDate from = date(v.get("from"));
        LocalDate to = date(v.get("to"));
        LaunchWindow window = from == null && to == null ? null : new LaunchWindow(from, to);
        return new BriefingLaunch(v.get("company"), v.get("product"), LaunchStatus.valueOf(v.get("status")), window,
                empty(v.get("windowText")), l.articleIds(), l.evidence(), l.outlets(), l.review());
    }

    private static Optional<String> oneOf(String field, String value, Enum<?>[] values) {
        boolean known = Arrays.stream(values).anyMatch(e -> e.name().equals(value));
        return known ? Optional.empty() : Optional.of(field + " \u201c" + value + "\u201d is not one of "
                + String.join(", ", Arrays.stream(values).map(Enum::name).toList()));
    }

    private static boolean isAmount(String value) {
        try {
            return new BigDecimal(value).signum() > 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isDate(String value) {
        try {
            LocalDate.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static LocalDate date(String value) {
        return value == null || value.isBlank() ? null : LocalDate.parse(value);
    }

    private static String empty(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
