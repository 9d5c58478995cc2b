package io.marketwatch.extract.investment;

import io.marketwatch.extract.learn.Stems;
import io.marketwatch.extract.money.MoneyMention;
import io.marketwatch.extract.phrase.Lexicon;
import io.marketwatch.extract.phrase.ParsedSentence;
import io.marketwatch.extract.phrase.WordList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the investment model sees of one amount: the rules' own reading (their verdict, the trap
 * they found, the kind and the parties), the shape of the amount, the words on each side of it
 * within its clause (the two nearest by position, the rest as a bag, crudely stemmed), and which
 * curated word lists occur on each side. Words are features so that the model learns wordings the
 * lists lack; the lists and the rules' verdict are features so that it keeps what they know.
 */
final class AmountFeatures {

    private static final int LEFT_REACH = 8;
    private static final int RIGHT_REACH = 6;
    private static final Map<String, WordList> LISTS = Map.ofEntries(
            Map.entry("acquisition", Lexicon.ACQUISITION_WORDS), Map.entry("stake", Lexicon.STAKE_WORDS),
            Map.entry("funding", Lexicon.FUNDING_WORDS), Map.entry("capex", Lexicon.CAPEX_WORDS),
            Map.entry("trap", Lexicon.AMOUNT_TRAPS), Map.entry("trapAfter", Lexicon.AMOUNT_TRAPS_AFTER),
            Map.entry("hypothetical", Lexicon.HYPOTHETICAL_WORDS), Map.entry("total", Lexicon.RUNNING_TOTALS),
            Map.entry("part", Lexicon.PART_WORDS), Map.entry("head", Lexicon.INVESTMENT_HEADS),
            Map.entry("level", Lexicon.LEVEL_VERBS), Map.entry("collapse", Lexicon.COLLAPSE_WORDS),
            Map.entry("goods", Lexicon.GOODS_NOUNS), Map.entry("rumor", Lexicon.RUMOR_WORDS),
            Map.entry("plan", Lexicon.PLAN_WORDS), Map.entry("done", Lexicon.COMPLETION_WORDS),
            Map.entry("announce", Lexicon.ANNOUNCEMENT_WORDS), Map.entry("denial", Lexicon.DENIAL_WORDS));

    private AmountFeatures() {
    }

    /**
     * @param trap    why the rules say it is no investment, or null
     * @param parties the parties the rules read, or null when they read none
     * @param amounts how many amounts the sentence holds
     */
    static List<String> of(ParsedSentence s, MoneyMention m, AmountContext ctx, String trap, Parties parties,
                           Double usd, int amounts) {
        List<String> f = new ArrayList<>();
        boolean named = parties != null && (parties.investor() != null || parties.recipient() != null);
        f.add("rule=" + (trap != null ? "trap" : ctx.kind() == null ? "nokind" : named ? "accept" : "noparties"));
        f.add("trap=" + (trap == null ? "none" : trap.split(":")[0]));
        f.add("kind=" + (ctx.kind() == null ? "none" : ctx.kind().name()));
        f.add("investor=" + (parties != null && parties.investor() != null));
        f.add("recipient=" + (parties != null && parties.recipient() != null));
        f.add("currency=" + m.amount().currency());
        double value = usd != null ? usd : m.amount().value().doubleValue();
        f.add("magnitude=" + (value <= 0 ? 0 : (int) Math.floor(Math.log10(value))));
        f.add("approximate=" + m.approximate());
        f.add("perUnit=" + m.perUnit());
        f.add("converted=" + (m.conversion() != null));
        f.add("amounts=" + Math.min(amounts, 3));
        f.add("title=" + s.title());
        f.add("cue=" + (ctx.cueToken() < 0 ? "none" : ctx.cueToken() < ctx.amountToken() ? "before" : "after"));
        int from = Math.max(ctx.clauseStart(), ctx.amountToken() - LEFT_REACH);
        int to = Math.min(ctx.clauseEnd(), ctx.afterToken() + RIGHT_REACH);
        for (int k = ctx.amountToken() - 1, n = 1; k >= from; k--, n++) {
            String w = word(s, k);
            f.add(n <= 2 ? "L" + n + "=" + w : "L=" + w);
        }
        for (int k = ctx.afterToken(), n = 1; k < to; k++, n++) {
            String w = word(s, k);
            f.add(n <= 2 ? "R" + n + "=" + w : "R=" + w);
        }
        for (Map.Entry<String, WordList> list : LISTS.entrySet()) {
            if (s.find(list.getValue(), from, ctx.amountToken()) >= 0) {
                f.add("listL=" + list.getKey());
            }
            if (s.find(list.getValue(), ctx.afterToken(), to) >= 0) {
                f.add("listR=" + list.getKey());
            }
        }
        for (int k = ctx.clauseStart(); k < ctx.clauseEnd(); k++) {
            if (k < from || k >= to) {
                f.add("C=" + word(s, k));
            }
        }
        if (s.text().contains("%") || s.text().contains(" pct") || s.text().contains("percent")) {
            f.add("percent");
        }
        return f;
    }

    /** The word in lower case, digits as {@code #}, without the commonest inflections. */
    static String word(ParsedSentence s, int k) {
        String w = s.lower(k);
        char[] chars = null;
        for (int i = 0; i < w.length(); i++) {
            if (w.charAt(i) >= '0' && w.charAt(i) <= '9') {
                if (chars == null) {
                    chars = w.toCharArray();
                }
                chars[i] = '#';
            }
        }
        return Stems.of(chars == null ? w : new String(chars));
    }
}
