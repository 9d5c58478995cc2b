package io.marketwatch.extract.investment;

import io.marketwatch.extract.InvestmentFact;
import io.marketwatch.extract.InvestmentKind;
import io.marketwatch.extract.Money;
import io.marketwatch.extract.money.MoneyParser;
import io.marketwatch.extract.phrase.ParsedSentence;
import io.marketwatch.extract.phrase.Token;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * The parts of one deal's price: "Of the total, 3.79 billion euros is for the business", "will pay
 * the remaining $2 billion at closing", "650 mln dlrs in cash and 600 mln dlrs in shares". One deal
 * is one investment at its first price, so a part of a larger price already found is none. A
 * programme's itemized parts ("$5 billion …, of which $800 million for a plant") are investments of
 * their own and are left alone.
 */
final class DealParts {

    private static final Set<InvestmentKind> DEALS = Set.of(InvestmentKind.acquisition, InvestmentKind.stake);
    private static final Set<String> WHOLES = Set.of("total", "sum", "amount", "price", "consideration", "figure");
    private static final Set<String> POINTERS = Set.of("the", "that", "this");
    private static final Set<String> REST = Set.of("remaining", "rest", "balance");
    private static final Set<String> FORMS = Set.of("cash", "shares", "stock");

    private DealParts() {
    }

    /**
     * Whether the amount at {@code ctx} is a part of the price of a larger deal in {@code found}: it
     * divides a sum told before, is what remains of it, or is the cash or share part of the same
     * buyer's price.
     */
    static boolean isPart(ParsedSentence s, ParsedSentence next, AmountContext ctx, Money amount, Double usd,
                          Parties parties, List<InvestmentFact> found) {
        List<InvestmentFact> deals = found.stream().filter(f -> DEALS.contains(f.kind()) && larger(f, amount, usd)).toList();
        if (deals.isEmpty() || found.stream().anyMatch(f -> f.kind() == InvestmentKind.capex && larger(f, amount, usd))) {
            return false;
        }
        if (newMoney(s, ctx)) {
            // "… and will put 600 mln reais of new capital into XP itself": new money for the target is its own
            return false;
        }
        if (ofTheWhole(s) || rest(s, ctx)) {
            return true;
        }
        boolean sameBuyer = parties != null && parties.investor() != null
                && deals.stream().anyMatch(f -> parties.investor().equals(f.investor()));
        if (sameBuyer && (mentionsRest(s, ctx.afterToken()) || next != null && mentionsRest(next, 0))) {
            // "will pay 8 trln won for the SSD business … It will pay the remaining 2.3 trln won": a first instalment
            return true;
        }
        // "Nova will pay 650 mln dlrs in cash and 600 mln dlrs in shares": the same buyer's deal, told in parts
        return form(s, ctx) && sameBuyer;
    }

    /** "the remaining 2.3 trln won", "the balance of $300 million" from token {@code from} on (not "the remaining 70%"). */
    private static boolean mentionsRest(ParsedSentence s, int from) {
        for (int k = Math.max(1, from); k < s.tokens().size(); k++) {
            if (REST.contains(s.lower(k)) && s.lower(k - 1).equals("the")) {
                int n = s.lower(k + 1).equals("of") ? k + 2 : k + 1;
                boolean money = s.token(n) != null && (s.token(n).kind() == Token.Kind.NUMBER
                        || MoneyParser.isCurrencySign(s.token(n).text()));
                return money && !SHARES.contains(s.lower(n + 1)) && !SHARES.contains(s.lower(n + 2));
            }
        }
        return false;
    }

    private static final Set<String> SHARES = Set.of("%", "pct", "percent", "per");

    private static boolean newMoney(ParsedSentence s, AmountContext ctx) {
        for (int k = ctx.afterToken(); k < Math.min(ctx.clauseEnd(), ctx.afterToken() + 3); k++) {
            if (s.lower(k).equals("new") || s.lower(k).equals("fresh")) {
                return true;
            }
        }
        return false;
    }

    /** "Of the total, …", "Of that sum, …": the sentence divides a sum told before. */
    private static boolean ofTheWhole(ParsedSentence s) {
        return s.lower(0).equals("of") && POINTERS.contains(s.lower(1))
                && (WHOLES.contains(s.lower(2)) || !s.lower(1).equals("the") && s.lower(2).equals(","));
    }

    /** "the remaining $2 billion", "the balance of $300 million". */
    private static boolean rest(ParsedSentence s, AmountContext ctx) {
        int k = ctx.amountToken();
        return REST.contains(s.lower(k - 1)) || REST.contains(s.lower(k - 2)) && s.lower(k - 1).equals("of");
    }

    /** "650 mln dlrs in cash", "600 mln dlrs in its own shares": the form one part of the price takes. */
    private static boolean form(ParsedSentence s, AmountContext ctx) {
        int k = ctx.afterToken();
        if (!s.lower(k).equals("in")) {
            return false;
        }
        for (int j = k + 1; j <= k + 3; j++) {
            if (FORMS.contains(s.lower(j))) {
                return true;
            }
        }
        return false;
    }

    private static boolean larger(InvestmentFact deal, Money amount, Double usd) {
        if (usd != null && deal.amountUsd() != null) {
            return deal.amountUsd() > usd * 1.001;
        }
        return deal.amount().currency().equals(amount.currency()) && deal.amount().value().compareTo(
                amount.value().multiply(BigDecimal.valueOf(1.001))) > 0;
    }
}
