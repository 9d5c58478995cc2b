package io.marketwatch.extract.investment;

import io.marketwatch.extract.InvestmentKind;
import io.marketwatch.extract.company.CompanyMention;
import io.marketwatch.extract.phrase.Lexicon;
import io.marketwatch.extract.phrase.ParsedSentence;
import io.marketwatch.extract.phrase.Token;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What an amount is, read from the phrase it heads and the word that governs it rather than from
 * the words of its sentence:
 * <ul>
 *   <li>its "of" complement: "$75 billion of capital spending" stays an investment, "$100 billion
 *       of share repurchases", "€6 billion of lease liabilities", "300 bln USD of computing power"
 *       do not;</li>
 *   <li>the noun it modifies: "a $622 million restructuring charge", "the 4.5 bln USD of cash";</li>
 *   <li>a verb that reports a level: "spending totalled $27.6 billion", "debt, which stood at
 *       €9.5 billion", "rose 31 pct to $9.3 billion", "returned $27 billion to shareholders";</li>
 *   <li>a change of level: "its budget from $3.7 billion to $9 billion" (neither figure is new
 *       money);</li>
 *   <li>a deal that fell apart, was abandoned or withdrawn.</li>
 * </ul>
 */
final class AmountHead {

    private static final Set<String> NOT_INVESTMENT_NOUNS = Set.of(
            "charge", "charges", "loss", "losses", "writedown", "write-down", "impairment", "cash", "debt",
            "loan", "loans", "bond", "bonds", "notes", "buyback", "buybacks", "repurchase", "repurchases",
            "dividend", "dividends", "revenue", "sales", "profit", "backlog", "savings", "cuts", "fine",
            "penalty", "liabilities", "credits", "fees", "bonus", "settlement", "deficit", "surplus", "fee", "balance",
            "deposit", "donation", "market", "subsidy", "subsidies");
    private static final Set<String> FINANCING_BEFORE = Set.of(
            "loan", "loans", "facility", "facilities", "bridge", "borrowing", "borrowings", "bonds", "notes",
            "debt", "financing", "refinancing");
    private static final Set<String> LINKS = Set.of(
            "in", "of", "for", "to", "on", "at", "from", "with", "by", "and", "or", "as", "into", "over", "that", "which",
            "including", "excluding", "plus");
    private static final Set<String> SUBORDINATORS = Set.of(
            "that", "which", "who", "before", "after", "when", "while", "since", "until", "because", "although",
            "though", "once", ";");
    private static final Set<String> FINANCING_VERBS = Set.of(
            "borrow", "borrows", "borrowed", "borrowing", "lend", "lends", "lent", "lending", "refinance",
            "refinanced", "refinancing");
    private static final Set<String> BUSINESS_NOUNS = Set.of(
            "business", "businesses", "unit", "units", "operations", "division", "arm", "stake", "shares");
    private static final int MODIFIER_REACH = 3;
    private static final int VERB_REACH = 5;
    /** How far before "to" and its amount a verb of level may stand ("fell 72 percent from a year earlier to $5.6 billion"). */
    private static final int LEVEL_TO_REACH = 10;

    /** The trap of a deal that fell apart, was withdrawn, paused or rejected. */
    static final String DID_NOT_HAPPEN = "a deal that did not happen";

    private AmountHead() {
    }

