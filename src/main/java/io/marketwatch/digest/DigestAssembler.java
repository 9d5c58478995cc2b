package io.marketwatch.digest;

import io.marketwatch.briefing.Briefing;
import io.marketwatch.briefing.BriefingAssembler;
import io.marketwatch.briefing.BriefingInvestment;
import io.marketwatch.briefing.FactCorrections;
import io.marketwatch.briefing.FxTable;
import io.marketwatch.briefing.HighlightsRule;
import io.marketwatch.briefing.SkippedFile;
import io.marketwatch.digest.LaunchHistory.DatedArticle;
import io.marketwatch.extract.InvestmentKind;
import io.marketwatch.store.NightlyStore;
import io.marketwatch.store.NightlyStore.CompletedRun;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Builds a {@link WeeklyDigest} from the nightly runs stored in the database. The week's articles
 * are those first stored by a run of the week (an article read again later is not news again);
 * what is new or changed is decided against every earlier run under the same output folder. The
 * editors' corrections apply; facts below the confidence threshold stay out of the mail's lists.
 */
final class DigestAssembler {

    /** Earlier than any nightly run. */
    private static final LocalDate BEGINNING = LocalDate.of(1900, 1, 1);

    private final NightlyStore store;
    private final FxTable fx;
    private final HighlightsRule highlights;
    private final FactCorrections corrections;

    DigestAssembler(NightlyStore store, FxTable fx, HighlightsRule highlights, FactCorrections corrections) {
        this.store = store;
        this.fx = fx;
        this.highlights = highlights;
        this.corrections = corrections;
    }

    /** The week's completed runs under the output folder, and the earlier ones. */
    WeekRuns runs(IsoWeek week, Path output) {
        List<CompletedRun> inWeek = store.completedRuns(week.monday(), week.sunday());
        List<CompletedRun> mine = inWeek.stream().filter(r -> isUnder(r.outputFolder(), output)).toList();
        if (mine.isEmpty()) {
            String elsewhere = inWeek.isEmpty() ? ""
                    : " (runs of that week wrote to: " + String.join(", ",
                    inWeek.stream().map(CompletedRun::outputFolder).distinct().toList()) + ")";
            throw new DigestException("No completed nightly run in " + week + " (" + week.dates() + ") under "
                    + output + elsewhere + ". Run `briefing --output " + output + "` for days of that week first, "
                    + "or choose another week with --week.");
        }
        List<CompletedRun> earlier = store.completedRuns(BEGINNING, week.monday().minusDays(1)).stream()
                .filter(r -> isUnder(r.outputFolder(), output)).toList();
        return new WeekRuns(week, mine, earlier);
    }

    WeeklyDigest assemble(WeekRuns runs, Instant generatedAt) {
        List<DatedArticle> earlier = articles(runs.earlier(), Set.of());
        Set<String> earlierIds = ids(earlier);
        List<DatedArticle> fresh = articles(runs.runs(), earlierIds);
        Set<String> freshIds = ids(fresh);
        LocalDate end = runs.week().sunday();

        List<SkippedFile> skipped = runs.runs().stream().flatMap(r -> store.skips(r.run()).stream()).distinct().toList();
        Briefing week = briefing(fresh.stream(), end, generatedAt, skipped);
        Briefing all = briefing(Stream.concat(earlier.stream(), fresh.stream()), end, generatedAt, List.of());

        CompanyIndex companies = new CompanyIndex(all.companies());
        LaunchHistory before = new LaunchHistory(companies).addAll(earlier);
        LaunchHistory now = new LaunchHistory(companies).addAll(earlier).addAll(fresh);
        return new WeeklyDigest(runs.week(), week, week.articles(),
                all.companies().stream().filter(c -> freshIds.containsAll(c.articleIds())).toList(),
                week.investments().stream().filter(i -> highlights.confident(i.review())).toList(),
                week.launches().stream().filter(l -> highlights.confident(l.review())).toList(),
                now.aheadOf(end), now.changesSince(before, freshIds, runs.week().monday()),
                byCompany(all.investments().stream().filter(i -> freshIds.containsAll(i.articleIds())
                        && highlights.confident(i.review())).toList()),
                all.companies(), List.of());
    }

    /** The runs' articles not among {@code exclude}, each once, in run order then input order. */
    private List<DatedArticle> articles(List<CompletedRun> runs, Set<String> exclude) {
        Set<String> seen = new HashSet<>(exclude);
        List<DatedArticle> articles = new ArrayList<>();
        for (CompletedRun run : runs) {
            store.forEachArticle(run.run(), article -> {
                if (seen.add(article.id())) {
                    articles.add(new DatedArticle(article, run.asOf()));
                }
            });
        }
        return articles;
    }

    private Briefing briefing(Stream<DatedArticle> articles, LocalDate asOf, Instant generatedAt,
                              List<SkippedFile> skipped) {
        BriefingAssembler assembler = new BriefingAssembler(fx, highlights, corrections);
        articles.map(DatedArticle::article).forEach(assembler::add);
        return assembler.build(asOf, generatedAt, skipped);
    }

    private static List<CompanyInvestments> byCompany(List<BriefingInvestment> investments) {
        Map<String, List<BriefingInvestment>> groups = new LinkedHashMap<>();
        for (BriefingInvestment investment : investments) {
            String company = investment.kind() == InvestmentKind.funding && investment.recipient() != null
                    ? investment.recipient()
                    : investment.investor() != null ? investment.investor()
                    : investment.recipient() != null ? investment.recipient() : "Undisclosed investors";
            groups.computeIfAbsent(company, c -> new ArrayList<>()).add(investment);
        }
        return groups.entrySet().stream().map(e -> new CompanyInvestments(e.getKey(), e.getValue())).toList();
    }

    private static Set<String> ids(List<DatedArticle> articles) {
        Set<String> ids = new HashSet<>();
        articles.forEach(a -> ids.add(a.article().id()));
        return ids;
    }

    /** Whether a run's folder (OUTPUT/&lt;as-of&gt;) lies in the output folder. */
    private static boolean isUnder(String runFolder, Path output) {
        return Path.of(runFolder).toAbsolutePath().normalize().startsWith(output.toAbsolutePath().normalize());
    }
}
