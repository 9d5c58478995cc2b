package io.marketwatch.report.pdf;

import io.marketwatch.briefing.Briefing;
import io.marketwatch.briefing.BriefingArticle;
import io.marketwatch.briefing.BriefingCompany;
import io.marketwatch.briefing.BriefingInvestment;
import io.marketwatch.briefing.BriefingLaunch;
import io.marketwatch.briefing.UsdConversion;
import io.marketwatch.extract.LaunchStatus;
import io.marketwatch.kb.KnownEntity;
import io.marketwatch.report.pdf.BriefingView.CompanySection;
import io.marketwatch.report.pdf.BriefingView.Figure;
import io.marketwatch.report.pdf.BriefingView.HighlightItem;
import io.marketwatch.report.pdf.BriefingView.InvestmentRow;
import io.marketwatch.report.pdf.BriefingView.LaunchRow;
import io.marketwatch.report.pdf.BriefingView.PassedRow;
import io.marketwatch.report.pdf.BriefingView.Shown;
import io.marketwatch.report.pdf.BriefingView.SkippedRow;
import io.marketwatch.report.pdf.BriefingView.SourceRef;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Chooses what the PDF shows and formats it: the first items of each list of the model (which the
 * model already orders by importance), their citations numbered in reading order, and the charts.
 * It computes no fact of its own.
 */
final class BriefingViewBuilder {

    private static final int SKIPPED_SHOWN = 20;
    private static final int NAMES_SHOWN = 8;
    private static final int KEYWORD_COMPANIES = 5;
    private static final DateTimeFormatter GENERATED =
            DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private final PdfOptions options;
    private final BriefingCharts charts;

    BriefingViewBuilder(PdfOptions options, BriefingCharts charts) {
        this.options = options;
        this.charts = charts;
    }

    BriefingView build(Briefing briefing) {
        SourceNumbers sources = new SourceNumbers(briefing.articles());
        String asOf = Formats.longDate(briefing.asOf());
        String period = Formats.period(briefing.period());

        List<HighlightItem> highlights = briefing.highlights().stream()
                .map(highlight -> new HighlightItem(highlight.text(), sources.cite(highlight.articleIds())))
                .toList();
        Shown<InvestmentRow> investments =
                shown(briefing.investments(), options.investments(), "", row -> investmentRow(row, sources));
        List<BriefingLaunch> upcoming = upcoming(briefing.launches(), briefing.asOf());
        List<BriefingLaunch> upcomingShown = upcoming.stream().limit(options.launches()).toList();
        Shown<LaunchRow> upcomingRows = shown(upcoming, options.launches(), "", row -> launchRow(row, sources));
        Shown<PassedRow> passedRows = shown(windowPassed(briefing.launches(), briefing.asOf()), options.launches(), "",
                row -> new PassedRow(launchRow(row, sources), Formats.date(lastNews(row, sources))));
        Shown<LaunchRow> releasedRows =
                shown(released(briefing.launches()), options.launches(), "", row -> launchRow(row, sources));
        CompanyFacts facts = new CompanyFacts(briefing);
        Shown<CompanySection> companies = shown(briefing.companies(), options.companies(), " companies",
                company -> companySection(company, facts, sources));

        return new BriefingView(
                "Market Watch investor briefing, " + asOf,
                "Investor briefing",
                asOf,
                period,
                briefing.generatedAt() == null ? null : GENERATED.format(briefing.generatedAt()),
                "Investments, product launches and companies in " + Formats.count(briefing.articles().size())
                        + " news articles published " + period + ", as of " + asOf,
                keywords(briefing),
                briefing.articles().isEmpty(),
                figures(briefing),
                highlights,
                investments,
                charts.investmentsByCompany(briefing.companies()),
                chartSource(briefing, asOf, period),
                upcomingRows,
                passedRows,
                releasedRows,
                charts.launchTimeline(upcomingShown, briefing.asOf()),
                charts.launchesByMonth(briefing.launches(), briefing.asOf()),
                companies,
                sources.entries(),
                shown(briefing.skipped(), SKIPPED_SHOWN, " files", file -> new SkippedRow(file.file(), file.reason())),
                fxRates(briefing),
                briefing.fx() == null ? null : Formats.date(briefing.fx().date()),
                CorrectionNotes.footnotes(briefing.investments().stream().map(BriefingInvestment::review).toList()),
                CorrectionNotes.footnotes(briefing.launches().stream().map(BriefingLaunch::review).toList()));
    }

