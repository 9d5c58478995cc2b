package io.marketwatch.extract.investment;

import io.marketwatch.extract.InvestmentFact;
import io.marketwatch.extract.InvestmentKind;
import io.marketwatch.extract.InvestmentStatus;
import io.marketwatch.extract.Money;
import io.marketwatch.extract.company.Companies;
import io.marketwatch.extract.money.CurrencyContext;
import io.marketwatch.extract.money.MoneyMention;
import io.marketwatch.extract.money.MoneyParser;
import io.marketwatch.extract.phrase.Lexicon;
import io.marketwatch.extract.phrase.ParsedSentence;
import io.marketwatch.extract.time.DateMention;
import io.marketwatch.extract.time.DatePhrases;
import io.marketwatch.extract.time.HorizonPhrases;
import io.marketwatch.extract.time.Tense;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the investments of an article: every amount of money (MoneyParser) that a deal, round or
 * spending word makes an investment and no trap word makes a result, valuation, price, running
 * total or hypothetical figure. The body is read before the title, and an amount stated twice
 * (same currency, within 2%) is one investment. Stateless and thread-safe.
 */
public final class InvestmentFinder {

    private static final double SAME_AMOUNT = 0.02;

    private final AmountJudge judge;

    /** With the model shipped in the jar. */
    public InvestmentFinder() {
        this(AmountJudge.shipped());
    }

    /** With {@code judge} deciding which amounts are investments. */
    public InvestmentFinder(AmountJudge judge) {
        this.judge = judge;
    }

