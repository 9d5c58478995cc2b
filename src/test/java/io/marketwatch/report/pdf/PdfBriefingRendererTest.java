package io.marketwatch.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketwatch.briefing.Briefing;
import io.marketwatch.briefing.SampleBriefings;
import io.marketwatch.report.ReportTemplates;
import io.marketwatch.report.pdf.PdfFile.Bookmark;
import io.marketwatch.report.pdf.PdfFile.Link;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The seed, multi-script, empty and large briefings rendered once each and read back with PDFBox. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PdfBriefingRendererTest {

    static final Path OUT = Path.of("target", "pdf");

    private PdfBriefingRenderer renderer;
    private Path seed;

    @BeforeAll
    void renderSeed() throws IOException {
        Files.createDirectories(OUT);
        renderer = new PdfBriefingRenderer(ReportTemplates.bundled(), PdfOptions.defaults());
        seed = render(SampleBriefings.seed(), "seed.pdf");
    }

    private Path render(Briefing briefing, String name) {
        Path file = OUT.resolve(name);
        renderer.render(briefing, file);
        return file;
    }

    @Test
    void coverStatesTheDayThePeriodAndTheCounts() throws IOException {
        try (PdfFile pdf = PdfFile.open(seed)) {
            String cover = squash(pdf.text(1));
            assertThat(cover).containsSubsequence("MARKET WATCH", "Investor briefing", "2 April 2025",
                    "Articles published 4 Apr 2023 – 1 Apr 2025",
                    "2 3 4 2 3 ARTICLES OUTLETS COMPANIES INVESTMENTS LAUNCHES", "Contents");
        }
    }

    @Test
    void sectionsHoldTheFactsInTheModelsOrder() throws IOException {
        try (PdfFile pdf = PdfFile.open(seed)) {
            String text = squash(pdf.text());
            assertThat(section(text, "1 Executive summary", "2 Investments")).containsSubsequence(
                    "1. Alibaba Group plans to invest 380 billion yuan (US$55.0 billion) in computing infrastructure. [1]",
                    "2. Alibaba Group is expected to release Qwen 3 by 2025-04-30. [1]");
            assertThat(section(text, "2 Investments", "3 Launch calendar")).containsSubsequence(
                    "Alibaba Group computing infrastructure capex 380 billion yuan $55bn — [1]",
                    "over the coming years planned CN¥380bn as stated",
                    "Samsung", "8.6th-generation", "4.1 trillion won $2.79bn", "[2]",
                    "planned ₩4.1tn FX 0.00068 · 2 Jan 2025", "through 2026");
            assertThat(section(text, "3 Launch calendar", "4 Companies")).containsSubsequence(
                    "Upcoming",
                    "Apr 2025 Alibaba Group Qwen 3 EXPECTED — [1] “as early as this month”",
                    "by 30 Apr 2025 DeepSeek next-generation model EXPECTED — [1] “before May”",
                    "Released",
                    "20 Jan – 31 Jan 2025 Alibaba Group Qwen 2.5-Max RELEASED — [1] “late January”");
            assertThat(section(text, "4 Companies", "5 Sources")).containsSubsequence(
                    "Alibaba Group", "9988.HK · Hong Kong Stock Exchange · CN · Consumer Discretionary",
                    "24 mentions in 1 article · invests $55bn | also Alibaba, 阿里巴巴",
                    "Alibaba Group is gearing up to release Qwen 3",
                    "Qwen 3 Apr 2025 · “as early as this month” EXPECTED [1]",
                    "MENTIONED WITH DeepSeek, OpenAI",
                    "COVERAGE [1] Alibaba gears up to release Qwen 3 as DeepSeek rivalry intensifies — Bloomberg News, 1 Apr 2025",
                    "DeepSeek 12 mentions in 1 article",
                    "Samsung Display 5 mentions in 1 article · invests $3.1bn",
                    "OpenAI 1 mention in 1 article");
            assertThat(section(text, "5 Sources", "6 About this briefing")).containsSubsequence(
                    "[1] Alibaba gears up to release Qwen 3 as DeepSeek rivalry intensifies. Bloomberg News, 1 Apr 2025.",
                    "input file 000_3e79fe8e4ece3166.txt",
                    "[2] Samsung Display to pour 4.1 trillion won into IT OLED line in Asan. Seoul Tech Daily, 4 Apr 2023.",
                    "https://news.example.com/samsung-display");
            assertThat(section(text, "6 About this briefing", "Page")).containsSubsequence(
                    "reference FX table of 2 Jan 2025", "1 KRW = 0.00068 USD",
                    "broken.json not JSON: unexpected end of input at line 3");
        }
    }

    @Test
    void launchesWhoseWindowPassedLeaveUpcomingWithTheDateOfTheirLastNews() throws IOException {
        Briefing seedBriefing = SampleBriefings.seed();
        Briefing twoMonthsLater = new Briefing(LocalDate.of(2025, 6, 2), seedBriefing.generatedAt(),
                seedBriefing.period(), seedBriefing.articles(), seedBriefing.companies(), seedBriefing.investments(),
                seedBriefing.launches(), seedBriefing.highlights(), seedBriefing.skipped(), seedBriefing.fx());

        try (PdfFile pdf = PdfFile.open(render(twoMonthsLater, "seed-two-months-later.pdf"))) {
            String calendar = section(squash(pdf.text()), "3 Launch calendar", "4 Companies");
            assertThat(section(calendar, "Upcoming", "Window passed")).contains("No upcoming launches were reported.")
                    .doesNotContain("Qwen 3");
            assertThat(section(calendar, "Window passed", "Released")).containsSubsequence(
                    "Apr 2025 Alibaba Group Qwen 3 EXPECTED 1 Apr 2025 [1]",
                    "by 30 Apr 2025 DeepSeek next-generation model EXPECTED 1 Apr 2025 [1]");
        }
        try (PdfFile pdf = PdfFile.open(seed)) {
            assertThat(squash(pdf.text())).doesNotContain("Window passed");
        }
    }

    @Test
    void everyCitationLinksToItsEntryInTheSources() throws IOException {
        try (PdfFile pdf = PdfFile.open(seed)) {
            List<Link> citations = pdf.internalLinks().stream().filter(link -> link.text().matches("\\[\\d+]")).toList();
            assertThat(citations).extracting(Link::text).containsOnly("[1]", "[2]");
            assertThat(citations).hasSizeGreaterThanOrEqualTo(12);
            int sources = pdf.pageAfterCover("5 Sources");
            for (Link citation : citations) {
                assertThat(citation.target() + 1).as(citation.toString()).isEqualTo(sources);
                assertThat(citation.targetLine()).as(citation.toString())
                        .startsWith(citation.text() + " ")
                        .contains(citation.text().equals("[1]") ? "Alibaba gears up to release Qwen 3" : "Samsung Display to pour")
                        .doesNotContain(" — ");
            }
        }
    }

    @Test
    void tableOfContentsLinksToTheSectionsAndNamesTheirPages() throws IOException {
        try (PdfFile pdf = PdfFile.open(seed)) {
            List<Link> toc = pdf.internalLinks().stream().filter(link -> link.page() == 0).toList();
            assertThat(toc).extracting(Link::text).containsSubsequence("Executive summary", "Investments",
                    "Launch calendar", "Companies", "Alibaba Group", "DeepSeek", "Samsung Display", "OpenAI", "Sources",
                    "About this briefing");
            for (Link entry : toc) {
                if (entry.text().matches("\\d+")) {
                    assertThat(Integer.parseInt(entry.text())).as(entry.toString()).isEqualTo(entry.target() + 1);
                } else {
                    assertThat(entry.targetLine()).as(entry.toString()).endsWith(entry.text());
                }
            }
            assertThat(squash(pdf.text(1))).contains("5 Sources " + pdf.pageAfterCover("5 Sources"));
        }
    }

    @Test
    void bookmarksNameEverySectionAndCompany() throws IOException {
        try (PdfFile pdf = PdfFile.open(seed)) {
            assertThat(pdf.bookmarks()).extracting(Bookmark::title).containsExactly("Cover", "1 Executive summary",
                    "2 Investments", "3 Launch calendar", "4 Companies", "5 Sources", "6 About this briefing");
            assertThat(pdf.bookmarks().get(4).children()).extracting(Bookmark::title)
                    .containsExactly("Alibaba Group", "DeepSeek", "Samsung Display", "OpenAI");
        }
    }

    @Test
    void metadataDescribesTheBriefing() throws IOException {
        try (PdfFile pdf = PdfFile.open(seed)) {
            PDDocumentInformation info = pdf.document().getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("Market Watch investor briefing, 2 April 2025");
            assertThat(info.getAuthor()).isEqualTo("Market Watch");
            assertThat(info.getSubject()).contains("2 news articles", "4 Apr 2023 – 1 Apr 2025");
            assertThat(info.getKeywords()).contains("investments", "Alibaba Group", "Samsung Display");
        }
    }

    @Test
    void everyPageHasTheHeaderAndPageXOfY() throws IOException {
        try (PdfFile pdf = PdfFile.open(seed)) {
            assertThat(pdf.pages()).isBetween(3, 8);
            for (int page = 1; page <= pdf.pages(); page++) {
                assertThat(pdf.text(page)).contains("Page " + page + " of " + pdf.pages());
                if (page > 1) {
                    assertThat(squash(pdf.text(page))).startsWith("Market Watch | Investor briefing 2 April 2025");
                }
            }
        }
    }

    @Test
    void everyFontIsEmbeddedAndNoneIsTheDefaultTimes() throws IOException {
        try (PdfFile pdf = PdfFile.open(seed)) {
            List<PDFont> fonts = pdf.fonts();
            assertThat(fonts).isNotEmpty();
            for (PDFont font : fonts) {
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).containsAnyOf("NotoSans", "NotoSerif", "WenQuanYi");
            }
            assertThat(fonts).extracting(PDFont::getName).anyMatch(name -> name.contains("WenQuanYi"));
        }
    }

    @Test
    void firstPagesRenderToImagesThatAreNotBlank() throws IOException {
        try (PdfFile pdf = PdfFile.open(seed)) {
            for (int page = 1; page <= 2; page++) {
                BufferedImage image = pdf.image(page, 110, OUT.resolve("seed-page" + page + ".png"));
                double inked = (double) inkedPixels(image) / (image.getWidth() * image.getHeight());
                assertThat(inked).as("page %d", page).isBetween(0.02, 0.6);
            }
        }
    }

    @Test
    void namesAndAmountsInEveryScriptAndCurrencySurvive() throws IOException {
        Path file = render(SampleBriefings.multiScript(), "multi-script.pdf");
        try (PdfFile pdf = PdfFile.open(file)) {
            String text = squash(pdf.text());
            assertThat(text).contains("₹1,200 crore", "€2.5bn", "£800 million", "¥500 billion", "3조원", "₩3tn",
                    "100亿元", "CN¥10bn", "₹12bn");
            assertThat(text).contains("小米集团", "小米 SU7 Ultra", "also 삼성전자", "also ソニー",
                    "ソニー、画像センサーに5000億円投資", "日本経済新聞", "연합뉴스");
            assertThat(section(text, "2 Investments", "3 Launch calendar")).containsSubsequence("Sony Group", "ASML",
                    "Samsung", "小米集团", "Arm Holdings", "Société Générale");
            assertThat(text).contains("Q3 2025 Samsung Electronics Galaxy Z Fold 7 DELAYED 연합뉴스 [4] “3분기”");
            for (PDFont font : pdf.fonts()) {
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            }
        }
    }

    @Test
    void anEmptyDayGivesAValidPdfThatSaysSo() throws IOException {
        Path file = render(SampleBriefings.empty(), "empty.pdf");
        try (PdfFile pdf = PdfFile.open(file)) {
            String text = squash(pdf.text());
            assertThat(text).contains("No articles were read for this day", "0 0 0 0 0 ARTICLES", "no dated articles",
                    "No investments were reported.", "No upcoming launches were reported.", "No companies were named.",
                    "No article is cited.");
            assertThat(pdf.pages()).isBetween(1, 4);
        }
    }

    @Test
    void aLargeBriefingShowsTheTopItemsAndPointsToTheWorkbook() throws IOException {
        Briefing large = SampleBriefings.large(10_000);
        long start = System.nanoTime();
        Path file = render(large, "large.pdf");
        System.out.printf("large(10_000) briefing rendered in %d ms%n", (System.nanoTime() - start) / 1_000_000);
        try (PdfFile pdf = PdfFile.open(file)) {
            String text = squash(pdf.text());
            assertThat(pdf.pages()).isBetween(5, 30);
            assertThat(text).contains("10,000 1 10,000 10,000 10,000 ARTICLES OUTLET COMPANIES",
                    "… and 9,975 more in the workbook",
                    "… and 9,985 more companies in the workbook");
            String investments = section(text, "2 Investments", "3 Launch calendar");
            assertThat(investments).containsSubsequence("Company 9999", "$10bn", "Company 9998", "Company 9975");
            assertThat(investments).doesNotContain("Company 9974");
            String sources = section(text, "5 Sources", "6 About this briefing");
            Matcher entry = Pattern.compile("\\[(\\d+)] Company \\d+ Holdings commits").matcher(sources);
            int entries = 0;
            while (entry.find()) {
                entries++;
                assertThat(Integer.parseInt(entry.group(1))).isEqualTo(entries);
            }
            assertThat(entries).isBetween(25, 25 + 25 + 15 * 10);
        }
    }

    /** The text from one heading to the next. */
    static String section(String text, String from, String to) {
        int start = text.indexOf(from, text.indexOf("Page 1 of"));
        assertThat(start).as("section %s", from).isNotNegative();
        int end = text.indexOf(to, start + from.length());
        return text.substring(start, end < 0 ? text.length() : end);
    }

    static String squash(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private static long inkedPixels(BufferedImage image) {
        long inked = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                if ((rgb & 0xFF) < 235 || (rgb >> 8 & 0xFF) < 235 || (rgb >> 16 & 0xFF) < 235) {
                    inked++;
                }
            }
        }
        return inked;
    }
}
