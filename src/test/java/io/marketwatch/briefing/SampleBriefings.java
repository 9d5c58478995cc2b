package io.marketwatch.briefing;

import io.marketwatch.extract.InvestmentKind;
import io.marketwatch.extract.InvestmentStatus;
import io.marketwatch.extract.LaunchStatus;
import io.marketwatch.extract.LaunchWindow;
import io.marketwatch.extract.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Briefings for renderer tests: the seed article's facts, and a large synthetic one. */
public final class SampleBriefings {

    public static final LocalDate AS_OF = LocalDate.of(2025, 4, 2);
    public static final FxTable FX = new FxTable(LocalDate.of(2025, 1, 2),
            Map.of("USD", 1.0, "CNY", 0.137, "EUR", 1.04, "JPY", 0.0064, "KRW", 0.00068, "INR", 0.0117));

    private SampleBriefings() {
    }

    /** The seed article (Alibaba, Qwen 3) plus a Korean capex story with a CJK alias. */
    public static Briefing seed() {
        var alibabaArticle = new BriefingArticle("3e79fe8e4ece3166",
                "Alibaba gears up to release Qwen 3 as DeepSeek rivalry intensifies", null,
                LocalDate.of(2025, 4, 1), List.of("Bloomberg News"), "en", "000_3e79fe8e4ece3166.txt",
                "Alibaba Group is gearing up to release Qwen 3, the next generation of its flagship artificial "
                        + "intelligence model, as early as this month.", null);
        var samsungArticle = new BriefingArticle("9a0c2b1d4e5f6071",
                "Samsung Display to pour 4.1 trillion won into IT OLED line in Asan",
                "https://news.example.com/samsung-display", LocalDate.of(2023, 4, 4),
                List.of("Yonhap News Agency"), "en", "samsung-display-it-oled.txt",
                "Samsung Display will invest 4.1 trillion won (US$3.1 billion) in an IT OLED line.",
                "Seoul Tech Daily");
        var alibaba = new BriefingCompany("Alibaba Group", List.of("Alibaba", "阿里巴巴"),
                List.of(alibabaArticle.id()), 24,
                "Alibaba Group is gearing up to release Qwen 3 as early as this month. The company has announced "
                        + "plans to invest approximately 380 billion yuan in computing infrastructure.",
                55_000_000_000d, List.of("DeepSeek", "OpenAI"));
        var deepSeek = new BriefingCompany("DeepSeek", List.of(), List.of(alibabaArticle.id()), 12,
                "DeepSeek aims to release its next-generation model before May.", 0, List.of("Alibaba Group", "OpenAI"));
        var openAi = new BriefingCompany("OpenAI", List.of(), List.of(alibabaArticle.id()), 1, null, 0,
                List.of("Alibaba Group", "DeepSeek"));
        var samsung = new BriefingCompany("Samsung Display", List.of(), List.of(samsungArticle.id()), 5,
                "Samsung Display will invest 4.1 trillion won in an IT OLED line.", 3_100_000_000d, List.of());
        var capex = new BriefingInvestment("Alibaba Group", null, "computing infrastructure", InvestmentKind.capex,
                new Money(new BigDecimal("380000000000"), "CNY", "380 billion yuan"), 55_000_000_000d,
                UsdConversion.fromArticle(), InvestmentStatus.planned, "over the coming years",
                List.of(alibabaArticle.id()),
                "The company has previously announced plans to invest approximately 380 billion yuan (around $55 "
                        + "billion) in computing infrastructure over the coming years.",
                List.of());
        var oled = new BriefingInvestment("Samsung Display", null, "8.6th-generation IT OLED line in Asan",
                InvestmentKind.capex, new Money(new BigDecimal("4100000000000"), "KRW", "4.1 trillion won"),
                2_788_000_000d, new UsdConversion(false, 0.00068, FX.date()), InvestmentStatus.planned,
                "through 2026", List.of(samsungArticle.id()),
                "Samsung Display will invest 4.1 trillion won in an 8.6th-generation IT OLED line through 2026.",
                List.of("Seoul Tech Daily"));
        var qwen3 = new BriefingLaunch("Alibaba Group", "Qwen 3", LaunchStatus.expected,
                new LaunchWindow(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 30)), "as early as this month",
                List.of(alibabaArticle.id()),
                "Alibaba Group is gearing up to release Qwen 3, the next generation of its flagship artificial "
                        + "intelligence model, as early as this month.",
                List.of());
        var deepSeekNext = new BriefingLaunch("DeepSeek", "next-generation model", LaunchStatus.expected,
                new LaunchWindow(null, LocalDate.of(2025, 4, 30)), "before May", List.of(alibabaArticle.id()),
                "Sources familiar with DeepSeek's plans indicate the company aims to release its next-generation "
                        + "model before May, putting additional pressure on established players like Alibaba.",
                List.of());
        var qwenMax = new BriefingLaunch("Alibaba Group", "Qwen 2.5-Max", LaunchStatus.released,
                new LaunchWindow(LocalDate.of(2025, 1, 20), LocalDate.of(2025, 1, 31)), "late January",
                List.of(alibabaArticle.id()),
                "Just days after DeepSeek made headlines in late January, Alibaba rushed out Qwen 2.5-Max.",
                List.of());
        var highlights = List.of(
                new Highlight("Alibaba Group plans to invest 380 billion yuan (US$55.0 billion) in computing "
                        + "infrastructure.", List.of(alibabaArticle.id())),
                new Highlight("Alibaba Group is expected to release Qwen 3 by 2025-04-30.",
                        List.of(alibabaArticle.id())));
        return new Briefing(AS_OF, Instant.parse("2025-04-02T02:00:00Z"),
                new DatePeriod(LocalDate.of(2023, 4, 4), LocalDate.of(2025, 4, 1)),
                List.of(alibabaArticle, samsungArticle), List.of(alibaba, deepSeek, samsung, openAi),
                List.of(capex, oled), List.of(qwen3, deepSeekNext, qwenMax), highlights,
                List.of(new SkippedFile("broken.json", "not JSON: unexpected end of input at line 3")), FX);
    }

    /** A briefing with {@code n} articles, each with a company, an investment and a launch. */
    public static Briefing large(int n) {
        List<BriefingArticle> articles = new ArrayList<>(n);
        List<BriefingCompany> companies = new ArrayList<>(n);
        List<BriefingInvestment> investments = new ArrayList<>(n);
        List<BriefingLaunch> launches = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String id = String.format("%016x", i);
            String company = "Company " + i + " Holdings";
            LocalDate day = LocalDate.of(2025, 1, 1).plusDays(i % 365);
            articles.add(new BriefingArticle(id, company + " commits " + i + " million", "https://news.example.com/" + i,
                    day, List.of(), "en", "a" + i + ".md", company + " will invest.", "Example News"));
            companies.add(new BriefingCompany(company, List.of("Company " + i), List.of(id), 3, company + " will invest.",
                    i * 1_000_000d, List.of()));
            investments.add(new BriefingInvestment(company, null, "a plant", InvestmentKind.capex,
                    new Money(BigDecimal.valueOf(i * 1_000_000L), "USD", "$" + i + " million"), i * 1_000_000d, null,
                    InvestmentStatus.planned, null, List.of(id), company + " will invest $" + i + " million.",
                    List.of("Example News")));
            launches.add(new BriefingLaunch(company, "Product " + i, LaunchStatus.expected,
                    new LaunchWindow(day, day.plusDays(30)), "next month", List.of(id),
                    company + " will release Product " + i + " next month.", List.of("Example News")));
        }
        return new Briefing(AS_OF, Instant.parse("2025-04-02T02:00:00Z"),
                new DatePeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)), articles, companies,
                investments, launches, List.of(), List.of(), FX);
    }
}
