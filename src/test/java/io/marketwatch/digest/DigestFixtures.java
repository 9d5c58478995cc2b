package io.marketwatch.digest;

import io.marketwatch.briefing.ExtractedArticle;
import io.marketwatch.extract.ArticleFacts;
import io.marketwatch.extract.CompanyFact;
import io.marketwatch.extract.InvestmentFact;
import io.marketwatch.extract.InvestmentKind;
import io.marketwatch.extract.InvestmentStatus;
import io.marketwatch.extract.LaunchFact;
import io.marketwatch.extract.LaunchStatus;
import io.marketwatch.extract.LaunchWindow;
import io.marketwatch.extract.Money;
import io.marketwatch.store.NightlyStore;
import io.marketwatch.store.NightlyStore.CompletedRun;
import io.marketwatch.store.NightlyStore.StoredArticle;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Two weeks of nightly runs. Week 2025-W13: Nintendo expects Switch 2 on 5 June; Tencent buys a
 * stake in Ubisoft. Week 2025-W14: Alibaba and DeepSeek appear (Qwen 3 in April, a capex plan),
 * Switch 2 slips to July, the Tencent story is read again, and one title carries a line break and
 * markup.
 */
final class DigestFixtures {

    static final IsoWeek W13 = IsoWeek.parse("2025-W13");
    static final IsoWeek W14 = IsoWeek.parse("2025-W14");
    static final String HOSTILE_TITLE = "Alibaba <script>alert(1)</script> gears up\r\nBcc: victim@example.com";

    private DigestFixtures() {
    }

    static ExtractedArticle switch2June() {
        return article("n1", "Nintendo sets June 5 for Switch 2", "https://games.example.com/switch2", LocalDate.of(2025, 3, 25),
                "Games Ledger", facts(List.of(company("Nintendo", 4)), List.of(),
                        List.of(new LaunchFact("Nintendo", "Switch 2", LaunchStatus.expected,
                                LaunchWindow.day(LocalDate.of(2025, 6, 5)), "on June 5",
                                "Nintendo will release the Switch 2 on June 5."))));
    }

    static ExtractedArticle tencentUbisoft() {
        return article("t1", "Tencent takes a stake in Ubisoft unit", "https://wire.example.com/tencent", LocalDate.of(2025, 3, 27),
                "Continental Markets Wire", facts(List.of(company("Tencent Holdings", 3, "Tencent"), company("Ubisoft", 5)),
                        List.of(new InvestmentFact("Tencent Holdings", "Ubisoft", "25% of a new subsidiary",
                                InvestmentKind.stake, new Money(new BigDecimal("1160000000"), "EUR", "1.16 billion euros"),
                                1.25e9, InvestmentStatus.announced, null, "Tencent will invest 1.16 billion euros.")),
                        List.of()));
    }

    static ExtractedArticle alibabaQwen() {
        return article("a1", HOSTILE_TITLE, "javascript:alert(1)", LocalDate.of(2025, 4, 1), "Bloomberg",
                facts(List.of(company("Alibaba Group", 24, "Alibaba"), company("DeepSeek", 12)),
                        List.of(new InvestmentFact("Alibaba Group", null, "computing infrastructure", InvestmentKind.capex,
                                new Money(new BigDecimal("380000000000"), "CNY", "380 billion yuan"), 55e9,
                                InvestmentStatus.planned, "over the coming years",
                                "Alibaba plans to invest 380 billion yuan in computing infrastructure.")),
                        List.of(new LaunchFact("Alibaba Group", "Qwen 3", LaunchStatus.expected,
                                        new LaunchWindow(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 30)),
                                        "as early as this month", "Alibaba is gearing up to release Qwen 3."),
                                new LaunchFact("DeepSeek", "R2", LaunchStatus.expected,
                                        new LaunchWindow(null, LocalDate.of(2025, 4, 30)), "before May",
                                        "DeepSeek aims to release R2 before May."))));
    }

    static ExtractedArticle switch2July() {
        return article("n2", "Switch 2 slips to July", "https://games.example.com/switch2-july", LocalDate.of(2025, 4, 3),
                "Games Ledger", facts(List.of(company("Nintendo Co., Ltd.", 2, "Nintendo")), List.of(),
                        List.of(new LaunchFact("Nintendo", "Nintendo Switch 2", LaunchStatus.delayed,
                                new LaunchWindow(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 31)), "in July",
                                "Nintendo pushed the Switch 2 to July."))));
    }

    /** Stores the two weeks as four completed nightly runs under the output folder (OUTPUT/&lt;as-of&gt;, as briefing writes). */
    static void storeTwoWeeks(NightlyStore store, Path input, Path output) {
        storeRun(store, 101, LocalDate.of(2025, 3, 25), input, output, List.of(switch2June()));
        storeRun(store, 102, LocalDate.of(2025, 3, 27), input, output, List.of(tencentUbisoft()));
        storeRun(store, 103, LocalDate.of(2025, 4, 1), input, output, List.of(alibabaQwen(), tencentUbisoft()));
        storeRun(store, 104, LocalDate.of(2025, 4, 3), input, output, List.of(switch2July()));
    }

    static void storeRun(NightlyStore store, long run, LocalDate asOf, Path input, Path output,
                         List<ExtractedArticle> articles) {
        List<StoredArticle> stored = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            stored.add(new StoredArticle(i, articles.get(i)));
        }
        store.saveArticles(run, asOf, stored);
        store.recordCompletedRun(new CompletedRun(run, asOf, input.toString(), output.resolve(asOf.toString()).toString(),
                Instant.parse(asOf + "T03:00:00Z"), articles.size(), 0));
    }

    static ExtractedArticle article(String id, String title, String url, LocalDate published, String outlet,
                                    ArticleFacts facts) {
        return new ExtractedArticle(id, title, url, published, outlet, "en", id + ".txt", facts);
    }

    static ArticleFacts facts(List<CompanyFact> companies, List<InvestmentFact> investments, List<LaunchFact> launches) {
        return new ArticleFacts(companies, investments, launches, List.of(), null);
    }

    static CompanyFact company(String name, int mentions, String... aliases) {
        return new CompanyFact(name, List.of(aliases), mentions);
    }
}
