package io.marketwatch.extract;

import io.marketwatch.article.Article;
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
        ParsedArticle a = parse(article, referenceDate);
        List<InvestmentFact> investments = investmentFinder.find(a.sentences(), a.companies(), a.currencies(),
                a.published());
        List<LaunchFact> launches = launchFinder.find(a.sentences(), a.companies(), a.published());
        String summary = summarizer.summarize(a.sentences(), a.companies(), investments, launches);
        return new ArticleFacts(a.companies().facts(), investments, launches, a.companies().sources(), summary);
    }

    /** The article split and parsed, with its companies found: what the fact rules start from. */
    public ParsedArticle parse(Article article, LocalDate referenceDate) {
        LocalDate published = article.publishedAt() != null ? article.publishedAt() : referenceDate;
        List<ParsedSentence> sentences = parser.parse(article.title(), Sentences.split(article.body()));
        return new ParsedArticle(sentences, companyFinder.find(sentences),
                CurrencyContext.forArticle(article.title(), article.body()), published);
    }
}
