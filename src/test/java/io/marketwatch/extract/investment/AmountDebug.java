package io.marketwatch.extract.investment;

import io.marketwatch.article.Article;
import io.marketwatch.eval.DevBriefing;
import io.marketwatch.extract.company.CompanyFinder;
import io.marketwatch.extract.money.CurrencyContext;
import io.marketwatch.extract.money.MoneyMention;
import io.marketwatch.extract.money.MoneyParser;
import io.marketwatch.extract.phrase.ParsedSentence;
import io.marketwatch.extract.phrase.SentenceParser;
import io.marketwatch.extract.text.Sentences;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** Prints every amount of the articles with its kind, trap and parties (a tuning aid). */
public final class AmountDebug {

    private AmountDebug() {
    }

    public static void main(String[] args) {
        for (Article a : DevBriefing.read(Path.of(args[0]), LocalDate.of(2026, 1, 1))) {
            if (args.length > 1 && !a.file().contains(args[1]) && !a.title().contains(args[1])) {
                continue;
            }
            System.out.println("=== " + a.title());
            List<ParsedSentence> sentences = new SentenceParser().parse(a.title(), Sentences.split(a.body()));
            var companies = new CompanyFinder().find(sentences);
            var currencies = CurrencyContext.of(a.title() + "\n" + a.body());
            for (int i = 0; i < sentences.size(); i++) {
                ParsedSentence s = sentences.get(i);
                for (MoneyMention m : MoneyParser.find(s.text(), currencies)) {
                    AmountContext ctx = AmountContext.of(s, m);
                    String trap = ctx.trap(s, m);
                    Parties p = ctx.kind() == null ? null
                            : Parties.of(s, ctx, companies, i + 1 < sentences.size() ? sentences.get(i + 1) : null);
                    System.out.println("  " + m.amount().text() + " | " + ctx.kind() + " | trap=" + trap + " | " + p
                            + (s.heading() ? " [heading]" : ""));
                }
            }
        }
    }
}