    /** Why the amount is not an investment, or null when its head and governor say nothing against it. */
    static String trap(ParsedSentence s, AmountContext ctx, List<CompanyMention> mentions) {
        int after = ctx.afterToken();
        if (s.lower(after).equals("of") && !startsMention(after + 1, mentions) && !isInvestmentPhrase(s, after + 1)) {
            return "an amount of something else: " + s.lower(after + 1);
        }
        for (int k = after; k < Math.min(ctx.clauseEnd(), after + MODIFIER_REACH); k++) {
            if (NOT_INVESTMENT_NOUNS.contains(s.lower(k))) {
                return "heads a " + s.lower(k);
            }
            if (!isWord(s, k) || LINKS.contains(s.lower(k))) {
                // a name may stand between the amount and its noun ("the 800 bln dlr U.S. grocery market")
                break;
            }
        }
        if (financedBy(s, ctx) || governedBy(s, ctx, FINANCING_VERBS)) {
            return "financing, not an investment";
        }
        if (isLevel(s, ctx)) {
            return "a level reported, not money committed";
        }
        if (isChangeOfLevel(s, ctx)) {
            return "a change of level";
        }
        if (isSupersededOffer(s, ctx)) {
            return "an offer since raised";
        }
        if (ctx.kind() == InvestmentKind.acquisition && (buysGoods(s, ctx, mentions) || paysForALicence(s, ctx))) {
            return "a purchase of goods or rights, not of a company";
        }
        if (collapsed(s, ctx) || rejectsTheOffer(s, ctx) || rejectedInRelative(s, ctx)) {
            return DID_NOT_HAPPEN;
        }
        if (soldWithNoBuyer(s, ctx, mentions)) {
            return "shares sold with no buyer named";
        }
        if (partOfThePrice(s, ctx, mentions)) {
            return "the cash part of a price named before";
        }
        if (includedInAPrice(s, ctx, mentions)) {
            return "a part of a price named before";
        }
        return null;
    }

    /**
     * "will buy Y for 1.8 bln yuan, paying 1.1 bln yuan in cash and the rest in new shares": money
     * paid in cash or shares after a price in the same sentence is a part of that price. A company named
     * between that price and the payment pays a price of its own ("X agreed to buy Y for $68.7 billion, and
     * Z agreed to pay $12.7 billion in cash and stock for W").
     */
    private static boolean partOfThePrice(ParsedSentence s, AmountContext ctx, List<CompanyMention> mentions) {
        int paid = s.nearestBefore(ctx.amountToken(), 4, ctx.clauseStart(), DealRoles.PAID::contains);
        if (paid < 0 || !s.lower(ctx.afterToken()).equals("in") || !MEANS_OF_PAYMENT.contains(s.lower(ctx.afterToken() + 1))) {
            return false;
        }
        int price = lastAmountBefore(s, paid);
        return price >= 0 && mentions.stream().noneMatch(m -> m.fromToken() > price && m.fromToken() < paid);
    }

    private static final Set<String> MEANS_OF_PAYMENT = Set.of("cash", "stock", "shares");

    /**
     * "valued at $11.1 billion, including a $1.1 billion net tax benefit": an amount that a price named before it
     * includes, with no company of its own after it ("raised $2 billion, including $1 billion from X" names one).
     */
    private static boolean includedInAPrice(ParsedSentence s, AmountContext ctx, List<CompanyMention> mentions) {
        int k = ctx.amountToken() - 1;
        while (k > 0 && INCLUDED_QUALIFIERS.contains(s.lower(k))) {
            k--;
        }
        if (!INCLUDING.contains(s.lower(k)) || lastAmountBefore(s, k) < 0) {
            return false;
        }
        return mentions.stream().noneMatch(m -> m.fromToken() >= ctx.afterToken() && m.fromToken() < ctx.clauseEnd());
    }

    private static final Set<String> INCLUDING = Set.of("including", "includes", "included");
    private static final Set<String> INCLUDED_QUALIFIERS = Set.of("a", "an", "about", "some", "around", "roughly");

    /**
     * "turned down Broadcom Ltd's unsolicited offer to buy the company for about 103 bln dlrs": a
     * collapse word whose object is the offer that the amount prices, however far before it.
     */
    private static boolean rejectsTheOffer(ParsedSentence s, AmountContext ctx) {
        int amount = ctx.amountToken();
        for (int k = s.find(Lexicon.COLLAPSE_WORDS, ctx.clauseStart(), amount); k >= 0;
             k = s.find(Lexicon.COLLAPSE_WORDS, k + 1, amount)) {
            int offer = -1;
            for (int j = k + 1; j < Math.min(amount, k + OFFER_REACH); j++) {
                if (THE_DEAL.contains(s.lower(j))) {
                    offer = j;
                    break;
                }
            }
            boolean sameClause = offer > 0;
            for (int j = k + 1; sameClause && j < amount; j++) {
                // ", worth about 28 bln dlrs" prices the offer in an apposition
                sameClause = !SUBORDINATORS.contains(s.lower(j))
                        && (!s.lower(j).equals(",") || OFFER_PRICES.contains(s.lower(j + 1)));
            }
            if (sameClause) {
                return true;
            }
        }
        return false;
    }

