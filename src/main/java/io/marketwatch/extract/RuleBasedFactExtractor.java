package io.marketwatch.extract;

import io.marketwatch.article.Article;
import io.marketwatch.extract.company.Companies;
import io.marketwatch.extract.company.CompanyFinder;
import io.marketwatch.extract.investment.InvestmentFinder;
import io.marketwatch.extract.launch.LaunchFinder;
import io.marketwatch.extract.summary.Summarizer;
import io.marketwatch.extract.money.CurrencyContext;
import io.marketwatch.extract.phrase.ParsedSentence;
import io.marketwatch.extract.phrase.SentenceParser;
import io.marketwatch.extract.text.Sentences;
import io.marketwatch.kb.KnowledgeBase;
import java.time.LocalDate;
import java.util.List;

/**
 * The fact extractor of Market Watch: curated word lists and sentence rules, no model. One pass
 * splits and parses the sentences; the company rules run first, and the investment and launch
 * rules resolve their parties against the companies found. Stateless and thread-safe.
 */
public final class RuleBasedFactExtractor implements FactExtractor {

    private final SentenceParser parser = new SentenceParser();
    private final CompanyFinder companyFinder;
    private final InvestmentFinder investmentFinder = new InvestmentFinder();
    private final LaunchFinder launchFinder = new LaunchFinder();
    private final Summarizer summarizer = new Summarizer();

    /** With the knowledge base shipped in the jar. */
    public RuleBasedFactExtractor() {
        this(KnowledgeBase.shipped());
    }

    /** With {@code base} telling known companies, people, products and non-companies apart. */
    public RuleBasedFactExtractor(KnowledgeBase base) {
        this.companyFinder = new CompanyFinder(base);
    }

    @Override
    public ArticleFacts extract(Article article, LocalDate referenceDate) {
        LocalDate published = article.publishedAt() != null ? article.publishedAt() : referenceDate;
        List<ParsedSentence> sentences = parser.parse(article.title(), Sentences.split(article.body()));
        Companies companies = companyFinder.find(sentences);
        CurrencyContext currencies = CurrencyContext.forArticle(article.title(), article.body());
        List<InvestmentFact> investments = investmentFinder.find(sentences, companies, currencies, published);
        List<LaunchFact> launches = launchFinder.find(sentences, companies, published);
        String summary = summarizer.summarize(sentences, companies, investments, launches);
        return new ArticleFacts(companies.facts(), investments, launches, companies.sources(), summary);
    }
}
