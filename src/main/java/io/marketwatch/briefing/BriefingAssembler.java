package io.marketwatch.briefing;

import io.marketwatch.extract.CompanyFact;
import io.marketwatch.kb.KnownEntity;
import io.marketwatch.extract.InvestmentFact;
import io.marketwatch.extract.LaunchFact;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Builds the night's {@link Briefing} from extracted articles: one company per real company
 * across articles, one investment or launch per fact however many articles report it, USD
 * figures, corroborating outlets, company summaries and the executive summary.
 *
 * <p>Feed it articles in input order with {@link #add}, then call {@link #build} once. It keeps
 * facts and metadata, never article text.
 */
public final class BriefingAssembler {

    private final FxTable fx;
    private final HighlightsRule highlights;
    private final FactCorrections corrections;
    private final List<ExtractedArticle> articles = new ArrayList<>();
    /** Names of companies that an article linked to a knowledge-base entry. */
    private final Set<String> linkedNames = new HashSet<>();
    private final CompanyGroups groups = new CompanyGroups();

    /** An assembler that applies no editor's corrections. */
    public BriefingAssembler(FxTable fx, HighlightsRule highlights) {
        this(fx, highlights, FactCorrections.NONE);
    }

    public BriefingAssembler(FxTable fx, HighlightsRule highlights, FactCorrections corrections) {
        this.fx = fx;
        this.highlights = highlights;
        this.corrections = corrections;
    }

    public void add(ExtractedArticle article) {
        articles.add(article);
        article.facts().companies().forEach(company -> {
            groups.add(company);
            if (company.entity() != null) {
                linkedNames.add(company.name());
            }
        });
    }

    public Briefing build(LocalDate asOf, Instant generatedAt, List<SkippedFile> skipped) {
        Map<String, ExtractedArticle> byId = new LinkedHashMap<>();
        articles.forEach(a -> byId.putIfAbsent(a.id(), a));
        List<BriefingArticle> briefingArticles = byId.values().stream().map(BriefingAssembler::toBriefingArticle).toList();
        Set<String> linkedGroups = new HashSet<>();
        linkedNames.forEach(name -> linkedGroups.add(groups.groupOf(name)));
        ConfidenceRule confidence = new ConfidenceRule(new ExtractedCompanies(groups, linkedGroups),
                highlights.minConfidence());
        CorrectionsApplied corrected = new CorrectionsApplied(corrections, fx);
        Importance importance = Importance.of(asOf, briefingArticles);
        List<BriefingInvestment> investments = corrected.investments(
                new InvestmentMerger(groups, fx, byId, confidence).merge(byId.values())).stream()
                .sorted(importance.investments()).toList();
        List<BriefingLaunch> launches = corrected.launches(new LaunchMerger(groups, byId, confidence)
                .merge(byId.values())).stream().sorted(importance.launches()).toList();
        List<BriefingCompany> companies = companies(byId.values(), investments, launches, importance);
        List<Highlight> lines = highlights.select(importance, asOf, investments, launches);
        return new Briefing(asOf, generatedAt, period(byId.values()), briefingArticles, companies, investments,
                launches, lines, skipped, fx);
    }

    private static BriefingArticle toBriefingArticle(ExtractedArticle a) {
        return new BriefingArticle(a.id(), a.title(), a.url(), a.publishedAt(), a.facts().sources(), a.language(),
                a.file(), a.facts().summary(), a.outlet());
    }

    private static DatePeriod period(Iterable<ExtractedArticle> articles) {
        LocalDate from = null;
        LocalDate to = null;
        for (ExtractedArticle a : articles) {
            LocalDate d = a.publishedAt();
            if (d != null) {
                from = from == null || d.isBefore(from) ? d : from;
                to = to == null || d.isAfter(to) ? d : to;
            }
        }
        return new DatePeriod(from, to);
    }

    private List<BriefingCompany> companies(Iterable<ExtractedArticle> articles, List<BriefingInvestment> investments,
                                            List<BriefingLaunch> launches, Importance importance) {
        Map<String, CompanyTally> tallies = new LinkedHashMap<>();
        for (ExtractedArticle article : articles) {
            Set<String> inArticle = new LinkedHashSet<>();
            for (CompanyFact company : article.facts().companies()) {
                String group = groups.groupOf(company.name());
                if (group.isEmpty()) {
                    continue;
                }
                inArticle.add(group);
                CompanyTally tally = tallies.computeIfAbsent(group, g -> new CompanyTally());
                tally.articleIds.add(article.id());
                tally.mentions += company.mentions();
                if (company.entity() != null) {
                    tally.entities.putIfAbsent(company.entity().kbId(), company.entity());
                }
            }
            for (String group : inArticle) {
                CompanyTally tally = tallies.get(group);
                inArticle.stream().filter(other -> !other.equals(group))
                        .forEach(other -> tally.together.merge(other, 1, Integer::sum));
                tally.summary.addSentencesAbout(group, article, groups);
            }
        }
        Map<String, Double> invested = new HashMap<>();
        Map<String, Double> bestFact = new HashMap<>();
        for (BriefingInvestment investment : investments) {
            if (investment.investor() != null && investment.amountUsd() != null) {
                invested.merge(groups.groupOf(investment.investor()), investment.amountUsd(), Double::sum);
            }
            double score = importance.score(investment);
            Stream.of(investment.investor(), investment.recipient()).filter(Objects::nonNull).map(groups::groupOf)
                    .distinct().forEach(group -> bestFact.merge(group, score, Math::max));
        }
        for (BriefingLaunch launch : launches) {
            if (launch.company() != null) {
                bestFact.merge(groups.groupOf(launch.company()), importance.score(launch), Math::max);
            }
        }
        Map<BriefingCompany, String> groupOf = new IdentityHashMap<>();
        List<BriefingCompany> companies = new ArrayList<>(tallies.size());
        tallies.forEach((group, tally) -> {
            String name = groups.canonicalName(group);
            List<String> aliases = groups.spellings(group).stream().filter(s -> !s.equals(name)).toList();
            List<String> together = tally.together.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(8).map(e -> groups.canonicalName(e.getKey())).toList();
            BriefingCompany company = new BriefingCompany(name, aliases, List.copyOf(tally.articleIds),
                    tally.mentions, tally.summary.text(), invested.getOrDefault(group, 0d), together, tally.entity());
            groupOf.put(company, group);
            companies.add(company);
        });
        companies.sort(importance.companies(c -> bestFact.getOrDefault(groupOf.get(c), 0d)));
        return companies;
    }

    private static final class CompanyTally {
        final Set<String> articleIds = new LinkedHashSet<>();
        final Map<String, Integer> together = new HashMap<>();
        final CompanySummary summary = new CompanySummary();
        /** The knowledge-base companies the articles link it to, by kbId. */
        final Map<String, KnownEntity> entities = new LinkedHashMap<>(2);
        int mentions;

        /** The one company every linking article agrees on, or null. */
        KnownEntity entity() {
            return entities.size() == 1 ? entities.values().iterator().next() : null;
        }
    }
}
