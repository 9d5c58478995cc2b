package io.marketwatch.report.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.marketwatch.briefing.Briefing;
import io.marketwatch.briefing.BriefingArticle;
import io.marketwatch.briefing.BriefingCompany;
import io.marketwatch.briefing.BriefingInvestment;
import io.marketwatch.briefing.BriefingLaunch;
import io.marketwatch.briefing.DatePeriod;
import io.marketwatch.briefing.FactCorrection;
import io.marketwatch.briefing.FactReview;
import io.marketwatch.briefing.FxTable;
import io.marketwatch.briefing.UsdConversion;
import io.marketwatch.extract.LaunchWindow;
import io.marketwatch.kb.KnownEntity;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * briefing.json as the contract shapes it (shared/contract/briefing.schema.json): field names and
 * order as documented (the period is left out when no article has a date); a few documented extras (outlets, USD conversion, FX table) that the schema
 * allows.
 */
record BriefingJson(int schemaVersion, Instant generatedAt, LocalDate asOf,
                    @JsonInclude(JsonInclude.Include.NON_NULL) DatePeriod period,
                    List<ArticleJson> articles, List<CompanyJson> companies, List<InvestmentJson> investments,
                    List<LaunchJson> launches, FxJson fx) {

    static BriefingJson of(Briefing b) {
        DatePeriod period = b.period() == null || b.period().from() == null ? null : b.period();
        return new BriefingJson(Briefing.SCHEMA_VERSION, b.generatedAt(), b.asOf(), period,
                b.articles().stream().map(ArticleJson::of).toList(),
                b.companies().stream().map(CompanyJson::of).toList(),
                b.investments().stream().map(InvestmentJson::of).toList(),
                b.launches().stream().map(LaunchJson::of).toList(), FxJson.of(b.fx()));
    }

    record ArticleJson(String id, String title, String url, LocalDate publishedAt, List<String> sources,
                       String language, String file, String summary, String outlet) {
        static ArticleJson of(BriefingArticle a) {
            return new ArticleJson(a.id(), a.title(), a.url(), a.publishedAt(), a.sources(), a.language(), a.file(),
                    a.summary(), a.outlet());
        }
    }

    record CompanyJson(String name, List<String> aliases, List<String> articleIds, int mentions, String summary,
                       EntityJson entity) {
        static CompanyJson of(BriefingCompany c) {
            return new CompanyJson(c.name(), c.aliases(), c.articleIds(), c.mentions(), c.summary(),
                    c.entity() == null ? null : EntityJson.of(c.entity()));
        }
    }

    /** The knowledge-base company a company is (FACTS.md, "Entity links"). */
    record EntityJson(String kbId, String legalName, String wikidata, String ticker, String exchange, String mic,
                      String isin, String figi, String cik, String lei, String country, String sector,
                      String industry, String website, String parent) {
        static EntityJson of(KnownEntity e) {
            return new EntityJson(e.kbId(), e.name(), e.wikidata(), e.ticker(), e.exchange(), e.mic(), e.isin(),
                    e.figi(), e.cik(), e.lei(), e.country(), e.sector(), e.industry(), e.website(), e.parent());
        }
    }

    record AmountJson(BigDecimal value, String currency, String text) {
    }

    record InvestmentJson(@JsonInclude(JsonInclude.Include.NON_NULL) String id, String investor, String recipient,
                          String purpose, String kind, AmountJson amount,
                          Double amountUsd, UsdConversion usdConversion, String status, String horizon,
                          List<String> articleIds, String evidence, List<String> outlets,
                          @JsonInclude(JsonInclude.Include.NON_NULL) Double confidence,
                          @JsonInclude(JsonInclude.Include.NON_NULL) List<String> confidenceReasons,
                          @JsonInclude(JsonInclude.Include.NON_NULL) CorrectionJson correction) {
        static InvestmentJson of(BriefingInvestment i) {
            var amount = new AmountJson(i.amount().value().stripTrailingZeros(), i.amount().currency(), i.amount().text());
            FactReview r = i.review();
            return new InvestmentJson(r == null ? null : r.id(), i.investor(), i.recipient(), i.purpose(),
                    i.kind().name(), amount, i.amountUsd(), i.conversion(), i.status().name(), i.horizon(),
                    i.articleIds(), i.evidence(), i.outlets(), r == null ? null : r.confidence(),
                    r == null ? null : r.reasons(), CorrectionJson.of(r));
        }
    }

    record LaunchJson(@JsonInclude(JsonInclude.Include.NON_NULL) String id, String company, String product,
                      String status, LaunchWindow window, String windowText,
                      List<String> articleIds, String evidence, List<String> outlets,
                      @JsonInclude(JsonInclude.Include.NON_NULL) Double confidence,
                      @JsonInclude(JsonInclude.Include.NON_NULL) List<String> confidenceReasons,
                      @JsonInclude(JsonInclude.Include.NON_NULL) CorrectionJson correction) {
        static LaunchJson of(BriefingLaunch l) {
            FactReview r = l.review();
            return new LaunchJson(r == null ? null : r.id(), l.company(), l.product(), l.status().name(), l.window(),
                    l.windowText(), l.articleIds(), l.evidence(), l.outlets(), r == null ? null : r.confidence(),
                    r == null ? null : r.reasons(), CorrectionJson.of(r));
        }
    }

    /** An editor's correction: kept or fixed, by whom, when, and the fields' values before the fix. */
    record CorrectionJson(String action, String by, Instant at, Map<String, String> original) {
        static CorrectionJson of(FactReview review) {
            FactCorrection c = review == null ? null : review.correction();
            return c == null ? null : new CorrectionJson(c.action(), c.by(), c.at(), c.original());
        }
    }

    record FxJson(LocalDate date, Map<String, Double> usdPerUnit) {
        static FxJson of(FxTable fx) {
            return new FxJson(fx.date(), new TreeMap<>(fx.usdPerUnit()));
        }
    }
}