    private CompanySection companySection(BriefingCompany company, CompanyFacts facts, SourceNumbers sources) {
        int perCompany = options.itemsPerCompany();
        String stats = Formats.count(company.mentions()) + (company.mentions() == 1 ? " mention" : " mentions")
                + " in " + Formats.count(company.articleIds().size())
                + (company.articleIds().size() == 1 ? " article" : " articles")
                + (company.investedUsd() > 0 ? " · invests " + Formats.usd(company.investedUsd()) : "");
        return new CompanySection(
                "company-" + facts.index(company),
                company.name(),
                listing(company.entity()),
                company.aliases().isEmpty() ? null : String.join(", ", company.aliases()),
                stats,
                company.summary(),
                shown(facts.investments(company), perCompany, "", row -> investmentRow(row, sources)),
                shown(facts.launches(company), perCompany, "", row -> launchRow(row, sources)),
                names(company.mentionedWith()),
                shown(company.articleIds().stream().distinct().filter(id -> sources.article(id) != null).toList(),
                        perCompany, " articles", id -> sourceRef(id, sources)));
    }

    /** "NVDA · NASDAQ · US · Information Technology": what the base knows of a linked company, or null. */
    private static String listing(KnownEntity entity) {
        if (entity == null) {
            return null;
        }
        String line = Stream.of(entity.ticker(), entity.exchange(), entity.country(), entity.sector())
                .filter(Objects::nonNull).collect(Collectors.joining(" \u00b7 "));
        return line.isEmpty() ? null : line;
    }

    private static SourceRef sourceRef(String articleId, SourceNumbers sources) {
        BriefingArticle article = sources.article(articleId);
        String outlet = SourceNumbers.outlet(article);
        String date = Formats.date(article.publishedAt());
        return new SourceRef(sources.citation(articleId), article.title(), outlet == null ? date : outlet + ", " + date);
    }

    private static InvestmentRow investmentRow(BriefingInvestment investment, SourceNumbers sources) {
        boolean hasRecipient = investment.recipient() != null && !investment.recipient().isBlank();
        String target = hasRecipient ? investment.recipient() : investment.purpose();
        String usd = investment.amountUsd() == null ? "—" : Formats.usd(investment.amountUsd());
        return new InvestmentRow(
                investment.investor() == null ? "Undisclosed" : investment.investor(),
                target == null ? "—" : target,
                hasRecipient ? investment.purpose() : null,
                investment.horizon(),
                String.valueOf(investment.kind()),
                String.valueOf(investment.status()),
                investment.amount() == null ? "—" : investment.amount().text(),
                investment.amount() == null ? null : Formats.money(investment.amount()),
                usd,
                usdNote(investment),
                outlets(investment.outlets()),
                sources.cite(investment.articleIds()),
                CorrectionNotes.mark(investment.review()));
    }

    private static String usdNote(BriefingInvestment investment) {
        UsdConversion conversion = investment.conversion();
        if (investment.amountUsd() == null) {
            return "not converted";
        }
        if (conversion == null || investment.amount() != null && "USD".equals(investment.amount().currency())) {
            return null;
        }
        if (conversion.byArticle()) {
            return "as stated";
        }
        String rate = conversion.rate() == null ? "FX table" : "FX " + Formats.decimal(conversion.rate());
        return conversion.rateDate() == null ? rate : rate + " · " + Formats.date(conversion.rateDate());
    }

    private static LaunchRow launchRow(BriefingLaunch launch, SourceNumbers sources) {
        return new LaunchRow(Formats.window(launch.window()), launch.windowText(), launch.company(), launch.product(),
                String.valueOf(launch.status()), outlets(launch.outlets()), sources.cite(launch.articleIds()),
                CorrectionNotes.mark(launch.review()));
    }

    /**
     * Launches still to come (expected, delayed, denied) whose window ends on or after the as-of
     * date, or that have no date yet, in the model's order of importance.
     */
    private static List<BriefingLaunch> upcoming(List<BriefingLaunch> launches, LocalDate asOf) {
        return launches.stream()
                .filter(launch -> launch.status() != LaunchStatus.released)
                .filter(launch -> end(launch) == null || !end(launch).isBefore(asOf))
                .toList();
    }

    /**
     * Expected, delayed and denied launches whose window ended before the as-of date, in the model's
     * order of importance: an analyst asks what became of them. The facts themselves keep the status
     * the articles gave them.
     */
    private static List<BriefingLaunch> windowPassed(List<BriefingLaunch> launches, LocalDate asOf) {
        return launches.stream()
                .filter(launch -> launch.status() != LaunchStatus.released)
                .filter(launch -> end(launch) != null && end(launch).isBefore(asOf))
                .toList();
    }

    /** The publication date of the latest article about the launch, or null when none is dated. */
    private static LocalDate lastNews(BriefingLaunch launch, SourceNumbers sources) {
        return launch.articleIds().stream().map(sources::article).filter(Objects::nonNull)
                .map(BriefingArticle::publishedAt).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
    }

    /** Released launches, in the model's order of importance. */
    private static List<BriefingLaunch> released(List<BriefingLaunch> launches) {
        return launches.stream().filter(launch -> launch.status() == LaunchStatus.released).toList();
    }

    private static LocalDate end(BriefingLaunch launch) {
        if (launch.window() == null) {
            return null;
        }
        return launch.window().to() != null ? launch.window().to() : launch.window().from();
    }

