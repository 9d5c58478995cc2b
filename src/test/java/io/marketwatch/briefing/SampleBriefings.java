package io.marketwatch.briefing;

import io.marketwatch.extract.InvestmentKind;
import io.marketwatch.extract.InvestmentStatus;
import io.marketwatch.extract.LaunchStatus;
import io.marketwatch.extract.LaunchWindow;
import io.marketwatch.extract.Money;
import io.marketwatch.kb.EntityKind;
import io.marketwatch.kb.KnownEntity;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** Briefings for renderer tests: the seed article's facts, and a large synthetic one. */
public final class SampleBriefings {

    /** Alibaba Group as the knowledge base knows it (the other seed companies are not linked). */
    public static final KnownEntity ALIBABA_ENTITY = new KnownEntity("alibaba-group", EntityKind.COMPANY,
            "Alibaba Group", List.of("Alibaba"), false, "9988.HK", "Hong Kong Stock Exchange", "XHKG",
            "KYG017191142", null, "0001577552", null, null, "CN", "Consumer Discretionary",
            "Internet & Direct Marketing Retail", "http://www.alibabagroup.com", null);


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
                55_000_000_000d, List.of("DeepSeek", "OpenAI"), ALIBABA_ENTITY);
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
                List.of(), null);
        var oled = new BriefingInvestment("Samsung Display", null, "8.6th-generation IT OLED line in Asan",
                InvestmentKind.capex, new Money(new BigDecimal("4100000000000"), "KRW", "4.1 trillion won"),
                2_788_000_000d, new UsdConversion(false, 0.00068, FX.date()), InvestmentStatus.planned,
                "through 2026", List.of(samsungArticle.id()),
                "Samsung Display will invest 4.1 trillion won in an 8.6th-generation IT OLED line through 2026.",
                List.of("Seoul Tech Daily"), null);
        var qwen3 = new BriefingLaunch("Alibaba Group", "Qwen 3", LaunchStatus.expected,
                new LaunchWindow(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 30)), "as early as this month",
                List.of(alibabaArticle.id()),
                "Alibaba Group is gearing up to release Qwen 3, the next generation of its flagship artificial "
                        + "intelligence model, as early as this month.",
                List.of(), null);
        var deepSeekNext = new BriefingLaunch("DeepSeek", "next-generation model", LaunchStatus.expected,
                new LaunchWindow(null, LocalDate.of(2025, 4, 30)), "before May", List.of(alibabaArticle.id()),
                "Sources familiar with DeepSeek's plans indicate the company aims to release its next-generation "
                        + "model before May, putting additional pressure on established players like Alibaba.",
                List.of(), null);
        var qwenMax = new BriefingLaunch("Alibaba Group", "Qwen 2.5-Max", LaunchStatus.released,
                new LaunchWindow(LocalDate.of(2025, 1, 20), LocalDate.of(2025, 1, 31)), "late January",
                List.of(alibabaArticle.id()),
                "Just days after DeepSeek made headlines in late January, Alibaba rushed out Qwen 2.5-Max.",
                List.of(), null);
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
                    List.of("Example News"), null));
            launches.add(new BriefingLaunch(company, "Product " + i, LaunchStatus.expected,
                    new LaunchWindow(day, day.plusDays(30)), "next month", List.of(id),
                    company + " will release Product " + i + " next month.", List.of("Example News"), null));
        }
        Collections.reverse(investments); // the model's order: the largest first
        return new Briefing(AS_OF, Instant.parse("2025-04-02T02:00:00Z"),
                new DatePeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)), articles, companies,
                investments, launches, List.of(), List.of(), FX);
    }

    /** A day without articles: every list empty, the period open at both ends. */
    public static Briefing empty() {
        return new Briefing(AS_OF, Instant.parse("2025-04-02T02:00:00Z"), new DatePeriod(null, null), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), FX);
    }

    /**
     * Names and amounts in several scripts and currencies: a company named in Chinese (小米集团), a Korean
     * alias (삼성전자), an accented name (Société Générale), and amounts written in ₹, €, £, ¥ and won,
     * converted by the article or the FX table.
     */
    public static Briefing multiScript() {
        var jio = article("a1000000000000001", "Société Générale to invest ₹1,200 crore in a Pune data centre",
                "https://news.example.com/socgen-pune", LocalDate.of(2025, 3, 28), "Mint",
                "Société Générale will invest ₹1,200 crore in a data centre in Pune.");
        var asml = article("a1000000000000002", "ASML commits €2.5bn to Veldhoven expansion",
                "https://news.example.com/asml", LocalDate.of(2025, 3, 30), "Het Financieele Dagblad",
                "ASML will spend €2.5bn expanding its Veldhoven campus.");
        var arm = article("a1000000000000003", "Arm sets aside £800 million for Cambridge campus",
                "https://news.example.com/arm", LocalDate.of(2025, 3, 31), "Financial Times",
                "Arm will invest £800 million (about $1 billion) in a new Cambridge campus.");
        var sony = article("a1000000000000004", "ソニー、画像センサーに5000億円投資", "https://news.example.com/sony",
                LocalDate.of(2025, 4, 1), "日本経済新聞", "Sony plans to spend ¥500 billion on image sensors.");
        var xiaomi = article("a1000000000000005", "小米集团将投资100亿元研发芯片", "https://news.example.com/xiaomi",
                LocalDate.of(2025, 4, 1), "新华社", "小米集团 will invest 10 billion yuan in chip research.");
        var samsung = article("a1000000000000006", "삼성전자, 평택에 3조원 투자", "https://news.example.com/samsung",
                LocalDate.of(2025, 4, 1), "연합뉴스", "Samsung Electronics will invest 3 trillion won in Pyeongtaek.");
        var companies = List.of(
                new BriefingCompany("小米集团", List.of("Xiaomi"), List.of(xiaomi.id()), 9,
                        "小米集团 (Xiaomi) will invest 10 billion yuan in chip research.", 1_370_000_000d, List.of()),
                new BriefingCompany("Sony Group", List.of("ソニー"), List.of(sony.id()), 6,
                        "Sony plans to spend ¥500 billion on image sensors.", 3_200_000_000d, List.of()),
                new BriefingCompany("Samsung Electronics", List.of("삼성전자"), List.of(samsung.id()), 5,
                        "Samsung Electronics will invest 3 trillion won in Pyeongtaek.", 2_040_000_000d, List.of()),
                new BriefingCompany("ASML", List.of(), List.of(asml.id()), 4,
                        "ASML will spend €2.5bn expanding its Veldhoven campus.", 2_600_000_000d, List.of()),
                new BriefingCompany("Arm Holdings", List.of("Arm"), List.of(arm.id()), 3,
                        "Arm will invest £800 million in a new Cambridge campus.", 1_000_000_000d, List.of()),
                new BriefingCompany("Société Générale", List.of(), List.of(jio.id()), 2,
                        "Société Générale will invest ₹1,200 crore in a Pune data centre.", 140_400_000d, List.of()));
        var investments = List.of(
                investment("Sony Group", "image sensors", "JPY", "500000000000", "¥500 billion", 3_200_000_000d,
                        new UsdConversion(false, 0.0064, FX.date()), sony.id(), "日本経済新聞"),
                investment("ASML", "Veldhoven campus expansion", "EUR", "2500000000", "€2.5bn", 2_600_000_000d,
                        new UsdConversion(false, 1.04, FX.date()), asml.id(), "Het Financieele Dagblad"),
                investment("Samsung Electronics", "chip line in Pyeongtaek", "KRW", "3000000000000", "3조원",
                        2_040_000_000d, new UsdConversion(false, 0.00068, FX.date()), samsung.id(), "연합뉴스"),
                investment("小米集团", "芯片研发", "CNY", "10000000000", "100亿元", 1_370_000_000d,
                        new UsdConversion(false, 0.137, FX.date()), xiaomi.id(), "新华社"),
                investment("Arm Holdings", "Cambridge campus", "GBP", "800000000", "£800 million", 1_000_000_000d,
                        UsdConversion.fromArticle(), arm.id(), "Financial Times"),
                investment("Société Générale", "data centre in Pune", "INR", "12000000000", "₹1,200 crore", 140_400_000d,
                        new UsdConversion(false, 0.0117, FX.date()), jio.id(), "Mint"));
        var launches = List.of(
                new BriefingLaunch("小米集团", "小米 SU7 Ultra", LaunchStatus.expected,
                        new LaunchWindow(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 31)), "五月", List.of(xiaomi.id()),
                        "小米集团 will release the SU7 Ultra in May.", List.of("新华社"), null),
                new BriefingLaunch("Samsung Electronics", "Galaxy Z Fold 7", LaunchStatus.delayed,
                        new LaunchWindow(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 9, 30)), "3분기",
                        List.of(samsung.id()), "The Galaxy Z Fold 7 slips to the third quarter.", List.of("연합뉴스"), null));
        var highlights = List.of(
                new Highlight("Sony Group plans to invest ¥500 billion (US$3.2 billion) in image sensors.",
                        List.of(sony.id())),
                new Highlight("小米集团 is expected to release 小米 SU7 Ultra in May 2025.", List.of(xiaomi.id())));
        return new Briefing(AS_OF, Instant.parse("2025-04-02T02:00:00Z"),
                new DatePeriod(LocalDate.of(2025, 3, 28), LocalDate.of(2025, 4, 1)),
                List.of(jio, asml, arm, sony, xiaomi, samsung), companies, investments, launches, highlights, List.of(),
                FX);
    }

    private static BriefingArticle article(String id, String title, String url, LocalDate day, String outlet,
                                           String summary) {
        return new BriefingArticle(id, title, url, day, List.of(), "en", id + ".html", summary, outlet);
    }

    private static BriefingInvestment investment(String investor, String purpose, String currency, String value,
                                                 String text, double usd, UsdConversion conversion, String articleId,
                                                 String outlet) {
        return new BriefingInvestment(investor, null, purpose, InvestmentKind.capex,
                new Money(new BigDecimal(value), currency, text), usd, conversion, InvestmentStatus.planned, null,
                List.of(articleId), investor + " will invest " + text + " in " + purpose + ".", List.of(outlet), null);
    }
}
