package io.marketwatch.extract.investment;

import io.marketwatch.extract.InvestmentKind;
import io.marketwatch.extract.money.MoneyMention;
import io.marketwatch.extract.phrase.Lexicon;
import io.marketwatch.extract.phrase.ParsedSentence;
import io.marketwatch.extract.phrase.Token;
import io.marketwatch.extract.phrase.WordList;
import io.marketwatch.extract.time.CalendarWords;
import io.marketwatch.extract.company.CompanyMention;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The words around one amount of a sentence: the clause it stands in, the cue that makes it an
 * investment of some kind, and the traps that make it something else (a result, a valuation, a
 * price, a running total, a hypothetical figure).
 *
 * @param amountToken first token of the amount
 * @param afterToken  first token after the amount and its conversion in brackets
 * @param clauseStart first token of its clause
 * @param clauseEnd   token just after its clause
 * @param cueToken    first token of the investment cue, or -1
 * @param kind        the kind the cue says, or null when there is no cue
 */
record AmountContext(int amountToken, int afterToken, int clauseStart, int clauseEnd, int cueToken,
                     InvestmentKind kind) {

    private static final Set<String> CLAUSE_BREAKS = Set.of(";");
    private static final Set<String> TRAP_SCAN_STOPS = Set.of(",", ";", "and", "plus", "while", "but", "(");
    private static final Set<String> VALUE_VERBS = Set.of("values", "valuing", "valued", "value", "valuation");
    private static final Set<String> QUALIFIERS = Set.of(
            "about", "around", "roughly", "some", "nearly", "almost", "approximately", "over", "more", "than",
            "up", "to", "at", "least", "close", "just", "under");
    private static final BigDecimal SMALLEST_DEAL = BigDecimal.valueOf(1_000_000);
    private static final Set<String> PAST_SPENDING_MARKS = Set.of("since", "developing", "so", "already", "date");

    /**
     * @param amounts the sentence's amounts, {@code m} among them: a stake word belongs to the
     *                amount on its side of any other ("raised $500 million, and Z paid $62 million
     *                for 7% of it": only the second is a stake)
     */
    static AmountContext of(ParsedSentence s, MoneyMention m, List<MoneyMention> amounts, List<CompanyMention> mentions) {
        int amount = s.tokenAt(m.start());
        int after = s.tokenFrom(m.end());
        if (m.conversion() != null && s.lower(after).equals("(")) {
            int k = after;
            while (k < s.tokens().size() && !s.lower(k).equals(")")) {
                k++;
            }
            after = Math.min(k + 1, s.tokens().size());
        }
        int start = amount;
        while (start > 0 && !CLAUSE_BREAKS.contains(s.lower(start - 1))) {
            start--;
        }
        int own = ownClauseStart(s, start, amount, mentions);
        int end = after;
        while (end < s.tokens().size() && !CLAUSE_BREAKS.contains(s.lower(end))) {
            end++;
        }
        int cue = -1;
        InvestmentKind kind = null;
        int stake = s.find(Lexicon.STAKE_WORDS, start, end);
        while (stake >= 0 && anotherAmountBetween(s, amounts, amount, stake)) {
            stake = s.find(Lexicon.STAKE_WORDS, stake + 1, end);
        }
        boolean raised = governs(s, RAISING, amount);
        int acquisition = nearest(s, Lexicon.ACQUISITION_WORDS, start, end, amount);
        int funding = nearestFunding(s, start, end, amount, raised);
        int capex = nearestSpending(s, start, end, amount);
        if (stake >= 0 && !raised) {
            kind = InvestmentKind.stake;
            cue = firstOf(acquisition, capex, stake);
        } else {
            int best = Integer.MAX_VALUE;
            int[] cues = {acquisition, funding, capex};
            InvestmentKind[] kinds = {InvestmentKind.acquisition, InvestmentKind.funding, InvestmentKind.capex};
            WordList[] lists = {Lexicon.ACQUISITION_WORDS, Lexicon.FUNDING_WORDS, Lexicon.CAPEX_WORDS};
            for (int k = 0; k < cues.length; k++) {
                int distance = distance(cues[k], amount);
                if (cues[k] >= 0 && distance < best) {
                    best = distance;
                    kind = kinds[k];
                    // the parties hang on the clause's first word of that kind ("bought X in a deal worth …")
                    // unless the amount qualifies a cue with an object of its own ("its $970 million takeover of Y")
                    int first = s.find(lists[k], start, amount);
                    boolean ownDeal = cues[k] == after && (s.lower(after + 1).equals("of") || s.lower(after + 1).equals("for"));
                    cue = first >= 0 && !ownDeal ? first : cues[k];
                }
            }
        }
        if (kind == null && facilityAfter(s, after)) {
            // "broke ground on a $4 billion factory campus": the amount is what the works cost to build
            kind = InvestmentKind.capex;
            cue = after;
        }
        int put = kind == null ? putInto(s, start, amount, after) : -1;
        if (put >= 0) {
            // "agreed to put 605 bln yen into Nissan": money put into something is spent on it
            kind = InvestmentKind.capex;
            cue = put;
        }
        int putIn = kind == null ? putIn(s, start, amount) : -1;
        if (putIn >= 0) {
            // "M&G Catalyst Fund put in $50 million": one backer's part
            kind = InvestmentKind.stake;
            cue = putIn;
        }
        if (kind == null && goesInto(s, after)) {
            // "Another 1.1 bln dlrs will go into a new engine facility": the amount is spent on what it goes into
            kind = InvestmentKind.capex;
            cue = after;
        }
        if (own > start) {
            // the cue may stand before the amount's own clause ("… round, while X put in $50 million"):
            // it still says what the money is, but the parties are the own clause's
            if (cue < own && kind == InvestmentKind.funding) {
                // "… round, while X contributed $50 million": one backer's part of a round is a stake
                kind = InvestmentKind.stake;
            }
            int ownCue = kind == InvestmentKind.acquisition ? s.find(Lexicon.ACQUISITION_WORDS, own, amount) : -1;
            // "… against X, which bought Y for $N": the own clause's buying verb, when it has one
            cue = cue >= own ? cue : ownCue;
        }
        return new AmountContext(amount, after, own, end, cue, kind);
    }

    private static boolean anotherAmountBetween(ParsedSentence s, List<MoneyMention> amounts, int amount, int word) {
        for (MoneyMention other : amounts) {
            int at = s.tokenAt(other.start());
            if (at > amount && at < word || at < amount && at > word) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the amount's own clause starts when a clause with a company subject of its own opens
     * between the sentence's start and the amount: "X agreed to buy Y for $53 billion, two weeks
     * after Z agreed its $59.5 billion takeover of W", "X will put ¥180 billion in, and Z will invest
     * ¥700 billion". The subordinator or the comma before "and"/"but" opens it.
     */
    private static int ownClauseStart(ParsedSentence s, int start, int amount, List<CompanyMention> mentions) {
        for (int k = amount - 1; k > start; k--) {
            int antecedent = relativeAntecedent(s, k, amount, mentions);
            if (antecedent > start) {
                return antecedent;
            }
            boolean opens = SUBCLAUSE_OPENERS.contains(s.lower(k))
                    || COORDINATORS.contains(s.lower(k)) && s.lower(k - 1).equals(",")
                    || openRelative(s, k, amount)
                    || RELATIVE_THAT.contains(s.lower(k)) && PREPOSITION_BEFORE_RELATIVE.contains(s.lower(k - 1))
                    || s.lower(k).equals(",") && hasNumberBetween(s, start, k) && dealVerbAfterSubject(s, k + 1, amount, mentions);
            if (opens && subjectFollows(s, k + 1, amount, mentions)) {
                return k + 1;
            }
        }
        return start;
    }

    /** ", which Amazon bought for $13.7 billion": a relative clause still open at the amount. */
    private static boolean openRelative(ParsedSentence s, int k, int amount) {
        if (!RELATIVES.contains(s.lower(k)) || !s.lower(k - 1).equals(",")) {
            return false;
        }
        for (int j = k + 1; j < amount; j++) {
            if (s.lower(j).equals(",")) {
                return false;
            }
        }
        return true;
    }

    /**
     * "… with Walmart, which bought control of Flipkart for $16 billion", "… and Microsoft, which
     * invested $100 million in the company": a relative clause whose own verb is the deal word has
     * the company before its comma as subject. The first token of that company, or -1.
     */
    private static int relativeAntecedent(ParsedSentence s, int relative, int amount, List<CompanyMention> mentions) {
        if (!RELATIVES.contains(s.lower(relative)) || !s.lower(relative - 1).equals(",")) {
            return -1;
        }
        int verb = relative + 1;
        while (verb < amount && RELATIVE_AUXILIARIES.contains(s.lower(verb))) {
            verb++;
        }
        boolean dealVerb = verb < amount && (Lexicon.ACQUISITION_WORDS.matchAt(s.tokens(), verb) > 0
                || Lexicon.CAPEX_WORDS.matchAt(s.tokens(), verb) > 0 || Lexicon.FUNDING_WORDS.matchAt(s.tokens(), verb) > 0);
        if (!dealVerb) {
            return -1;
        }
        for (CompanyMention m : mentions) {
            if (m.toToken() == relative - 1 && !m.possessive()) {
                return m.fromToken();
            }
        }
        return -1;
    }

    /** "an agreement under which X will buy …": the relative's clause has a subject of its own. */
    private static final Set<String> PREPOSITION_BEFORE_RELATIVE = Set.of("under", "by", "through", "in");

    /** Pronouns that open a relative clause about the company before their comma (", which …"). */
    static final Set<String> RELATIVES = Set.of("which", "who", "that");
    /** The relative pronouns of a thing ("the €75 million that AXA paid", "…, which values the company at"). */
    static final Set<String> RELATIVE_THAT = Set.of("that", "which");
    private static final Set<String> RELATIVE_AUXILIARIES = Set.of(
            "has", "have", "had", "will", "would", "also", "then", "later", "earlier", "agreed", "to", "plans", "planned");

    /** A company named within a few words after {@code from} and before the amount, as a clause's subject. */
    private static boolean subjectFollows(ParsedSentence s, int from, int amount, List<CompanyMention> mentions) {
        for (CompanyMention m : mentions) {
            if (m.fromToken() >= from && m.fromToken() <= from + SUBJECT_REACH && m.toToken() < amount) {
                for (int k = from; k < m.fromToken(); k++) {
                    // a time phrase may stand before the subject (", and on Tuesday X said …")
                    boolean word = s.isRunningText(k) || CalendarWords.isMonthOrWeekday(s.lower(k));
                    if (!word || s.lower(k).equals(",") && k > from) {
                        return false;
                    }
                }
                return !OBJECT_LEADS.contains(s.lower(m.fromToken() - 1));
            }
        }
        return false;
    }

    private static boolean hasNumberBetween(ParsedSentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (s.token(k).kind() == Token.Kind.NUMBER) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Apple invested $1 billion in Didi last month, General Motors put $500 million into Lyft": a
     * clause joined by a comma alone, whose company subject stands right after the comma and is
     * followed at once by a verb of money.
     */
    private static boolean dealVerbAfterSubject(ParsedSentence s, int from, int amount, List<CompanyMention> mentions) {
        for (CompanyMention m : mentions) {
            if (m.fromToken() == from && !m.possessive()) {
                int verb = m.toToken();
                if (s.lower(verb).equals("also") || s.lower(verb).equals("has") || s.lower(verb).equals("had")) {
                    verb++;
                }
                return verb < amount && (PUT.contains(s.lower(verb)) || Lexicon.CAPEX_WORDS.matchAt(s.tokens(), verb) > 0
                        || Lexicon.ACQUISITION_WORDS.matchAt(s.tokens(), verb) > 0
                        || Lexicon.FUNDING_WORDS.matchAt(s.tokens(), verb) > 0);
            }
        }
        return false;
    }

    private static final Set<String> SUBCLAUSE_OPENERS = Set.of(
            "after", "before", "while", "whereas", "when", "although", "though", "whilst", "since", "because", "once");
    private static final Set<String> COORDINATORS = Set.of("and", "but", "while");
    private static final Set<String> OBJECT_LEADS = Set.of("of", "in", "for", "from", "to", "by", "with", "into");
    private static final int SUBJECT_REACH = 4;

    /**
     * The funding word nearest to the amount; a raising verb counts only when it governs the amount
     * ("raised $40 million"), not when it raises something else ("raised its forecast to $6.5 billion").
     */
    private static int nearestFunding(ParsedSentence s, int from, int to, int amount, boolean raised) {
        int best = -1;
        for (int k = s.find(Lexicon.FUNDING_WORDS, from, to); k >= 0; k = s.find(Lexicon.FUNDING_WORDS, k + 1, to)) {
            boolean raisingElse = RAISING.contains(s.lower(k)) && !(raised && k < amount)
                    && !(k > amount && s.lower(k - 1).equals("be"));
            // "the Destiny series", "a series of deals": a series is a round only by its letter ("series B")
            boolean otherSeries = s.lower(k).equals("series") && !roundLetter(s, k + 1);
            if (!raisingElse && !otherSeries && (best < 0 || distance(k, amount) < distance(best, amount))) {
                best = k;
            }
        }
        for (int k = Math.max(0, from); k < Math.min(to, s.tokens().size()); k++) {
            // "a $40 million Series B": a round named in capitals, which running-text words miss
            if (isNamedRound(s, k) && (best < 0 || distance(k, amount) < distance(best, amount))) {
                best = k;
            }
        }
        return best;
    }

    /** "Series B", "Series A-1": the name of a funding round. */
    private static boolean isNamedRound(ParsedSentence s, int k) {
        return s.token(k).text().equals("Series") && roundLetter(s, k + 1);
    }

    private static boolean roundLetter(ParsedSentence s, int k) {
        return s.token(k) != null && s.token(k).text().matches("[A-Ha-h](-?\\d)?\\+?");
    }

    /** "its $100 billion Vision Fund": the amount sizes a fund named right after it. */
    private boolean namedFundAfter(ParsedSentence s) {
        for (int k = afterToken; k < Math.min(clauseEnd, afterToken + FUND_NAME_REACH); k++) {
            if (s.lower(k).equals("fund") || s.lower(k).equals("funds")) {
                return true;
            }
            if (!s.token(k).isCapitalised()) {
                return false;
            }
        }
        return false;
    }

    private static final int FUND_NAME_REACH = 4;

    /** "put" right before the amount (a qualifier may come between) and "into"/"in" right after it, or -1. */
    private static int putInto(ParsedSentence s, int start, int amount, int after) {
        int k = amount - 1;
        while (k > start && (QUALIFIERS.contains(s.lower(k)) || PUT_QUALIFIERS.contains(s.lower(k))) && amount - k <= 3) {
            k--;
        }
        int into = after;
        if (s.lower(into).equals("of")) {
            // "put about 492 mln dlrs of new capital into Genentech"
            into++;
            while (into < after + CAPITAL_WORDS && s.token(into) != null && s.token(into).isWord()
                    && !s.lower(into).equals("into")) {
                into++;
            }
        }
        return PUT.contains(s.lower(k)) && (s.lower(into).equals("into") || s.lower(into).equals("in")) ? k : -1;
    }

    private static final int CAPITAL_WORDS = 4;
    private static final int PUT_IN_REACH = 3;

    /** The token before the amount past its qualifiers ("about", "more than"), at most {@code reach} back. */
    private static int pastQualifiers(ParsedSentence s, int amount, int floor, int reach) {
        int k = amount - 1;
        while (k > floor && QUALIFIERS.contains(s.lower(k)) && amount - k <= reach) {
            k--;
        }
        return k;
    }

    /** "put in" right before the amount ("Naspers alone put in about $100 million"), or -1. */
    private static int putIn(ParsedSentence s, int start, int amount) {
        int k = pastQualifiers(s, amount, start, PUT_IN_REACH);
        return s.lower(k).equals("in") && PUT.contains(s.lower(k - 1)) && k - 1 > start ? k - 1 : -1;
    }

    /**
     * The amount as the subject of "go into" or "go to" ("About Rs 5,900 crore will go into the cement
     * business", "$8.1 billion will go to the cracker") or of "is for" a works noun.
     */
    private static boolean goesInto(ParsedSentence s, int after) {
        int k = after;
        if (s.lower(k).equals("will") || s.lower(k).equals("would")) {
            k++;
        }
        if (GO.contains(s.lower(k))) {
            return GO_INTO.contains(s.lower(k + 1));
        }
        if (BE_FOR.contains(s.lower(k)) && s.lower(k + 1).equals("for")) {
            for (int j = k + 2; j < k + 2 + FOR_WORKS_REACH && s.token(j) != null && s.token(j).isWord(); j++) {
                if (FACILITIES.contains(s.lower(j))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final Set<String> GO = Set.of("go", "goes", "went", "going");
    private static final Set<String> GO_INTO = Set.of("into", "to", "toward", "towards");
    private static final Set<String> BE_FOR = Set.of("is", "was", "are", "were");
    private static final int FOR_WORKS_REACH = 4;

    /**
     * A works noun right after the amount, or after one word ("$4 billion factory campus", "$2 bln chip
     * plant"), or after a name of two ("the R$9.1 billion Puma II expansion").
     */
    private static boolean facilityAfter(ParsedSentence s, int after) {
        Token first = s.token(after);
        Token second = s.token(after + 1);
        return FACILITIES.contains(s.lower(after))
                || first != null && first.isWord() && FACILITIES.contains(s.lower(after + 1))
                || first != null && second != null && first.isCapitalised()
                && (second.isCapitalised() || second.kind() == Token.Kind.NUMBER) && FACILITIES.contains(s.lower(after + 2));
    }

    private static final Set<String> FACILITIES = Set.of(
            "factory", "plant", "campus", "facility", "refinery", "smelter", "fab", "mine", "terminal", "port",
            "complex", "gigafactory", "hub", "warehouse", "project", "expansion");
    private static final Set<String> PUT = Set.of("put", "puts", "putting");
    private static final Set<String> PUT_QUALIFIERS = Set.of("a", "further", "another", "an", "additional", "extra");

    /** The match of {@code list} nearest to the amount; words before it count as nearer. */
    private static int nearest(ParsedSentence s, WordList list, int from, int to, int amount) {
        int best = -1;
        for (int k = s.find(list, from, to); k >= 0; k = s.find(list, k + 1, to)) {
            if (best < 0 || distance(k, amount) < distance(best, amount)) {
                best = k;
            }
        }
        return best;
    }

    /**
     * The capital-spending word nearest the amount, past a gerund that only describes a noun after
     * an article ("valuing the building materials group at …"; "the building of a plant" still spends).
     */
    private static int nearestSpending(ParsedSentence s, int from, int to, int amount) {
        int best = -1;
        for (int k = s.find(Lexicon.CAPEX_WORDS, from, to); k >= 0; k = s.find(Lexicon.CAPEX_WORDS, k + 1, to)) {
            boolean modifier = s.lower(k).endsWith("ing") && DealRoles.ARTICLES.contains(s.lower(k - 1))
                    && !s.lower(k + 1).equals("of");
            if (!modifier && (best < 0 || distance(k, amount) < distance(best, amount))) {
                best = k;
            }
        }
        return best;
    }

    private static int distance(int cue, int amount) {
        return cue < amount ? amount - cue : cue - amount + 3;
    }

    /** Whether one of the words stands just before the amount ("raised $40 million"). */
    private static boolean governs(ParsedSentence s, Set<String> words, int amount) {
        return s.anyBefore(amount, 4, words::contains);
    }

    private static final Set<String> RAISING = Set.of("raised", "raises", "raise", "raising");

    /** The earliest of the positions that were found (a stake is often "invest … for a stake"). */
    private static int firstOf(int... positions) {
        int best = -1;
        for (int p : positions) {
            if (p >= 0 && (best < 0 || p < best)) {
                best = p;
            }
        }
        return best;
    }

    /** Why the amount is not an investment, or null when nothing says so. */
    String trap(ParsedSentence s, MoneyMention m) {
        if (m.perUnit()) {
            return "price per unit";
        }
        if (isPlainPrice(m)) {
            return "a price, not a deal";
        }
        // "the 860 mln dlrs that Northwest Airlines paid": a price paid, whatever the words before it
        int scanFloor = paidInRelative(s) ? amountToken : Math.max(clauseStart, amountToken - 6);
        for (int k = amountToken - 1; k >= scanFloor; k--) {
            if (TRAP_SCAN_STOPS.contains(s.lower(k)) && k < amountToken - 2) {
                break;
            }
            int length = s.isRunningText(k) ? Lexicon.AMOUNT_TRAPS.matchAt(s.tokens(), k) : 0;
            if (length > 0 && k + length <= amountToken && !isDealValue(s, k)) {
                return "result, price or balance: " + s.span(k, k + length - 1);
            }
        }
        if (Lexicon.AMOUNT_TRAPS_AFTER.matchAt(s.tokens(), afterToken) > 0 || payoutAfter(s) || debtAfter(s)) {
            return "result or valuation after the amount";
        }
        if (isValuation(s)) {
            return "valuation";
        }
        if (namedFundAfter(s)) {
            return "size of a fund";
        }
        if (s.find(Lexicon.HYPOTHETICAL_WORDS, clauseStart, amountToken) >= 0) {
            return "hypothetical or denied";
        }
        if (isRunningTotal(s) || raisedInAll(s)) {
            return "running total";
        }
        if (isPartPaidWith(s)) {
            return "part of a price";
        }
        if (lostRightBefore(s)) {
            return "a loss";
        }
        if (addedToAnEconomy(s)) {
            return "a contribution to an economy";
        }
        if (raisedToPayForADeal(s)) {
            return "financing, not an investment";
        }
        for (int k = afterToken; k < Math.min(clauseEnd, afterToken + 7); k++) {
            boolean rightsIssue = s.lower(k).equals("rights") && RIGHTS_ISSUES.contains(s.lower(k + 1));
            if ((FINANCING.contains(s.lower(k)) || rightsIssue) && !WITH_DEBT.contains(s.lower(k - 1))) {
                // "a deal valued at $14.9 billion including debt" is the price of the deal
                return "financing, not an investment";
            }
        }
        if (s.find(Lexicon.PART_WORDS, clauseStart, amountToken) >= 0) {
            return "part of a sum";
        }
        if (isPastSpending(s)) {
            return "cost of something already built";
        }
        return null;
    }

    /**
     * "has now raised $1.3 billion since it was founded", "bringing its total to $40 billion": the
     * running-total words stand before the amount, or after it with no later figure they lead to.
     */
    private boolean isRunningTotal(ParsedSentence s) {
        if (severalRoundsAfter(s)) {
            return true;
        }
        int phrase = s.find(Lexicon.RUNNING_TOTALS, clauseStart, clauseEnd);
        if (phrase < 0) {
            return false;
        }
        if (phrase < amountToken) {
            return true;
        }
        for (int k = phrase; k < clauseEnd; k++) {
            if (s.token(k).kind() == Token.Kind.NUMBER && !CalendarWords.isYear(s.token(k).text())) {
                return false;
            }
        }
        return true;
    }

    /**
     * "has raised about $1.2 billion in all", "raised a combined 640 mln dlrs", "has raised roughly
     * $750 million from outside investors in total": money raised, summed over rounds or companies.
     */
    private boolean raisedInAll(ParsedSentence s) {
        if (s.lower(amountToken - 1).equals("combined")) {
            return true;
        }
        if (!governs(s, RAISING, amountToken)) {
            return false;
        }
        for (int k = afterToken; k < clauseEnd - 1; k++) {
            if (s.lower(k).equals("in") && IN_ALL.contains(s.lower(k + 1)) && !s.token(k + 2).isWord()) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> IN_ALL = Set.of("all", "total");

    /** "Citigroup, which lost 18.7 bln dlrs in 2008": money lost, the verb right before the amount. */
    private boolean lostRightBefore(ParsedSentence s) {
        return LOST.contains(s.lower(pastQualifiers(s, amountToken, clauseStart, Integer.MAX_VALUE)));
    }

    private static final Set<String> LOST = Set.of("lost", "loses", "lose", "losing");

    /**
     * "up to $2 billion, with $500 million up front and the rest over time", "with 200 mln dlrs in a
     * note", "with the $548m balance paid in cash": a part of a price told after "with".
     */
    private boolean isPartPaidWith(ParsedSentence s) {
        int k = amountToken - 1;
        while (k > clauseStart && (QUALIFIERS.contains(s.lower(k)) || s.lower(k).equals("the"))) {
            k--;
        }
        if (!s.lower(k).equals("with") || !s.lower(k - 1).equals(",")) {
            return false;
        }
        for (int j = afterToken; j < Math.min(clauseEnd, afterToken + 3); j++) {
            if (PAID_PARTS.contains(s.lower(j))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> PAID_PARTS = Set.of(
            "up", "upfront", "in", "balance", "paid", "payable", "due", "deferred", "remainder", "rest");

    /**
     * "add about ¥5.57 trillion to Japan's gross domestic product", "added about $17 billion to
     * Nintendo's market value": what a plan or a success adds to an economy or a value.
     */
    private boolean addedToAnEconomy(ParsedSentence s) {
        if (!s.lower(afterToken).equals("to")) {
            return false;
        }
        for (int k = afterToken + 1; k < Math.min(clauseEnd, afterToken + 6); k++) {
            if (ECONOMY.contains(s.lower(k)) || s.lower(k).equals("domestic") && s.lower(k + 1).equals("product")
                    || s.lower(k).equals("market") && s.lower(k + 1).equals("value")) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> ECONOMY = Set.of("gdp", "economy", "economies", "output");

    /**
     * "will raise about 4 bln dlrs, partly to pay for the deal", "raise 150 mln stg through a rights
     * issue to help pay for it": shares sold to pay for a deal finance it (FACTS).
     */
    private boolean raisedToPayForADeal(ParsedSentence s) {
        if (!governs(s, RAISING, amountToken)) {
            return false;
        }
        for (int k = afterToken; k < clauseEnd - 1; k++) {
            if (s.lower(k).equals("pay") && s.lower(k + 1).equals("for")
                    || FINANCE_VERBS.contains(s.lower(k)) && s.lower(k - 1).equals("to") && dealFollows(s, k + 1)) {
                return true;
            }
        }
        return false;
    }

    private boolean dealFollows(ParsedSentence s, int from) {
        for (int k = from; k < Math.min(clauseEnd, from + 3); k++) {
            if (DEAL_NOUNS.contains(s.lower(k))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> FINANCE_VERBS = Set.of("fund", "finance", "help");

    /** "about 500 mln dlrs of IBM liabilities", "$2 billion of Nokia debt": what is owed, not paid in. */
    private boolean debtAfter(ParsedSentence s) {
        if (!s.lower(afterToken).equals("of") && !s.lower(afterToken).equals("in")) {
            return false;
        }
        for (int k = afterToken + 1; k < Math.min(clauseEnd, afterToken + 4); k++) {
            if (DEBTS.contains(s.lower(k))) {
                return true;
            }
            if (!s.token(k).isCapitalised() && !s.lower(k).equals("its") && !s.lower(k).equals("net")) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> DEBTS = Set.of("liabilities", "debt", "debts", "borrowings", "loans");

    /** "had raised about $131 million in three venture rounds": one sum over several rounds. */
    private boolean severalRoundsAfter(ParsedSentence s) {
        for (int k = afterToken; k < Math.min(clauseEnd, afterToken + 6); k++) {
            if ((s.lower(k).equals("rounds") || s.lower(k).equals("raisings")) && ROUND_COUNTS.contains(s.lower(k - 1))
                    || s.lower(k).equals("rounds") && ROUND_COUNTS.contains(s.lower(k - 2))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> ROUND_COUNTS = Set.of(
            "two", "three", "four", "five", "six", "seven", "eight", "several", "multiple", "previous", "earlier",
            "2", "3", "4", "5", "6", "7", "8");

    /**
     * "a transaction valued at $24.25 billion", "for an enterprise value of €5.7 billion": the value
     * of the deal itself is its price, not a valuation of a company.
     */
    private static boolean isDealValue(ParsedSentence s, int trap) {
        if (!VALUE_VERBS.contains(s.lower(trap)) && !s.lower(trap).equals("value")) {
            return false;
        }
        int k = trap - 1;
        while (k >= 0 && VALUE_KINDS.contains(s.lower(k))) {
            k--;
        }
        if (valuedByParties(s, k + 1)) {
            return true;
        }
        if (s.lower(k).equals(",")) {
            // "the acquisition of Y by X, valued at …": the phrase the comma closes names the deal
            for (int j = k - 1; j >= Math.max(0, k - APPOSITION_REACH) && !s.lower(j).equals(","); j--) {
                if (DEAL_NOUNS.contains(s.lower(j))) {
                    return true;
                }
            }
            return offeredWhole(s, trap);
        }
        // "will be acquired at an enterprise value of $190 million": the price it changes hands at
        return DEAL_NOUNS.contains(s.lower(k)) || s.lower(k).equals("for")
                || s.lower(k).equals("at") && CHANGES_HANDS.contains(s.lower(k - 1));
    }

    private static final Set<String> CHANGES_HANDS = Set.of(
            "acquired", "bought", "sold", "purchased", "buy", "acquire", "sell", "purchase");

    private static final int APPOSITION_REACH = 12;

    /** "in a transaction the companies valued at $11.1 billion": a deal its parties value in a relative before the verb. */
    private static boolean valuedByParties(ParsedSentence s, int verb) {
        for (int j = verb - 1; j >= Math.max(0, verb - 1 - VALUERS_REACH) && VALUERS.contains(s.lower(j)); j--) {
            if (DEAL_NOUNS.contains(s.lower(j - 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "The price is almost twice the 860 mln dlrs that Northwest Airlines paid last year for Republic Airlines": an
     * amount a named payer paid in the relative after it is a price paid for a deal, whatever the words before it.
     */
    private boolean paidInRelative(ParsedSentence s) {
        if (!RELATIVE_THAT.contains(s.lower(afterToken))) {
            return false;
        }
        int k = afterToken + 1;
        while (k < afterToken + 1 + PAYER_REACH && s.token(k) != null
                && (s.token(k).isCapitalised() || s.token(k).possessive() || s.lower(k).equals("it"))) {
            k++;
        }
        return k > afterToken + 1 && DealRoles.PAID.contains(s.lower(k));
    }

    private static final int PAYER_REACH = 5;

    /** Who values a deal in a relative with no pronoun ("a transaction the companies valued at"). */
    private static final Set<String> VALUERS = Set.of("the", "companies", "two", "both", "parties", "sides", "they");
    private static final int VALUERS_REACH = 3;

    private static final Set<String> VALUE_KINDS = Set.of("a", "an", "total", "enterprise", "equity", "overall");
    private static final Set<String> DEAL_NOUNS = Set.of(
            "deal", "transaction", "offer", "bid", "takeover", "acquisition", "merger", "purchase", "buyout");

    /**
     * "15 bln reais in extraordinary dividends", "7 bln reais for the Brumadinho settlement": what the
     * money goes to, after a preposition and a few words, is a payout, a result or a charge, and
     * the noun ends the phrase.
     */
    private boolean payoutAfter(ParsedSentence s) {
        if (!PAYOUT_LINKS.contains(s.lower(afterToken))) {
            return false;
        }
        for (int k = afterToken + 1; k < Math.min(clauseEnd, afterToken + 1 + PAYOUT_REACH); k++) {
            Token token = s.token(k);
            if (!token.isWord()) {
                return false;
            }
            Token next = s.token(k + 1);
            if (PAYOUTS.contains(token.lower())) {
                return next == null || !next.isWord() || PAYOUT_ENDS.contains(next.lower());
            }
        }
        return false;
    }

    private static final Set<String> PAYOUT_LINKS = Set.of("in", "on", "for");
    private static final int PAYOUT_REACH = 4;
    /** Words after which a payout noun has ended its phrase ("in fees to its managers"). */
    private static final Set<String> PAYOUT_ENDS = Set.of(
            "in", "on", "for", "to", "of", "over", "from", "last", "this", "next", "and", "as");
    private static final Set<String> PAYOUTS = Set.of(
            "dividend", "dividends", "buyback", "buybacks", "fine", "fines", "penalty", "penalties", "settlement",
            "settlements", "damages", "compensation", "bonuses", "salaries", "wages", "fees", "revenue", "revenues",
            "sales", "profit", "profits", "losses", "charges", "provisions", "taxes", "royalties");

    private static final Set<String> WITH_DEBT = Set.of("including", "excluding", "plus", "incl", "net");
    private static final Set<String> FINANCING = Set.of(
            "debt", "loan", "loans", "bonds", "notes", "borrowing", "borrowings", "financing", "credit", "pension", "pensions");
    private static final Set<String> RIGHTS_ISSUES = Set.of("issue", "offering");

    /** "values X at $N": a valuation, unless the sentence buys the company valued ("agreed to buy X in a deal that values it at"). */
    private boolean isValuation(ParsedSentence s) {
        int k = amountToken - 1;
        while (k > clauseStart && (QUALIFIERS.contains(s.lower(k)) || VALUE_QUALIFIERS.contains(s.lower(k)))
                && !s.lower(k).equals("at")) {
            k--;
        }
        if (!s.lower(k).equals("at")) {
            return false;
        }
        for (int v = k - 1; v >= Math.max(clauseStart, k - 10); v--) {
            if (VALUE_VERBS.contains(s.lower(v))) {
                int buying = s.find(BUYING, clauseStart, v);
                return (buying < 0 || isPartBetween(s, buying, v)) && !offeredWhole(s, v) && !valuedByParties(s, v);
            }
            if (ESTIMATE_VERBS.contains(s.lower(v)) && !estimatesADeal(s, v)) {
                // "cash reserves, which analysts put at more than 1,000 bln yen": somebody's estimate
                return true;
            }
        }
        return false;
    }

    /**
     * "launched a takeover offer for X, the company that runs …, valuing it at €2.8 billion", "an offer of
     * €5.40 a share, which values the company at": a valuation hung on an offer for the whole company is
     * its price (not an initial public offer: a listing values a company, nobody buys it; not a stake).
     */
    private static boolean offeredWhole(ParsedSentence s, int verb) {
        boolean attached = s.lower(verb).equals("valuing")
                || (s.lower(verb).equals("values") || s.lower(verb).equals("valued")) && RELATIVE_THAT.contains(s.lower(verb - 1));
        if (!attached || s.find(LISTINGS, 0, verb) >= 0) {
            return false;
        }
        int offer = s.find(OFFERS, 0, verb);
        return offer >= 0 && !isPartBetween(s, offer, verb);
    }

    /** Offers for a company, by which the value the sentence then sets on it is the price. */
    private static final WordList OFFERS = WordList.of(
            "offer", "bid", "takeover", "merger", "buyout", "acquire", "buy", "acquisition", "take over", "tender");
    private static final WordList LISTINGS = WordList.of("initial", "ipo", "listing", "flotation", "float");

    /**
     * "sold 55% of it to GTCR in a deal that valued the business at $18.5 billion": a part bought at a
     * value of the whole; the value is no price.
     */
    private static boolean isPartBetween(ParsedSentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (PARTS.contains(s.lower(k)) || s.lower(k).equals("per") && s.lower(k + 1).equals("cent")) {
                return true;
            }
        }
        return false;
    }

    /** "a deal a spokesperson put at ¥4.7 trillion", "an investment it put at $3.87bn", "put the deal at": the estimate prices the deal. */
    private static boolean estimatesADeal(ParsedSentence s, int verb) {
        for (int k = Math.max(0, verb - ESTIMATE_REACH); k <= verb + 2; k++) {
            if (DEAL_NOUNS.contains(s.lower(k)) || ESTIMATED_SPENDING.contains(s.lower(k))) {
                return true;
            }
        }
        return false;
    }

    private static final int ESTIMATE_REACH = 4;
    private static final Set<String> ESTIMATED_SPENDING = Set.of("investment", "investments", "outlay", "price");
    private static final Set<String> PARTS = Set.of("%", "pct", "percent", "stake", "stakes", "pieces", "minority");
    /** "put at", "pegged at": a figure somebody sets on something. */
    private static final Set<String> ESTIMATE_VERBS = Stream.concat(PUT.stream(), Stream.of("pegged", "pegs", "pegging"))
            .collect(Collectors.toUnmodifiableSet());

    /** "values it at a little over $10 billion". */
    private static final Set<String> VALUE_QUALIFIERS = Set.of("a", "little", "bit", "slightly", "well");

    /**
     * Words of buying a company, by which a value set on it is the price ("taken over … in a deal that
     * values X at"); a hyphen is a token of its own ("all - cash offer").
     */
    private static final WordList BUYING = WordList.of(
            "buy", "buys", "buying", "acquire", "acquires", "acquiring", "take over", "takeover", "bought", "acquired",
            "purchase", "acquisition", "buyout", "taken over", "takes over", "taking over", "cash offer",
            "all - cash offer", "cash - and - share offer", "cash - and - stock offer", "tender offer", "takeover offer");

    /**
     * "has spent $800 million developing it since 2015", "$13 billion invested since 2019", "had
     * already spent 1.5 trillion yen": money put in over past years, no single deal.
     */
    private boolean isPastSpending(ParsedSentence s) {
        for (int k = Math.max(clauseStart, amountToken - 4); k < Math.min(clauseEnd, afterToken + 2); k++) {
            if (PAST_SPENDING_VERBS.contains(s.lower(k))) {
                boolean spent = !s.lower(k).equals("committed") && !s.lower(k).equals("put");
                if (spent && (s.lower(k - 1).equals("already") || s.lower(k - 2).equals("already"))) {
                    return true;
                }
                for (int j = amountToken; j < clauseEnd; j++) {
                    if (PAST_SPENDING_MARKS.contains(s.lower(j))
                            || s.lower(j).equals("years") && s.lower(j - 1).equals("the") && s.lower(j - 2).equals("over")
                            || pastPeriodAt(s, j)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** "over the past two years", "in the last decade": a period that has ended, opening at {@code k}. */
    private static boolean pastPeriodAt(ParsedSentence s, int k) {
        if (!PERIOD_LEADS.contains(s.lower(k)) || !s.lower(k + 1).equals("the")
                || !s.lower(k + 2).equals("past") && !s.lower(k + 2).equals("last")) {
            return false;
        }
        return PERIODS.contains(s.lower(k + 3)) || PERIODS.contains(s.lower(k + 4));
    }

    private static final Set<String> PERIOD_LEADS = Set.of("over", "in", "during");
    private static final Set<String> PERIODS = Set.of("years", "decade", "decades", "months", "year");

    private static final Set<String> PAST_SPENDING_VERBS = Set.of("spent", "invested", "poured", "committed", "put", "pumped");

    /**
     * "$35", "₹2,276", "$1,000", "500 thousand euros": an amount under a million units is the price
     * of a share or a product, a fee or a grant to a person, never the money of a company's deal.
     */
    private static boolean isPlainPrice(MoneyMention m) {
        return m.amount().value().compareTo(SMALLEST_DEAL) < 0;
    }

    /** Whether a premium is only a part of the price ("a premium of S$915 million plus the net asset value"). */
    boolean isPremium(ParsedSentence s) {
        for (int k = amountToken - 1; k >= Math.max(clauseStart, amountToken - 3); k--) {
            if (s.lower(k).equals("premium")) {
                return true;
            }
        }
        return false;
    }
}
