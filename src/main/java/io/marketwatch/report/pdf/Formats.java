package io.marketwatch.report.pdf;

import io.marketwatch.briefing.DatePeriod;
import io.marketwatch.extract.LaunchWindow;
import io.marketwatch.extract.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/** How the PDF writes dates, counts and money: short, as an analyst would in a research note. */
final class Formats {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter LONG_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
    private static final Map<String, String> SYMBOLS = Map.of("USD", "$", "EUR", "€", "GBP", "£", "JPY", "¥",
            "CNY", "CN¥", "KRW", "₩", "INR", "₹", "HKD", "HK$");
    private static final String[] SUFFIXES = {"", "k", "m", "bn", "tn"};

    private Formats() {
    }

    /** "2 Apr 2025"; "undated" for null. */
    static String date(LocalDate date) {
        return date == null ? "undated" : DAY.format(date);
    }

    /** "2 April 2025". */
    static String longDate(LocalDate date) {
        return LONG_DAY.format(date);
    }

    /** "Apr 2025". */
    static String month(YearMonth month) {
        return MONTH.format(month);
    }

    /** "4 Apr 2023 – 1 Apr 2025", with open ends written out. */
    static String period(DatePeriod period) {
        if (period == null || period.from() == null && period.to() == null) {
            return "no dated articles";
        }
        if (period.from() == null) {
            return "up to " + date(period.to());
        }
        if (period.to() == null || period.from().equals(period.to())) {
            return (period.to() == null ? "from " : "") + date(period.from());
        }
        return date(period.from()) + " – " + date(period.to());
    }

    /** "1,234". */
    static String count(long n) {
        return String.format(Locale.ENGLISH, "%,d", n);
    }

    /** "$55bn", "$2.79bn", "$412m": three significant figures at most. */
    static String usd(double amount) {
        return "$" + compact(BigDecimal.valueOf(amount));
    }

    /** The amount with its currency's sign, compact: "₩4.1tn", "CN¥380bn", "SEK 5.6bn". */
    static String money(Money money) {
        String symbol = SYMBOLS.get(money.currency());
        return (symbol != null ? symbol : money.currency() + " ") + compact(money.value());
    }

    /** "1 KRW = 0.00068 USD". */
    static String rate(String currency, double usdPerUnit) {
        return "1 " + currency + " = " + decimal(usdPerUnit) + " USD";
    }

    /** A rate to four significant figures, plain: "0.00068", "1.04". */
    static String decimal(double value) {
        return new BigDecimal(value, new MathContext(4)).stripTrailingZeros().toPlainString();
    }

    /** A launch window as a period: "Apr 2025", "Q3 2025", "by 30 Apr 2025", "1 Apr – 15 May 2025". */
    static String window(LaunchWindow window) {
        if (window == null || window.from() == null && window.to() == null) {
            return "no date";
        }
        LocalDate from = window.from();
        LocalDate to = window.to();
        if (from == null) {
            return "by " + date(to);
        }
        if (to == null) {
            return "from " + date(from);
        }
        if (from.equals(to)) {
            return date(from);
        }
        if (from.getDayOfMonth() == 1 && to.equals(YearMonth.from(to).atEndOfMonth())) {
            return wholeMonths(from, to);
        }
        return from.getYear() == to.getYear()
                ? DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH).format(from) + " – " + date(to)
                : date(from) + " – " + date(to);
    }

    private static String wholeMonths(LocalDate from, LocalDate to) {
        YearMonth first = YearMonth.from(from);
        YearMonth last = YearMonth.from(to);
        if (first.equals(last)) {
            return month(first);
        }
        if (first.getYear() == last.getYear()) {
            if (first.getMonthValue() == 1 && last.getMonthValue() == 12) {
                return String.valueOf(first.getYear());
            }
            if ((first.getMonthValue() - 1) % 3 == 0 && last.getMonthValue() == first.getMonthValue() + 2) {
                return "Q" + ((first.getMonthValue() + 2) / 3) + " " + first.getYear();
            }
            if ((first.getMonthValue() == 1 || first.getMonthValue() == 7) && last.getMonthValue() == first.getMonthValue() + 5) {
                return "H" + (first.getMonthValue() == 1 ? 1 : 2) + " " + first.getYear();
            }
            return first.format(DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH)) + " – " + month(last);
        }
        return month(first) + " – " + month(last);
    }

    private static String compact(BigDecimal value) {
        BigDecimal scaled = value.abs();
        int step = 0;
        while (scaled.compareTo(BigDecimal.valueOf(1000)) >= 0 && step < SUFFIXES.length - 1) {
            scaled = scaled.movePointLeft(3);
            step++;
        }
        BigDecimal rounded = scaled.round(new MathContext(3));
        if (rounded.compareTo(BigDecimal.valueOf(1000)) >= 0 && step < SUFFIXES.length - 1) {
            rounded = rounded.movePointLeft(3).round(new MathContext(3));
            step++;
        }
        String digits = step == 0 ? rounded.setScale(0, RoundingMode.HALF_UP).toPlainString()
                : rounded.stripTrailingZeros().toPlainString();
        return (value.signum() < 0 ? "-" : "") + digits + SUFFIXES[step];
    }
}
