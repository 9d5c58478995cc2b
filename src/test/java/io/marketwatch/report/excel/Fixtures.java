package io.marketwatch.report.excel;

import io.marketwatch.briefing.Briefing;
import io.marketwatch.briefing.BriefingArticle;
import io.marketwatch.briefing.BriefingCompany;
import io.marketwatch.briefing.BriefingInvestment;
import io.marketwatch.briefing.DatePeriod;
import io.marketwatch.briefing.SampleBriefings;
import java.util.ArrayList;
import java.util.List;

/** Briefings the workbook tests need beyond {@link SampleBriefings}. */
final class Fixtures {

    private Fixtures() {
    }

    /** The briefing with {@code text} as the first article's title and summary, the first investment's evidence and the first company's summary. */
    static Briefing withArticleText(Briefing briefing, String text) {
        List<BriefingArticle> articles = new ArrayList<>(briefing.articles());
        BriefingArticle a = articles.get(0);
        articles.set(0, new BriefingArticle(a.id(), text, "https://news.example.com/planted", a.publishedAt(),
                a.sources(), a.language(), a.file(), text, a.outlet()));
        List<BriefingInvestment> investments = new ArrayList<>(briefing.investments());
        BriefingInvestment i = investments.get(0);
        investments.set(0, new BriefingInvestment(i.investor(), i.recipient(), i.purpose(), i.kind(), i.amount(),
                i.amountUsd(), i.conversion(), i.status(), i.horizon(), i.articleIds(), text, i.outlets(), null));
        List<BriefingCompany> companies = new ArrayList<>(briefing.companies());
        BriefingCompany c = companies.get(0);
        companies.set(0, new BriefingCompany(c.name(), c.aliases(), c.articleIds(), c.mentions(), text, c.investedUsd(),
                c.mentionedWith()));
        return new Briefing(briefing.asOf(), briefing.generatedAt(), briefing.period(), articles, companies, investments,
                briefing.launches(), briefing.highlights(), briefing.skipped(), briefing.fx());
    }

    /** A night without any article. */
    static Briefing empty() {
        return new Briefing(SampleBriefings.AS_OF, SampleBriefings.seed().generatedAt(), new DatePeriod(null, null),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), SampleBriefings.FX);
    }
}
