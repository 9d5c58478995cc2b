package io.marketwatch.extract.investment;

import io.marketwatch.extract.phrase.Lexicon;
import io.marketwatch.extract.phrase.ParsedSentence;
import io.marketwatch.extract.time.HorizonPhrases;
import java.util.Set;

/**
 * A short purpose for an investment from the words of its clause: what capex is spent on ("in
 * chip design"), what is bought ("Citigroup's consumer banking business in Taiwan"), the size of a
 * stake ("9.9% stake in Credit Suisse Group"), the name of a round ("Series E round").
 */
final class Purposes {

    private static final Set<String> CAPEX_LEADS = Set.of("in", "on", "into", "for", "to");
    private static final Set<String> ENDS = Set.of(
            ",", ";", ".", "over", "through", "by", "until", "within", "as", "after", "from", "when", "while",
            "which", "that", "said", "for", "worth", "valued", "at", "(", "\u2014", "paying", "in");
    private static final Set<String> OBJECT_ENDS = Set.of(
            ",", ";", ".", "for", "worth", "valued", "at", "(", "\u2014", "paying", "from", "that", "which", "said",
            "in", "was", "is");
    private static final int MAX_WORDS = 12;

    private Purposes() {
    }

    static String of(ParsedSentence s, AmountContext ctx, Parties parties) {
        return switch (ctx.kind()) {
            case capex -> capex(s, ctx);
            case stake -> stake(s, ctx, parties);
            case funding -> funding(s, ctx);
            default -> acquisition(s, ctx, parties);
        };
    }

    private static String capex(ParsedSentence s, AmountContext ctx) {
        String after = s.text().substring(s.tokens().get(Math.min(ctx.afterToken(), s.tokens().size() - 1)).start());
        int skip = HorizonPhrases.find(after).filter(h -> after.startsWith(h)).map(String::length).orElse(0);
        int k = s.tokenFrom(s.tokens().get(Math.min(ctx.afterToken(), s.tokens().size() - 1)).start() + skip);
        while (k < ctx.clauseEnd() && !CAPEX_LEADS.contains(s.lower(k))) {
            k++;
        }
        if (s.lower(k).equals("to") && !Lexicon.CAPEX_WORDS.contains(s.lower(k + 1))) {
            return null;
        }
        return words(s, s.lower(k).equals("to") ? k + 1 : k + 1, ctx.clauseEnd(), ENDS);
    }

    private static String stake(ParsedSentence s, AmountContext ctx, Parties parties) {
        String share = null;
        for (int k = ctx.clauseStart(); k < ctx.clauseEnd(); k++) {
            if (s.lower(k).equals("%") && k > 0) {
                share = s.span(k - 1, k);
            } else if (s.lower(k).equals("per") && s.lower(k + 1).equals("cent") && k > 0) {
                share = s.span(k - 1, k + 1);
            }
        }
        String target = parties.recipient() == null ? "" : " in " + parties.recipient();
        return (share == null ? "stake" : share + " stake") + target;
    }

    private static String funding(ParsedSentence s, AmountContext ctx) {
        for (int k = ctx.clauseStart(); k + 1 < ctx.clauseEnd(); k++) {
            if (s.lower(k).equals("series") && s.token(k + 1).isCapitalised()) {
                return s.span(k, k + 1) + " round";
            }
        }
        return "funding round";
    }

    private static String acquisition(ParsedSentence s, AmountContext ctx, Parties parties) {
        int cue = -1;
        for (int k = ctx.clauseStart(); k < ctx.amountToken(); k++) {
            if (s.isRunningText(k) && Lexicon.ACQUISITION_WORDS.matchAt(s.tokens(), k) > 0) {
                cue = k;
            }
        }
        if (cue >= 0) {
            int from = cue + Math.max(1, Lexicon.ACQUISITION_WORDS.matchAt(s.tokens(), cue));
            if (s.lower(from).equals("of")) {
                from++;
            }
            String object = words(s, from, ctx.amountToken(), OBJECT_ENDS);
            if (object != null && object.contains(" ")) {
                return object;
            }
        }
        return parties.recipient() == null ? null : "acquisition of " + parties.recipient();
    }

    private static String words(ParsedSentence s, int from, int to, Set<String> ends) {
        int end = from;
        while (end < to && end - from < MAX_WORDS && !ends.contains(s.lower(end))) {
            end++;
        }
        return end > from ? s.span(from, end - 1) : null;
    }
}
