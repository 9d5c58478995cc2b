package io.marketwatch.extract.company;

import io.marketwatch.article.Article;
import io.marketwatch.eval.DevBriefing;
import io.marketwatch.extract.phrase.ParsedSentence;
import io.marketwatch.extract.phrase.SentenceParser;
import io.marketwatch.extract.text.Sentences;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** Prints every name form of the articles with its cue points and the kind decided (a tuning aid). */
public final class NameDebug {

    private NameDebug() {
    }

    public static void main(String[] args) {
        for (Article a : DevBriefing.read(Path.of(args[0]), LocalDate.of(2026, 1, 1))) {
            if (args.length > 1 && !a.file().contains(args[1]) && !a.title().contains(args[1])) {
                continue;
            }
            System.out.println("=== " + a.title());
            List<ParsedSentence> sentences = new SentenceParser().parse(a.title(), Sentences.split(a.body()));
            var collected = new CompanyFinder().collect(sentences);
            for (NameForm f : collected.forms()) {
                System.out.println("  " + CompanyFinder.decide(List.of(f)) + "\t" + f);
            }
            var companies = new CompanyFinder().find(sentences);
            System.out.println("  -> " + companies.facts() + " sources " + companies.sources());
        }
    }
}
