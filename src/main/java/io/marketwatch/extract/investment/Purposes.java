package io.marketwatch.extract.investment;

import io.marketwatch.extract.InvestmentKind;
import io.marketwatch.extract.phrase.ParsedSentence;
import java.util.Set;

/** A short purpose for an investment, taken from the words of its clause. */
final class Purposes {

    private static final Set<String> PURPOSE_LEADS = Set.of("in", "on", "into", "for", "to");
    private static final Set<String> PURPOSE_ENDS = Set.of(
            ",", ";", ".", "over", "through", "by", "until", "within", "as", "after", "from", "when", "while",
            "which", "the", "said", "\u2014");
    private static final int MAX_WORDS = 12;

    private Purposes() {
    }

    static String of(ParsedSentence s, AmountContext ctx, Parties parties) {
        int n = s.tokens().size();
        if (ctx.kind() == InvestmentKind.capex) {
            int k = ctx.afterToken();
            while (k < ctx.clauseEnd() && !PURPOSE_LEADS.contains(s.lower(k))) {
                k++;
            }
            if (k >= ctx.clauseEnd()) {
                return null;
            }
            int from = s.lower(k).equals("to") ? k + 1 : k + 1;
            return words(s, from, Math.min(n, ctx.clauseEnd()));
        }
        if (ctx.cueToken() >= 0 && ctx.cueToken() < ctx.amountToken()) {
            String text = words(s, ctx.cueToken(), ctx.amountToken());
            return text == null ? null : text.replaceAll("\\s+(for|of|at|worth)( about| around| roughly)?$", "");
        }
        return words(s, ctx.afterToken(), ctx.clauseEnd());
    }

    private static String words(ParsedSentence s, int from, int to) {
        int end = from;
        int count = 0;
        while (end < to && count < MAX_WORDS && (end == from || !PURPOSE_ENDS.contains(s.lower(end))
                || s.lower(end).equals("the") && end == from + 1)) {
            end++;
            count++;
        }
        return end > from ? s.span(from, end - 1) : null;
    }
}