    private static final int OFFER_REACH = 9;
    private static final Set<String> OFFER_PRICES = Set.of("worth", "valued", "valuing");

    /** "an offer of $69 a share, about $18.5 billion, which Genzyme's board rejected": the relative clause's antecedent is the offer. */
    private static boolean rejectedInRelative(ParsedSentence s, AmountContext ctx) {
        int comma = ctx.afterToken();
        if (THE_DEAL.contains(s.lower(comma))) {
            comma++;
        }
        if (!s.lower(comma).equals(",") || !AmountContext.RELATIVE_THAT.contains(s.lower(comma + 1))) {
            return false;
        }
        int end = comma + 2;
        while (end < ctx.clauseEnd() && !s.lower(end).equals(",")) {
            end++;
        }
        return s.find(Lexicon.COLLAPSE_WORDS, comma + 2, end) >= 0;
    }

    /**
     * "raised cash by selling about 7.9 bln dlrs of shares in Alibaba": the amount is what a sale
     * brings in; with no buyer named ("to Tencent") nobody invests.
     */
    private static boolean soldWithNoBuyer(ParsedSentence s, AmountContext ctx, List<CompanyMention> mentions) {
        int k = ctx.amountToken() - 1;
        while (k > ctx.clauseStart() && APPROXIMATELY.contains(s.lower(k))) {
            k--;
        }
        if (!SELLING.contains(s.lower(k))) {
            return false;
        }
        for (int j = ctx.afterToken(); j < ctx.clauseEnd() && !s.lower(j).equals("and"); j++) {
            if (s.lower(j).equals("to") && (startsMention(j + 1, mentions) || startsMention(s.pastOwner(j + 1), mentions))) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> SELLING = Set.of("sell", "sells", "selling", "sold");

    /**
     * "its attempt to buy Wiz for $23 billion fell apart", "abandoned its $5 billion bid": a collapse
     * word in the amount's own clause; one inside a clause of its own ("a combination that fell apart
     * last year", "before the two abandoned plans") speaks of something else.
     */
    private static boolean collapsed(ParsedSentence s, AmountContext ctx) {
        // a collapse phrase of up to three words ("dropped a plan") may start before the verb's reach
        int from = Math.max(ctx.clauseStart(), ctx.amountToken() - VERB_REACH - 2);
        int to = Math.min(ctx.clauseEnd(), ctx.afterToken() + 2 * VERB_REACH);
        for (int k = s.find(Lexicon.COLLAPSE_WORDS, from, to); k >= 0; k = s.find(Lexicon.COLLAPSE_WORDS, k + 1, to)) {
            if (NOT_A_DEAL.contains(s.lower(k - 1))) {
                // "raising about US$140 million, but its shares collapsed": something else collapsed
                continue;
            }
            if (k >= ctx.afterToken() && s.lower(k).endsWith("ing")) {
                // "sold it to VW for 430 mln stg, rejecting a rival offer": the participle's object is another deal
                continue;
            }
            int a = Math.min(k, ctx.amountToken());
            int b = Math.max(k, ctx.afterToken());
            boolean ownClause = true;
            for (int j = a; j < b; j++) {
                // "but that deal collapsed": "that" before a deal noun is no subordinator
                ownClause &= !SUBORDINATORS.contains(s.lower(j))
                        || s.lower(j).equals("that") && DEAL_OBJECTS.contains(s.lower(j + 1));
            }
            if (ownClause || rejectsTheDeal(s, k)) {
                return true;
            }
        }
        return false;
    }

    /** "Teck, which rejected the bid": a collapse word whose object is the deal itself. */
    private static boolean rejectsTheDeal(ParsedSentence s, int collapse) {
        int k = collapse + 1;
        while (DETERMINERS.contains(s.lower(k))) {
            k++;
        }
        return THE_DEAL.contains(s.lower(k));
    }

    private static final Set<String> NOT_A_DEAL = Set.of(
            "shares", "stock", "price", "prices", "sales", "profit", "profits", "revenue", "earnings", "market", "demand");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "its", "their", "that", "this");
    private static final Set<String> THE_DEAL = Set.of("bid", "offer", "approach", "proposal", "takeover");
    /** What "that" may determine instead of opening a clause: a bid, or the deal or plan it led to. */
    private static final Set<String> DEAL_OBJECTS = Stream.concat(THE_DEAL.stream(),
            Stream.of("deal", "agreement", "plan", "transaction", "merger")).collect(Collectors.toUnmodifiableSet());

    /** Whether the words after "of" name investment money ("capital spending", "exploration spending", "new equity"). */
    private static boolean isInvestmentPhrase(ParsedSentence s, int from) {
        for (int k = from; k < from + 4 && isWord(s, k) && !LINKS.contains(s.lower(k)); k++) {
            if (Lexicon.INVESTMENT_HEADS.matchAt(s.tokens(), k) > 0) {
                return true;
            }
        }
        return !isWord(s, from);
    }

    /** "will borrow about 7 bln stg", "will lend it 2.8 trln yen": a verb of debt governs the amount. */
    private static boolean governedBy(ParsedSentence s, AmountContext ctx, Set<String> verbs) {
        return s.nearestBefore(ctx.amountToken(), 4, ctx.clauseStart(), verbs::contains) >= 0;
    }

    /**
     * "paid Rs 23,758 crore for the streaming rights", "buy 300 bln USD of computing power": the
     * thing bought, after "for" or "of", is goods, rights or a contract and names no company.
     */
    private static boolean buysGoods(ParsedSentence s, AmountContext ctx, List<CompanyMention> mentions) {
        int link = ctx.afterToken();
        if (!s.lower(link).equals("for") && !s.lower(link).equals("of")) {
            return false;
        }
        for (int k = link + 1; k < Math.min(ctx.clauseEnd(), link + 7); k++) {
            if (startsMention(k, mentions) || !isWord(s, k) || LINKS.contains(s.lower(k))
                    || BUSINESS_NOUNS.contains(s.lower(k))) {
                return false;
            }
            if (Lexicon.GOODS_NOUNS.matchAt(s.tokens(), k) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * "won the two 3.5GHz licences at an auction …, each paying $273.6 million", "won a 5G licence and
     * will pay 120 mln dlrs for it": money paid after a licence is named buys the licence.
     */
    private static boolean paysForALicence(ParsedSentence s, AmountContext ctx) {
        if (!governedBy(s, ctx, DealRoles.PAID)) {
            return false;
        }
        for (int k = 0; k < ctx.amountToken(); k++) {
            if (LICENCES.contains(s.lower(k))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> LICENCES = Set.of(
            "licence", "licences", "license", "licenses", "spectrum", "concession", "concessions", "permit", "permits");

    /** "a bridge loan of about 2.9 bln USD": a financing noun with "of" just before the amount. */
    private static boolean financedBy(ParsedSentence s, AmountContext ctx) {
        int k = ctx.amountToken() - 1;
        while (k > ctx.clauseStart() && Set.of("about", "around", "roughly", "some", "nearly", "up", "to", "over")
                .contains(s.lower(k))) {
            k--;
        }
        return s.lower(k).equals("of") && FINANCING_BEFORE.contains(s.lower(k - 1));
    }

    /** "totalled 27.6 bln USD", "stood at €9.5 billion", "rose 31 pct to $9.3 billion", "is to fall to about $20 billion". */
    private static boolean isLevel(ParsedSentence s, AmountContext ctx) {
        int from = Math.max(ctx.clauseStart(), ctx.amountToken() - VERB_REACH);
        for (int k = from; k < ctx.amountToken(); k++) {
            int length = s.isRunningText(k) ? Lexicon.LEVEL_VERBS.matchAt(s.tokens(), k) : 0;
            if (length > 0 && !hasAmountBetween(s, k + length, ctx.amountToken())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "up from an earlier offer of $4 billion", "had offered $4 billion … before raising its bid to
     * $4.5 billion": a bid the bidder has since raised; the raised one is the deal.
     */
    private static boolean isSupersededOffer(ParsedSentence s, AmountContext ctx) {
        int of = ctx.amountToken() - 1;
        while (of > ctx.clauseStart() && APPROXIMATELY.contains(s.lower(of))) {
            of--;
        }
        if (s.lower(of).equals("of") && THE_DEAL.contains(s.lower(of - 1)) && EARLIER.contains(s.lower(of - 2))) {
            return true;
        }
        if (!s.anyBefore(ctx.amountToken(), VERB_REACH, OFFERED::contains)) {
            return false;
        }
        for (int k = ctx.afterToken(); k < s.tokens().size(); k++) {
            if (RAISING_A_BID.contains(s.lower(k)) && raisedBidTo(s, k)) {
                return true;
            }
        }
        return false;
    }

    /** "raising its bid to $4.5 billion": a bid word, then "to" and money, within a few words of {@code verb}. */
    private static boolean raisedBidTo(ParsedSentence s, int verb) {
        boolean bid = false;
        for (int k = verb + 1; k < Math.min(s.tokens().size(), verb + 8); k++) {
            bid |= THE_DEAL.contains(s.lower(k));
            if (bid && s.lower(k).equals("to") && isMoneyStart(s, k + 1)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> EARLIER = Set.of("earlier", "previous", "initial", "original", "first", "prior", "old");
    private static final Set<String> OFFERED = Set.of("offered", "offering", "bid", "proposed");
    private static final Set<String> RAISING_A_BID = Set.of(
            "raised", "raising", "raises", "sweetened", "sweetening", "sweetens", "increased", "increasing", "lifted",
            "lifting", "upped", "boosted", "boosting");
    private static final Set<String> APPROXIMATELY = Set.of("about", "around", "roughly", "some", "nearly");

    /** "from $3.7 billion to $9 billion": both ends of a change are levels. */
    private static boolean isChangeOfLevel(ParsedSentence s, AmountContext ctx) {
        int before = ctx.amountToken() - 1;
        if (s.lower(before).equals("the")) {
            before--;
        }
        if (s.lower(before).equals("from")) {
            for (int k = ctx.afterToken(); k < Math.min(ctx.clauseEnd(), ctx.afterToken() + 4); k++) {
                if (s.lower(k).equals("to") && isMoneyStart(s, k + 1)) {
                    return true;
                }
            }
            for (int k = before - 1; k >= Math.max(ctx.clauseStart(), before - 12); k--) {
                if (s.token(k).kind() == Token.Kind.NUMBER && s.lower(k - 1).equals("to")
                        || isMoneyStart(s, k) && s.lower(k - 1).equals("to")) {
                    return true;
                }
            }
        }
        if (s.lower(before).equals("to")) {
            for (int k = before - 1; k >= Math.max(ctx.clauseStart(), before - 8); k--) {
                if (s.lower(k).equals("from") && isMoneyStart(s, k + 1)) {
                    return true;
                }
            }
            for (int k = before - 1; k >= Math.max(ctx.clauseStart(), before - LEVEL_TO_REACH); k--) {
                // "funding fell 72 percent from a year earlier to $5.6 billion": where a figure moved to
                if (s.isRunningText(k) && Lexicon.LEVEL_VERBS.matchAt(s.tokens(), k) > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isMoneyStart(ParsedSentence s, int k) {
        Token t = s.token(k);
        return t != null && (t.kind() == Token.Kind.NUMBER || !t.isWord() && s.token(k + 1) != null
                && s.token(k + 1).kind() == Token.Kind.NUMBER);
    }

    private static boolean hasAmountBetween(ParsedSentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (isAmountNumber(s, k)) {
                return true;
            }
        }
        return false;
    }

    /** The last number before {@code to} that is not a percentage, or -1. */
    private static int lastAmountBefore(ParsedSentence s, int to) {
        for (int k = to - 1; k >= 0; k--) {
            if (isAmountNumber(s, k)) {
                return k;
            }
        }
        return -1;
    }

    private static boolean isAmountNumber(ParsedSentence s, int k) {
        return s.token(k).kind() == Token.Kind.NUMBER && !s.lower(k + 1).equals("pct")
                && !s.lower(k + 1).equals("%") && !s.lower(k + 1).equals("percent") && !s.lower(k + 1).equals("per");
    }

    private static boolean isWord(ParsedSentence s, int k) {
        Token t = s.token(k);
        return t != null && t.isWord();
    }

    private static boolean startsMention(int k, List<CompanyMention> mentions) {
        for (CompanyMention m : mentions) {
            if (m.fromToken() == k) {
                return true;
            }
        }
        return false;
    }
}