    public List<InvestmentFact> find(List<ParsedSentence> sentences, Companies companies,
                                     CurrencyContext currencies, LocalDate published) {
        List<Candidate> found = new ArrayList<>();
        List<Candidate> trapped = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            ParsedSentence s = sentences.get(i);
            if (!s.title() && !s.heading()) {
                read(sentences, i, companies, currencies, published, found, trapped);
            }
        }
        for (int i = 0; i < sentences.size(); i++) {
            if (sentences.get(i).title()) {
                read(sentences, i, companies, currencies, published, found, trapped);
            }
        }
        List<InvestmentFact> out = new ArrayList<>();
        for (Candidate c : found) {
            if (c.premium && found.stream().anyMatch(o -> o != c && !o.premium && o.fact.kind() == c.fact.kind()
                    && o.fact.amount().currency().equals(c.fact.amount().currency()))) {
                continue;
            }
            out.add(c.fact);
        }
        return out;
    }

    /**
     * Every amount of the article's body as the rules read it, with the features the model judges
     * it by: what {@code marketwatch train} labels against the gold facts.
     */
    public List<AmountCandidate> candidates(List<ParsedSentence> sentences, Companies companies,
                                            CurrencyContext currencies) {
        List<AmountCandidate> out = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            ParsedSentence s = sentences.get(i);
            if (!s.title() && !s.heading()) {
                ParsedSentence next = i + 1 < sentences.size() ? sentences.get(i + 1) : null;
                for (Reading r : readings(s, companies, currencies, next)) {
                    boolean reportable = r.named() && r.mayBeAdmitted();
                    out.add(new AmountCandidate(r.mention().amount(), r.usd(), r.features(), reportable, r.rulesAccept()));
                }
            }
        }
        return out;
    }

    /**
     * The investments of one sentence: the amounts the judge accepts among those the rules give a
     * kind and a party. An amount the body already showed to be something else (a valuation, a
     * price) is not an investment in the title either.
     */
    private void read(List<ParsedSentence> sentences, int i, Companies companies, CurrencyContext currencies,
                      LocalDate published, List<Candidate> found, List<Candidate> trapped) {
        ParsedSentence s = sentences.get(i);
        ParsedSentence next = i + 1 < sentences.size() ? sentences.get(i + 1) : null;
        for (Reading r : readings(s, companies, currencies, next)) {
            MoneyMention m = r.mention();
            Double usd = r.usd();
            boolean accepted = r.named() && judge.accepts(r.features(), r.rulesAccept(), r.mayBeAdmitted());
            if (!accepted) {
                if (r.trap() != null) {
                    trapped.add(new Candidate(new InvestmentFact(null, null, null, InvestmentKind.other, m.amount(),
                            usd, InvestmentStatus.rumored, null, s.text()), false));
                }
                continue;
            }
            if (s.title() && trapped.stream().anyMatch(c -> same(c.fact, m.amount(), usd))) {
                continue;
            }
            AmountContext ctx = r.context();
            Parties parties = r.parties();
            if (found.stream().anyMatch(c -> same(c.fact, m.amount(), usd) && (s.title() || !otherDeal(c.fact, parties))
                    || s.title() && sameFigure(c.fact.amount(), m.amount()))) {
                continue;
            }
            if (DealParts.isPart(s, next, ctx, m.amount(), usd, parties, found.stream().map(Candidate::fact).toList())) {
                continue;
            }
            InvestmentKind kind = ctx.kind() == InvestmentKind.capex && parties.recipient() != null
                    ? InvestmentKind.stake : ctx.kind();
            InvestmentStatus status = status(s, ctx.amountToken(), kind, published);
            InvestmentFact fact = new InvestmentFact(parties.investor(), parties.recipient(),
                    Purposes.of(s, ctx, parties), kind, m.amount(), usd,
                    status, horizon(sentences, i, status == InvestmentStatus.announced).orElse(null), s.text());
            found.add(new Candidate(fact, ctx.isPremium(s)));
        }
    }

    /** Each amount of the sentence that does not restate the one before, read by the rules. */
    private static List<Reading> readings(ParsedSentence s, Companies companies, CurrencyContext currencies,
                                          ParsedSentence next) {
        List<MoneyMention> mentions = MoneyParser.find(s.text(), currencies);
        List<MoneyMention> amounts = new ArrayList<>();
        MoneyMention previous = null;
        for (MoneyMention parsed : mentions) {
            boolean restated = previous != null && restates(s.text(), previous, parsed);
            previous = parsed;
            if (!restated) {
                amounts.add(rangeFrom(s.text(), parsed));
            }
        }
        List<Reading> out = new ArrayList<>();
        for (MoneyMention m : amounts) {
            AmountContext ctx = AmountContext.of(s, m, amounts, companies.mentionsIn(s.index()));
            String trap = ctx.trap(s, m);
            if (trap == null) {
                trap = AmountHead.trap(s, ctx, companies.mentionsIn(s.index()));
            }
            Parties parties = ctx.kind() == null ? null : Parties.of(s, ctx, companies, next);
            Double usd = usd(m);
            out.add(new Reading(s, m, ctx, usd, trap, parties, mentions.size()));
        }
        return out;
    }

    /** What makes an amount the price of one share: "a share", "per share", "for each share", "a unit". */
    private static final Pattern SHARE_PRICE = Pattern.compile(
            "\\s*(?:a|an|per|for each|each)\\s+(?:ordinary\\s+|common\\s+|class [a-z]\\s+)?(?:share|shares|unit|ADS|ADR)\\b",
            Pattern.CASE_INSENSITIVE);

    /** One amount as the rules read it, in a sentence of {@code amounts} amounts. */
    private record Reading(ParsedSentence sentence, MoneyMention mention, AmountContext context, Double usd,
                           String trap, Parties parties, int amounts) {

        /** What the model judges it by, computed only when asked. */
        List<String> features() {
            return AmountFeatures.of(sentence, mention, context, trap, parties, usd, amounts);
        }

        /** The rules give it a kind and at least one party. */
        boolean named() {
            return parties != null && (parties.investor() != null || parties.recipient() != null);
        }

        /** The rules alone would report it. */
        boolean rulesAccept() {
            return trap == null && named();
        }

        /**
         * A deal that did not happen is no investment whatever the model says (FACTS), nor is the price
         * of one share ("105.60 dlrs a share"; "$500 million a year" and "22.5 mln ringgit each" may be).
         */
        boolean mayBeAdmitted() {
            return !AmountHead.DID_NOT_HAPPEN.equals(trap) && !(mention.perUnit() && sharePrice());
        }

        private boolean sharePrice() {
            String text = sentence.text();
            return mention.end() <= text.length() && SHARE_PRICE.matcher(text.substring(mention.end())).lookingAt();
        }
    }

    /**
     * Whether {@code m} only restates the amount before it: the upper end of a range ("$16 billion to
     * $18 billion", "between 14.5 bln and 15.5 bln USD", "$8.5-$9.6 billion") or the same deal put
     * another way ("$24.25 billion, or about $22.7 billion net of tax benefits").
     */
    static boolean restates(String text, MoneyMention previous, MoneyMention m) {
        if (previous.end() > m.start()) {
            return false;
        }
        String between = text.substring(previous.end(), m.start()).strip().toLowerCase(Locale.ROOT);
        return RANGE_LINKS.contains(between) || between.startsWith(", or ") && between.length() <= 20
                || between.equals(", or")
                || between.equals("and") && text.substring(0, previous.start()).toLowerCase(Locale.ROOT).stripTrailing()
                        .endsWith("between");
    }

    private static final Set<String> RANGE_LINKS = Set.of("to", "-", "\u2013", "\u2014", "and up to");

    /**
     * "27 bln to 29 bln USD", "14.5-15.5 billion euros": a range whose first figure carries no
     * currency of its own is one amount at its first figure, with the range as its text.
     */
    static MoneyMention rangeFrom(String text, MoneyMention m) {
        String lead = text.substring(Math.max(0, m.start() - 40), m.start());
        Matcher before = RANGE_START.matcher(lead);
        if (!before.find()) {
            // "between 3.4 bln and 4.6 bln dlrs"
            before = BETWEEN_START.matcher(lead);
        }
        Matcher upper = LEADING_NUMBER.matcher(m.amount().text());
        if (!before.find(0) || !upper.lookingAt()) {
            return m;
        }
        String scale = before.group(2);
        if (scale != null && !scale.equalsIgnoreCase(upper.group(2) == null ? "" : upper.group(2))) {
            return m;
        }
        BigDecimal first = new BigDecimal(before.group(1).replace(",", ""));
        BigDecimal last = new BigDecimal(upper.group(1).replace(",", ""));
        if (last.signum() == 0 || first.compareTo(last) >= 0) {
            return m;
        }
        int start = m.start() - (before.end() - before.start(1));
        BigDecimal value = m.amount().value().multiply(first).divide(last, MathContext.DECIMAL64);
        Money amount = new Money(value.setScale(0, RoundingMode.HALF_UP), m.amount().currency(),
                text.substring(start, m.end()));
        return new MoneyMention(amount, start, m.end(), null, m.approximate(), m.perUnit(), m.qualifier());
    }

    private static final Pattern RANGE_START = Pattern.compile(
            "(\\d[\\d,]*(?:\\.\\d+)?)\\s*(bln|billion|bn|mln|million|mn|trln|trillion|crore|lakh)?\\s*(?:to|-|\u2013)\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BETWEEN_START = Pattern.compile(
            "between\\s+(\\d[\\d,]*(?:\\.\\d+)?)\\s*(bln|billion|bn|mln|million|mn|trln|trillion|crore|lakh)?\\s*and\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LEADING_NUMBER = Pattern.compile(
            "(\\d[\\d,]*(?:\\.\\d+)?)\\s*(bln|billion|bn|mln|million|mn|trln|trillion|crore|lakh)?",
            Pattern.CASE_INSENSITIVE);

    /** The article's own USD figure: the amount itself, or its stated conversion. */
    private static Double usd(MoneyMention m) {
        if (m.amount().currency().equals("USD")) {
            return m.amount().value().doubleValue();
        }
        Money conversion = m.conversion();
        return conversion != null && conversion.currency().equals("USD") ? conversion.value().doubleValue() : null;
    }

    /** "Didi will invest $1 billion in Uber … Apple invested $1 billion in Didi": two payers, two payees. */
    private static boolean otherDeal(InvestmentFact fact, Parties parties) {
        return fact.investor() != null && parties.investor() != null && !fact.investor().equals(parties.investor())
                && fact.recipient() != null && parties.recipient() != null && !fact.recipient().equals(parties.recipient());
    }

    private static boolean same(InvestmentFact fact, Money amount, Double usd) {
        if (fact.amount().currency().equals(amount.currency()) && close(fact.amount().value(), amount.value())) {
            return true;
        }
        return usd != null && fact.amountUsd() != null
                && close(BigDecimal.valueOf(usd), BigDecimal.valueOf(fact.amountUsd()));
    }

    /**
     * A headline's "42 billion crowns" and the body's "42 billion Danish crowns": the same figure
     * with the same currency word, read as two currencies only because the headline says less.
     */
    private static boolean sameFigure(Money body, Money title) {
        String[] a = body.text().split("\\s+");
        String[] b = title.text().split("\\s+");
        return close(body.value(), title.value()) && a[a.length - 1].equalsIgnoreCase(b[b.length - 1]);
    }

    private static boolean close(BigDecimal a, BigDecimal b) {
        double x = a.doubleValue();
        double y = b.doubleValue();
        return Math.abs(x - y) <= SAME_AMOUNT * Math.max(Math.abs(x), Math.abs(y));
    }

    /**
     * Rumoured when others report it; planned when a spending intention is stated; announced when
     * a deal is agreed but not closed; completed when it closed or is dated in the past (a weekday
     * of the last week is the announcement's date, not the deal's; a date in an aside before the
     * amount dates what the aside describes: "Corus, created by the 1999 merger of …, agreed to be
     * acquired for …").
     */
    static InvestmentStatus status(ParsedSentence s, int amount, InvestmentKind kind, LocalDate published) {
        int n = s.tokens().size();
        boolean deal = kind == InvestmentKind.acquisition || kind == InvestmentKind.stake;
        if (s.find(Lexicon.RUMOR_WORDS, 0, n) >= 0) {
            return InvestmentStatus.rumored;
        }
        if (!deal && s.find(Lexicon.PLAN_WORDS, 0, n) >= 0) {
            return InvestmentStatus.planned;
        }
        boolean past = false;
        for (DateMention d : DatePhrases.find(s.text(), published)) {
            past |= d.tense() == Tense.PAST && d.window().to() != null
                    && d.window().to().isBefore(published.minusDays(7)) && !s.inAside(s.tokenAt(d.start()), amount);
        }
        if (past) {
            return InvestmentStatus.completed;
        }
        if (completed(s)) {
            return InvestmentStatus.completed;
        }
        if (s.find(Lexicon.ANNOUNCEMENT_WORDS, 0, n) >= 0 || deal && s.find(Lexicon.PLAN_WORDS, 0, n) >= 0) {
            return InvestmentStatus.announced;
        }
        return kind == InvestmentKind.capex ? InvestmentStatus.planned
                : kind == InvestmentKind.funding ? InvestmentStatus.completed : InvestmentStatus.announced;
    }

    /** A word of completion not put in the future ("was acquired", not "will be acquired"). */
    private static boolean completed(ParsedSentence s) {
        int n = s.tokens().size();
        for (int k = s.find(Lexicon.COMPLETION_WORDS, 0, n); k >= 0; k = s.find(Lexicon.COMPLETION_WORDS, k + 1, n)) {
            if (!(s.lower(k - 1).equals("be") && FUTURE_BEFORE_BE.contains(s.lower(k - 2)))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> FUTURE_BEFORE_BE = Set.of("will", "would", "shall", "to", "could", "may", "might");

    /** The time frame in the sentence, else in a later sentence about closing the deal. */
    private static Optional<String> horizon(List<ParsedSentence> sentences, int i, boolean pending) {
        Optional<String> here = HorizonPhrases.find(sentences.get(i).text());
        if (here.isPresent() || sentences.get(i).title() || !pending) {
            return here;
        }
        for (int k = i + 1; k < Math.min(sentences.size(), i + 4); k++) {
            String text = sentences.get(k).text().toLowerCase(Locale.ROOT);
            if (text.contains("complet") || text.contains("close")) {
                Optional<String> later = HorizonPhrases.find(sentences.get(k).text());
                if (later.isPresent()) {
                    return later;
                }
            }
        }
        return Optional.empty();
    }

    private record Candidate(InvestmentFact fact, boolean premium) {
    }
}
