package io.marketwatch.extract.money;

import io.marketwatch.extract.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds amounts of money in one sentence in one left-to-right pass: at each number it looks back for
 * a currency sign or code and reads forward with a precompiled pattern anchored there.
 *
 * <p>An amount is a number with a currency sign or code before it ("$650 million", "US$1.2bn",
 * "HK$106.1 billion", "CHF 3 billion", "RMB 13.5 billion", "Rs 1,200 crore", "₹4 lakh") and/or a
 * currency noun or code after it ("380 billion yuan", "4.1 trillion won", "1.16 bln euros",
 * "13 bln USD", "5,6 miljarder kronor", "2.5 milliards d'euros", "500 million Hong Kong dollars").
 * Rules:
 * <ul>
 *   <li>numbers: "1,200", Indian "1,11,000", decimals "4.915", a decimal comma "5,6" only before a
 *       scale word; the value is exact ({@code BigDecimal}: 4.915 billion = 4915000000);</li>
 *   <li>scales: thousand/k, lakh, million/mln/mn/m, crore/cr, billion/bln/bn/b, trillion/tn,
 *       "lakh crore" (10^12), milliard(s), miljard(er), miljon(er), Mrd, Mio, also hyphenated
 *       ("$2.5-billion"); single letters only when attached ("£400m", "$1.2bn");</li>
 *   <li>a bare "$" and "¥" take their meaning from the {@link CurrencyContext}; "pounds" needs a scale
 *       word or "sterling" (it may be a weight);</li>
 *   <li>qualifier words just before ("about", "around", "approximately", "roughly", "some", "nearly",
 *       "almost", "close to", "more than", "over", "up to", "at least", "less than", "under", "as much
 *       as", "an estimated" …) are not part of the text; they set {@code approximate};</li>
 *   <li>a conversion right after the amount, in another currency, is attached to it and not reported
 *       on its own: "(around $55 billion)", "(US$3.1 billion)", ", or about $569 million", ", about
 *       700 mln dlrs";</li>
 *   <li>a range shares its scale: in "$400 to $500 million" the first amount is $400 million;</li>
 *   <li>"a share", "per share", "for each share", "each", "apiece", "a month", "per year" … after the
 *       amount set {@code perUnit};</li>
 *   <li>pence ("513p" = GBP 5.13) only in a sentence about shares, prices or pence, and never for a
 *       video resolution (720p, 1080p …); cents ("20 cents") are hundredths of the context's dollar;</li>
 *   <li>round amounts in words: "a billion dollars", "half a billion dollars", "a quarter-billion
 *       dollars", with a scale word and a currency noun.</li>
 * </ul>
 */
public final class MoneyParser {

    private static final String SP = Currencies.SPACE;

    private static final String QUALIFIERS = "just\\s+over|just\\s+under|more\\s+than|less\\s+than|fewer\\s+than"
            + "|close\\s+to|up\\s+to|at\\s+least|at\\s+most|as\\s+much\\s+as|as\\s+little\\s+as|upwards\\s+of"
            + "|in\\s+excess\\s+of|north\\s+of|an\\s+estimated|an\\s+approximate|approximately|approx\\."
            + "|about|around|roughly|some|nearly|almost|over|under|estimated|below|above";

    private static final Pattern AMOUNT = Pattern.compile(
            "(?<![\\p{L}\\p{N}]|\\p{N}[.,])"
            + "(?:(?<pre>" + Currencies.prefixes() + ")" + SP + "?)?"
            + "(?<int>\\d{1,3}(?:,\\d{2})*(?:,\\d{3})+|\\d+)(?![\\d])"
            + "(?:\\.(?<dec>\\d+)|,(?<dcomma>\\d{1,2})(?![\\d,]))?"
            + "(?:(?:" + SP + "|-)?(?<scale>(?i:" + Currencies.scaleWords() + "))(?![\\p{L}\\p{N}])"
            + "|(?<letter>[mbkMBK])(?![\\p{L}\\p{N}]))?"
            + "(?:" + SP + "+(?:(?<adj>(?i:" + Currencies.ADJECTIVES + "))" + SP + "+)?"
            + "(?<noun>(?i:" + Currencies.nouns() + "))(?![\\p{L}])"
            + "|" + SP + "+(?<code>" + Currencies.SUFFIX_CODES + ")(?![\\p{L}]))?");

    private static final Pattern IN_WORDS = Pattern.compile(
            "(?i)(?<![\\p{L}])(?:(?<half>half)" + SP + "+an?" + SP + "+|(?:an?|one)" + SP
            + "+(?:(?<part>half|quarter)(?:-|" + SP + "+))?)"
            + "(?<scale>million|billion|trillion)" + SP + "+(?:(?<adj>(?i:" + Currencies.ADJECTIVES + "))" + SP + "+)?"
            + "(?<noun>(?i:" + Currencies.nouns() + "))(?![\\p{L}])");

    private static final Pattern QUALIFIER = Pattern.compile(
            "(?i)(?<![\\p{L}])(?<q>" + QUALIFIERS + ")" + SP + "+$");

    private static final Pattern CONVERSION_IN_BRACKETS = Pattern.compile(
            SP + "*\\(" + SP + "*(?:(?i:or|" + QUALIFIERS + ")" + SP + "+)?");
    private static final Pattern CONVERSION_CLOSE = Pattern.compile("[^()]{0,40}?\\)");
    private static final Pattern CONVERSION_AFTER_OR = Pattern.compile(
            ",?" + SP + "*(?:or|[–—-])" + SP + "+(?:(?i:" + QUALIFIERS + ")" + SP + "+)?"
            + "|," + SP + "*(?i:about|around|roughly|approximately|some|nearly|almost)" + SP + "+");

    private static final Pattern RANGE_LINK = Pattern.compile(SP + "*(?:to|and|-|–|—)" + SP + "*");

    private static final String UNITS = "share|shares|month|year|week|day|hour|unit|person|head|user|subscriber"
            + "|barrel|ton|tonne|ounce|piece|copy|seat|ticket|night|device|license|licence";
    private static final Pattern PER_UNIT = Pattern.compile(
            "(?i)" + SP + "*(?:in" + SP + "+cash" + SP + "+)?"
            + "(?:(?:a|an|per|each|for" + SP + "+each|for" + SP + "+every)" + SP + "+(?:[\\p{Lu}][\\p{L}-]*" + SP
            + "+){0,2}(?:" + UNITS + ")\\b|for" + SP + "+(?:a|an|one)" + SP + "+(?:month|year|week|day)\\b"
            + "|each\\b|apiece\\b|a" + SP + "+piece\\b|/(?:month|mo|year|yr)\\b)");

    private static final Pattern PENCE_OR_CENTS = Pattern.compile(
            "(?<![\\p{L}\\p{N}$£€¥.,])(?<num>\\d+(?:\\.\\d+)?)(?:(?<pence>p|" + SP + "?pence)|" + SP + "?(?<cents>cents?|¢))"
            + "(?![\\p{L}\\p{N}])");
    private static final Pattern SHARE_TALK = Pattern.compile("(?i)share|stock|price|pence|offer");
    private static final Set<String> RESOLUTIONS = Set.of("240", "360", "480", "576", "720", "1080", "1440",
            "2160", "4320");

    private MoneyParser() {
    }

    /** Whether a word as written is a currency sign or code that goes before a number ("$", "Rs", "CHF"). */
    public static boolean isCurrencySign(String written) {
        return Currencies.PREFIXES.containsKey(written);
    }

    /** @return the amounts in {@code sentence}, left to right; conversions ride on their amount */
    public static List<MoneyMention> find(String sentence, CurrencyContext context) {
        int i = nextNumber(sentence, 0);
        boolean words = sentence.contains("illion");
        if (i < 0 && !words) {
            return List.of();
        }
        List<Found> found = new ArrayList<>();
        Matcher m = AMOUNT.matcher(sentence);
        m.useTransparentBounds(true);
        Matcher small = PENCE_OR_CENTS.matcher(sentence);
        small.useTransparentBounds(true);
        int n = sentence.length();
        while (i >= 0) {
            int next = i + 1;
            int start = currencyStart(sentence, i);
            Found amount = (start < i || wordFollows(sentence, i)) && m.region(start, n).lookingAt()
                    ? amount(m, sentence, context) : null;
            if (amount != null) {
                Found conversion = conversion(sentence, amount, context);
                if (conversion != null) {
                    amount.conversion = conversion;
                }
                found.add(amount);
                next = conversion != null ? conversion.next : amount.end;
            } else if (small.region(i, n).lookingAt()) {
                Found hundredths = penceOrCents(small, sentence, context);
                if (hundredths != null) {
                    found.add(hundredths);
                }
                next = small.end();
            }
            i = nextNumber(sentence, next);
        }
        shareRangeScales(sentence, found);
        if (words) {
            inWords(sentence, context, found);
        }
        List<MoneyMention> mentions = new ArrayList<>(found.size());
        for (Found f : found) {
            mentions.add(mention(sentence, f));
        }
        return mentions;
    }

    /** An amount while it is being read. */
    private static final class Found {
        final BigDecimal number;
        final BigDecimal scale;
        final String currency;
        final int start;
        final int end;
        Found conversion;
        int next;

        Found(BigDecimal number, BigDecimal scale, String currency, int start, int end) {
            this.number = number;
            this.scale = scale;
            this.currency = currency;
            this.start = start;
            this.end = end;
            this.next = end;
        }

        BigDecimal value() {
            return plain(scale == null ? number : number.multiply(scale));
        }
    }

    private static Found amount(Matcher m, String sentence, CurrencyContext context) {
        String currency = null;
        if (m.group("pre") != null) {
            currency = Currencies.prefix(m.group("pre"), context);
        }
        String scaleText = m.group("scale") != null ? m.group("scale") : m.group("letter");
        BigDecimal scale = scaleText == null ? null : Currencies.scale(scaleText);
        if (Currencies.RAND.equals(m.group("pre")) && (m.start("int") != m.end("pre") || scale == null
                && !m.group("int").contains(","))) {
            // "R160 million", "R39,278"; not "R 2" or a model's "R2"
            return null;
        }
        if (m.group("dcomma") != null && scale == null) {
            return null;
        }
        int end = m.end();
        String noun = m.group("noun");
        if (noun != null && Currencies.isBarePound(noun) && scale == null) {
            noun = null;
            end = scaleText != null ? m.end(m.group("scale") != null ? "scale" : "letter")
                    : m.group("dec") != null ? m.end("dec") : m.end("int");
        }
        if (currency == null && noun != null) {
            currency = Currencies.noun(m.group("adj"), noun, context);
        } else if (currency == null && m.group("code") != null) {
            currency = Currencies.prefix(m.group("code"), context);
        }
        if (currency == null) {
            return null;
        }
        String digits = m.group("int").replace(",", "");
        String fraction = m.group("dec") != null ? m.group("dec") : m.group("dcomma");
        BigDecimal number = new BigDecimal(fraction == null ? digits : digits + "." + fraction);
        return new Found(number, scale, currency, m.start(), trimEnd(sentence, m.start(), end));
    }

    /** @return the conversion stated right after {@code amount}, with {@code next} after its bracket */
    private static Found conversion(String sentence, Found amount, CurrencyContext context) {
        Matcher open = CONVERSION_IN_BRACKETS.matcher(sentence).region(amount.end, sentence.length());
        boolean bracket = open.lookingAt();
        if (!bracket) {
            open = CONVERSION_AFTER_OR.matcher(sentence).region(amount.end, sentence.length());
            if (!open.lookingAt()) {
                return null;
            }
        }
        Matcher m = AMOUNT.matcher(sentence).region(open.end(), sentence.length());
        m.useTransparentBounds(true);
        if (!m.lookingAt()) {
            return null;
        }
        Found converted = amount(m, sentence, context);
        if (converted == null || converted.currency.equals(amount.currency)) {
            return null;
        }
        if (bracket) {
            Matcher close = CONVERSION_CLOSE.matcher(sentence).region(converted.end, sentence.length());
            if (!close.lookingAt()) {
                return null;
            }
            converted.next = close.end();
        }
        return converted;
    }

    private static Found penceOrCents(Matcher m, String sentence, CurrencyContext context) {
        BigDecimal hundredths = new BigDecimal(m.group("num")).movePointLeft(2);
        if (m.group("cents") != null) {
            return new Found(hundredths, null, context.dollar(), m.start(), m.end());
        }
        boolean shareTalk = SHARE_TALK.matcher(sentence).find();
        return shareTalk && !RESOLUTIONS.contains(m.group("num"))
                ? new Found(hundredths, null, "GBP", m.start(), m.end()) : null;
    }

    /** @return where the next number starts at or after {@code from} (not inside a number), or -1 */
    private static int nextNumber(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (isDigit(s.charAt(i)) && !continuesNumber(s, i)) {
                return i;
            }
        }
        return -1;
    }

    /** @return whether the digit at {@code i} continues a number ("5" of "45", "6" of "4.6" or "1,600") */
    private static boolean continuesNumber(String s, int i) {
        if (i == 0) {
            return false;
        }
        char before = s.charAt(i - 1);
        return isDigit(before) || (before == '.' || before == ',') && i >= 2 && isDigit(s.charAt(i - 2));
    }

    /** @return the start of a currency sign or code written just before the number at {@code number} */
    private static int currencyStart(String s, int number) {
        int end = number;
        for (int pass = 0; pass < 2 && end > 0; pass++) {
            for (String prefix : Currencies.prefixesEndingWith(s.charAt(end - 1))) {
                int start = end - prefix.length();
                if (start >= 0 && s.startsWith(prefix, start)
                        && (start == 0 || !Character.isLetterOrDigit(s.charAt(start - 1)))) {
                    return start;
                }
            }
            if (!isSpace(s.charAt(end - 1))) {
                break;
            }
            end--;
        }
        return number;
    }

    /**
     * @return whether a letter follows the number at {@code number} (after its digits, separators and
     *         one space): without a currency sign before it, only a scale word or currency noun after it
     *         can make a number money
     */
    private static boolean wordFollows(String s, int number) {
        int i = number;
        while (i < s.length() && (isDigit(s.charAt(i)) || s.charAt(i) == '.' || s.charAt(i) == ',')) {
            i++;
        }
        if (i < s.length() && isSpace(s.charAt(i))) {
            i++;
        }
        return i < s.length() && (Character.isLetter(s.charAt(i)) || s.charAt(i) == '¢');
    }

    /** "half a billion dollars", "a quarter-billion dollars": round amounts in words, in their place among the others. */
    private static void inWords(String sentence, CurrencyContext context, List<Found> found) {
        Matcher m = IN_WORDS.matcher(sentence);
        while (m.find()) {
            String currency = Currencies.noun(m.group("adj"), m.group("noun"), context);
            if (currency == null) {
                continue;
            }
            String part = m.group("half") != null ? "half" : m.group("part");
            BigDecimal number = part == null ? BigDecimal.ONE : part.equalsIgnoreCase("half") ? HALF : QUARTER;
            Found amount = new Found(number, Currencies.scale(m.group("scale")), currency, m.start(), m.end());
            int at = 0;
            while (at < found.size() && found.get(at).start < amount.start) {
                at++;
            }
            found.add(at, amount);
        }
    }

    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final BigDecimal QUARTER = new BigDecimal("0.25");

    /** "$400 to $500 million": the first amount borrows the second's scale. */
    private static void shareRangeScales(String sentence, List<Found> found) {
        for (int i = found.size() - 2; i >= 0; i--) {
            Found low = found.get(i);
            Found high = found.get(i + 1);
            if (low.scale == null && high.scale != null && low.conversion == null
                    && low.currency.equals(high.currency)
                    && RANGE_LINK.matcher(sentence).region(low.end, high.start).matches()) {
                Found scaled = new Found(low.number, high.scale, low.currency, low.start, low.end);
                found.set(i, scaled);
            }
        }
    }

    private static MoneyMention mention(String sentence, Found f) {
        Money amount = new Money(f.value(), f.currency, sentence.substring(f.start, f.end));
        Money conversion = f.conversion == null ? null
                : new Money(f.conversion.value(), f.conversion.currency,
                        sentence.substring(f.conversion.start, f.conversion.end));
        Matcher q = QUALIFIER.matcher(sentence).region(Math.max(0, f.start - 24), f.start);
        q.useTransparentBounds(true);
        String qualifier = q.find() ? q.group("q") : null;
        boolean perUnit = PER_UNIT.matcher(sentence).region(f.next, sentence.length()).lookingAt();
        return new MoneyMention(amount, f.start, f.end, conversion, qualifier != null, perUnit, qualifier);
    }

    private static int trimEnd(String s, int start, int end) {
        int e = end;
        while (e > start && (Character.isWhitespace(s.charAt(e - 1)) || s.charAt(e - 1) == '\u00a0')) {
            e--;
        }
        return e;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u00a0' || c == '\u202f' || c == '\t';
    }

    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
