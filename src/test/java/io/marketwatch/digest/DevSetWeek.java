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
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Nightly runs over the dev articles, with the dev set's gold facts as what extraction found:
 * week 2025-W13 reads the Tencent/Ubisoft stories and two archive articles, week 2025-W14 one
 * article a night (Alibaba's Qwen 3, Nintendo's Switch 2, Sony/Kadokawa, Xiaomi, Zomato, Relativity).
 */
final class DevSetWeek {

    static final IsoWeek WEEK = IsoWeek.parse("2025-W14");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DevSetWeek() {
    }

    static void store(NightlyStore store, Path input, Path output) {
        DigestFixtures.storeRun(store, 1, LocalDate.of(2025, 3, 27), input, output,
                List.of(gold("tencent-ubisoft-wire"), gold("spotify-gimlet-anchor")));
        DigestFixtures.storeRun(store, 2, LocalDate.of(2025, 3, 28), input, output,
                List.of(gold("ubisoft-tencent-subsidiary"), gold("samsung-display-it-oled")));
        String[] nights = {"alibaba-qwen3", "nintendo-switch2-june5", "sony-kadokawa-stake", "xiaomi-xring-o1",
                "zomato-paytm-ticketing", "relativity-space-series-e"};
        for (int i = 0; i < nights.length; i++) {
            DigestFixtures.storeRun(store, 10 + i, WEEK.monday().plusDays(i), input, output, List.of(gold(nights[i])));
        }
    }

    /** A dev article as a nightly run stores it, with its gold facts. */
    static ExtractedArticle gold(String name) {
        JsonNode g = read("eval/dev/gold/" + name + ".json");
        List<CompanyFact> companies = new ArrayList<>();
        g.path("companies").forEach(c -> companies.add(new CompanyFact(c.path("name").asString(),
                strings(c.path("aliases")), 1)));
        List<InvestmentFact> investments = new ArrayList<>();
        g.path("investments").forEach(i -> investments.add(new InvestmentFact(text(i, "investor"), text(i, "recipient"),
                text(i, "purpose"), InvestmentKind.valueOf(i.path("kind").asString()),
                new Money(new BigDecimal(i.path("amount").path("value").asString()), i.path("amount").path("currency").asString(),
                        text(i.path("amount"), "text")),
                i.path("amountUsd").isNumber() ? i.path("amountUsd").asDouble() : null,
                InvestmentStatus.valueOf(i.path("status").asString()), text(i, "horizon"), null)));
        List<LaunchFact> launches = new ArrayList<>();
        g.path("launches").forEach(l -> launches.add(new LaunchFact(text(l, "company"), text(l, "product"),
                LaunchStatus.valueOf(l.path("status").asString()), window(l.path("window")), text(l, "windowText"), null)));
        ArticleFacts facts = new ArticleFacts(companies, investments, launches, strings(g.path("sources")), null);
        return new ExtractedArticle(name, text(g, "title"), null, LocalDate.parse(text(g, "publishedAt")), null, "en",
                text(g, "file"), facts);
    }

    private static JsonNode read(String resource) {
        try (InputStream in = DevSetWeek.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LaunchWindow window(JsonNode w) {
        if (w.isMissingNode() || w.isNull()) {
            return null;
        }
        String from = text(w, "from");
        String to = text(w, "to");
        return new LaunchWindow(from == null ? null : LocalDate.parse(from), to == null ? null : LocalDate.parse(to));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asString();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asString()));
        return values;
    }
}
