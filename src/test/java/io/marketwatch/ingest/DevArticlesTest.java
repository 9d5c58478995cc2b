package io.marketwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketwatch.article.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the 19 dev files (23 articles) and checks them against the gold files. */
class DevArticlesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static Stream<Arguments> goldFiles() throws IOException {
        try (Stream<Path> files = Files.list(DevArticles.folder("gold"))) {
            return files.sorted().map(path -> Arguments.of(path.getFileName().toString(), path)).toList().stream();
        }
    }

    @Test
    void everyFileIsReadAndHoldsTheGoldArticles() {
        assertThat(DevArticles.read()).hasSize(19);
        assertThat(DevArticles.read().values()).allSatisfy(file -> assertThat(file.skipReason()).isNull());
        assertThat(DevArticles.read().values().stream().mapToInt(f -> f.articles().size()).sum()).isEqualTo(23);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldFiles")
    void titleAndDateAreThoseOfTheGoldFile(String name, Path gold) throws IOException {
        JsonNode expected = JSON.readTree(gold.toFile());
        String file = expected.path("file").stringValue().substring("articles/".length());
        String base = name.substring(0, name.length() - ".json".length());
        int item = base.contains("--") ? Integer.parseInt(base.substring(base.indexOf("--") + 2)) - 1 : 0;

        Article article = DevArticles.articles(file).get(item);

        assertThat(article.title()).isEqualTo(expected.path("title").stringValue());
        assertThat(article.publishedAt()).isEqualTo(LocalDate.parse(expected.path("publishedAt").stringValue()));
        assertThat(article.file()).isEqualTo(file);
        assertThat(article.language()).isEqualTo("en");
    }

    @ParameterizedTest(name = "{0} leaves out \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            square-afterpay-deal.html         | Klarna
            square-afterpay-deal.html         | Wealthsimple
            square-afterpay-deal.html         | A$1.7bn
            square-afterpay-deal.html         | Zip should be next
            square-afterpay-deal.html         | We use cookies
            square-afterpay-deal.html         | Share on Facebook
            square-afterpay-deal.html         | All rights reserved
            square-afterpay-deal.html         | Mergers & acquisitions
            square-afterpay-deal.html         | Fintech desk
            spotify-gimlet-anchor.html        | SiriusXM
            spotify-gimlet-anchor.html        | Tencent Music
            spotify-gimlet-anchor.html        | Half a billion dollars
            spotify-gimlet-anchor.html        | 5 min read
            spotify-gimlet-anchor.html        | Manage preferences
            spotify-gimlet-anchor.html        | WhatsApp
            disney-plus-launch-date.html      | Apple TV+
            disney-plus-launch-date.html      | 71.3 billion
            disney-plus-launch-date.html      | Netflix raises US prices
            disney-plus-launch-date.html      | Take my money
            disney-plus-launch-date.html      | 2.4K shares
            disney-plus-launch-date.html      | Get unlimited access
            epic-google-play-verdict.html     | Activision
            epic-google-play-verdict.html     | Korean series
            epic-google-play-verdict.html     | The 30% cut
            epic-google-play-verdict.html     | Reject non-essential
            epic-google-play-verdict.html     | Policy & Antitrust
            hsbc-hang-seng-privatisation.html | S$956 million
            hsbc-hang-seng-privatisation.html | UBS completes takeover
            hsbc-hang-seng-privatisation.html | lowball
            hsbc-hang-seng-privatisation.html | WeChat
            hsbc-hang-seng-privatisation.html | storing of cookies
            """)
    void pageFurnitureIsNotStoryText(String file, String boilerplate) {
        Article article = DevArticles.article(file);

        assertThat(article.body()).doesNotContain(boilerplate);
        assertThat(article.body()).doesNotContain(article.title());
    }

    @ParameterizedTest(name = "{0} keeps \"{1}\" as a paragraph")
    @CsvSource(delimiter = '|', textBlock = """
            square-afterpay-deal.html         | Bringing two ecosystems together
            square-afterpay-deal.html         | The payments group founded by Jack Dorsey will pay in shares, handing Afterpay investors a 31 per cent premium.
            spotify-gimlet-anchor.html        | Profit, finally
            epic-google-play-verdict.html     | Remedies still to come
            hsbc-hang-seng-privatisation.html | Property worries
            disney-plus-launch-date.html      | The streaming family grows
            alibaba-qwen3.md                  | Alibaba’s AI Response: Qwen 2.5-Max Challenges DeepSeek’s Rise
            ubisoft-tencent-subsidiary.md     | What moves into the new company
            ubisoft-tencent-subsidiary.md     | Ubisoft is carving its three biggest franchises out into a separate company, and Tencent is writing the cheque.
            rbi-policy-october-2023.txt       | Growth outlook steady
            """)
    void headingsAndParagraphsStaySeparate(String file, String paragraph) {
        List<String> paragraphs = Arrays.asList(DevArticles.article(file).body().split("\n\n"));

        assertThat(paragraphs).contains(paragraph);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            alibaba-qwen3.md                  | 20
            nintendo-switch2-june5.md         | 14
            samsung-display-it-oled.txt       | 7
            zomato-paytm-ticketing.txt        | 8
            square-afterpay-deal.html         | 13
            epic-google-play-verdict.html     | 12
            """)
    void bodyKeepsItsParagraphs(String file, int paragraphs) {
        String body = DevArticles.article(file).body();

        assertThat(body.split("\n\n")).hasSize(paragraphs);
        assertThat(body).doesNotContain("\n\n\n").doesNotStartWith("\n").doesNotEndWith("\n");
    }

    @Test
    void wireDatelineGivesDateAndOutletAndIsNotBodyText() {
        Article wire = DevArticles.article("tencent-ubisoft-wire.txt");

        assertThat(wire.outlet()).isEqualTo("Continental Markets Wire");
        assertThat(wire.body()).startsWith("French video game publisher Ubisoft said on Thursday")
                .doesNotContain("Continental Markets Wire")
                .doesNotContain("(Reporting by");
    }

    @Test
    void lastUpdatedLineIsNotBodyText() {
        Article article = DevArticles.article("zomato-paytm-ticketing.txt");

        assertThat(article.body()).startsWith("Food delivery company Zomato").doesNotContain("Last Updated");
        assertThat(article.outlet()).isNull();
    }

    @Test
    void frontMatterGivesUrlAndOutlet() {
        Article article = DevArticles.article("nintendo-switch2-june5.md");

        assertThat(article.url()).isEqualTo("https://www.gamesindustryledger.com/hardware/2025/04/02/nintendo-switch-2-june-5-launch");
        assertThat(article.outlet()).isEqualTo("Games Industry Ledger");
        assertThat(article.body()).doesNotContain("---").doesNotContain("title:").doesNotContain("## ");
    }

    @Test
    void pageMetadataGivesUrlAndOutlet() {
        Article square = DevArticles.article("square-afterpay-deal.html");
        Article spotify = DevArticles.article("spotify-gimlet-anchor.html");

        assertThat(square.url()).isEqualTo("https://www.southerncrossbusiness.com.au/fintech/2021/08/02/square-afterpay-29bn-takeover");
        assertThat(square.outlet()).isEqualTo("Southern Cross Business Review");
        assertThat(spotify.outlet()).isEqualTo("SoundStage Business");
    }

    @Test
    void feedItemsTakeTheFeedTitleAsOutletAndTheirContentAsBody() {
        List<Article> items = DevArticles.articles("gamesbiz-feed-2021-07.xml");

        assertThat(items).extracting(Article::outlet).containsOnly("Pixel Ledger");
        assertThat(items).extracting(Article::url).containsExactly(
                "https://pixelledger.net/business/2021/07/19/tencent-sumo-group-takeover",
                "https://pixelledger.net/business/2021/07/15/valve-steam-deck-announced",
                "https://pixelledger.net/business/2021/07/06/nintendo-switch-oled-model");
        assertThat(items.get(0).body()).startsWith("Tencent Holdings has agreed to buy Sumo Group")
                .doesNotContain("<p>");
        assertThat(items.get(0).body().split("\n\n")).hasSize(5);
    }

    @Test
    void newsApiItemsDropTheTruncationTailAndKeepTheDescriptionOnce() {
        List<Article> items = DevArticles.articles("citi-asia-consumer-exits.json");

        assertThat(items).extracting(Article::outlet)
                .containsExactly("Lion City Banking Times", "Straits Money Wire", "Mumbai Markets Daily");
        assertThat(items).allSatisfy(item -> assertThat(item.body()).doesNotContain("chars]"));
        assertThat(items.get(0).body()).startsWith("Singapore's United Overseas Bank will take over")
                .endsWith("exiting consumer banking in 13 markets.");
        assertThat(items.get(1).body().split("\n\n")).hasSize(2);
    }

    @Test
    void idsAreStableAndDistinct() {
        ArticleReader reader = new ArticleReader(IngestLimits.defaults());
        List<Article> all = DevArticles.read().values().stream().flatMap(f -> f.articles().stream()).toList();
        List<Article> again = new InputScanner().scan(DevArticles.folder("articles")).stream()
                .flatMap(file -> reader.read(file, DevArticles.AS_OF).articles().stream()).toList();

        assertThat(all).extracting(Article::id).doesNotHaveDuplicates().allMatch(id -> id.matches("[0-9a-f]{16}"));
        assertThat(again).extracting(Article::id).containsExactlyInAnyOrderElementsOf(
                all.stream().map(Article::id).toList());
    }
}