    /** "Source: Market Watch, 23 news articles from 27 outlets published 6 Feb 2019 – 9 Oct 2025; as of 1 January 2026." */
    private static String chartSource(Briefing briefing, String asOf, String period) {
        int articles = briefing.articles().size();
        int outlets = outlets(briefing).size();
        return "Source: Market Watch, " + Formats.count(articles) + (articles == 1 ? " news article" : " news articles")
                + " from " + Formats.count(outlets) + (outlets == 1 ? " outlet" : " outlets") + " published " + period
                + "; as of " + asOf + ".";
    }

    private static Set<String> outlets(Briefing briefing) {
        Set<String> outlets = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (BriefingArticle article : briefing.articles()) {
            Stream.concat(Stream.ofNullable(article.outlet()), article.sources().stream())
                    .filter(name -> !name.isBlank())
                    .forEach(outlets::add);
        }
        return outlets;
    }

    private static List<Figure> figures(Briefing briefing) {
        return List.of(
                figure(briefing.articles().size(), "article", "articles"),
                figure(outlets(briefing).size(), "outlet", "outlets"),
                figure(briefing.companies().size(), "company", "companies"),
                figure(briefing.investments().size(), "investment", "investments"),
                figure(briefing.launches().size(), "launch", "launches"));
    }

    private static Figure figure(int n, String one, String many) {
        return new Figure(Formats.count(n), n == 1 ? one : many);
    }

    private static String keywords(Briefing briefing) {
        Set<String> keywords = new LinkedHashSet<>(List.of("investor briefing", "investments", "product launches"));
        briefing.companies().stream().limit(KEYWORD_COMPANIES).map(BriefingCompany::name).forEach(keywords::add);
        return String.join(", ", keywords);
    }

    private static List<String> fxRates(Briefing briefing) {
        Map<String, Double> used = new TreeMap<>();
        for (BriefingInvestment investment : briefing.investments()) {
            UsdConversion conversion = investment.conversion();
            if (conversion != null && !conversion.byArticle() && conversion.rate() != null && investment.amount() != null) {
                used.putIfAbsent(investment.amount().currency(), conversion.rate());
            }
        }
        List<String> rates = new ArrayList<>();
        used.forEach((currency, rate) -> rates.add(Formats.rate(currency, rate)));
        return rates;
    }

    private static String outlets(List<String> outlets) {
        if (outlets.isEmpty()) {
            return "—";
        }
        return outlets.size() <= 3 ? String.join(", ", outlets)
                : String.join(", ", outlets.subList(0, 3)) + " +" + (outlets.size() - 3);
    }

    private static String names(List<String> names) {
        if (names.isEmpty()) {
            return null;
        }
        return names.size() <= NAMES_SHOWN ? String.join(", ", names)
                : String.join(", ", names.subList(0, NAMES_SHOWN)) + " and " + Formats.count(names.size() - NAMES_SHOWN)
                + " more";
    }

    private static <T, R> Shown<R> shown(List<T> items, int limit, String noun, Function<T, R> view) {
        List<R> rows = items.stream().limit(limit).map(view).toList();
        int rest = items.size() - rows.size();
        return new Shown<>(rows, rest > 0 ? "… and " + Formats.count(rest) + " more" + noun + " in the workbook" : null);
    }

    /** The investments and launches of each company, looked up by its name and aliases, in the model's order. */
    private static final class CompanyFacts {

        private final Map<String, List<BriefingInvestment>> investments = new LinkedHashMap<>();
        private final Map<String, List<BriefingLaunch>> launches = new LinkedHashMap<>();
        private final Map<BriefingCompany, Integer> indexes = new IdentityHashMap<>();

        CompanyFacts(Briefing briefing) {
            for (BriefingInvestment investment : briefing.investments()) {
                Stream.of(investment.investor(), investment.recipient()).filter(Objects::nonNull).distinct()
                        .forEach(name -> investments.computeIfAbsent(key(name), k -> new ArrayList<>()).add(investment));
            }
            for (BriefingLaunch launch : briefing.launches()) {
                if (launch.company() != null) {
                    launches.computeIfAbsent(key(launch.company()), k -> new ArrayList<>()).add(launch);
                }
            }
            for (int i = 0; i < briefing.companies().size(); i++) {
                indexes.put(briefing.companies().get(i), i + 1);
            }
        }

        int index(BriefingCompany company) {
            return indexes.get(company);
        }

        List<BriefingInvestment> investments(BriefingCompany company) {
            return collect(company, investments);
        }

        List<BriefingLaunch> launches(BriefingCompany company) {
            return collect(company, launches);
        }

        private static <T> List<T> collect(BriefingCompany company, Map<String, List<T>> byName) {
            Set<T> found = new LinkedHashSet<>();
            Stream.concat(Stream.of(company.name()), company.aliases().stream())
                    .map(name -> byName.getOrDefault(key(name), List.of()))
                    .forEach(found::addAll);
            return List.copyOf(found);
        }

        private static String key(String name) {
            return name.strip().toLowerCase(Locale.ROOT);
        }
    }
}
