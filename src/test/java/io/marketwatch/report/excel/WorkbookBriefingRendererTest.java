package io.marketwatch.report.excel;

import static io.marketwatch.report.excel.RenderedWorkbook.allCells;
import static io.marketwatch.report.excel.RenderedWorkbook.cell;
import static io.marketwatch.report.excel.RenderedWorkbook.column;
import static io.marketwatch.report.excel.RenderedWorkbook.rowOf;
import static io.marketwatch.report.excel.RenderedWorkbook.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.marketwatch.briefing.Briefing;
import io.marketwatch.briefing.BriefingArticle;
import io.marketwatch.briefing.BriefingCompany;
import io.marketwatch.kb.KnownEntity;
import io.marketwatch.briefing.BriefingInvestment;
import io.marketwatch.briefing.BriefingLaunch;
import io.marketwatch.briefing.SampleBriefings;
import io.marketwatch.extract.LaunchStatus;
import io.marketwatch.report.ReportTemplates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The seed briefing's workbook, read back with POI and checked against the briefing row by row. */
class WorkbookBriefingRendererTest {

    static final List<String> LIST_SHEETS = List.of("Investments", "Launches", "Companies", "Articles", "Skipped");
    static final Path OUTPUT = Path.of("target", "excel", "seed-briefing.xlsx");

    static final Briefing SEED = SampleBriefings.seed();
    static XSSFWorkbook book;

    @BeforeAll
    static void render() throws IOException {
        // under target/ so that a person can open it
        book = RenderedWorkbook.render(SEED, ReportTemplates.bundled(), OUTPUT);
    }

    @AfterAll
    static void close() throws IOException {
        book.close();
    }

    @Test
    void investmentsAreNumbersInTheirCurrencyWithALinkToTheirArticle() {
        Sheet sheet = book.getSheet("Investments");
        assertThat(sheet.getLastRowNum()).isEqualTo(SEED.investments().size());
        for (int i = 0; i < SEED.investments().size(); i++) {
            BriefingInvestment investment = SEED.investments().get(i);
            Row row = sheet.getRow(i + 1);
            assertThat(text(cell(row, "investment.investor"))).isEqualTo(investment.investor());
            assertThat(text(cell(row, "investment.recipient"))).isEqualTo(investment.recipient());
            assertThat(text(cell(row, "investment.purpose"))).isEqualTo(investment.purpose());
            assertThat(text(cell(row, "investment.kind"))).isEqualTo(investment.kind().name());
            assertThat(text(cell(row, "investment.status"))).isEqualTo(investment.status().name());
            Cell amount = cell(row, "investment.amount");
            assertThat(amount.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(amount.getNumericCellValue()).isEqualTo(investment.amount().value().doubleValue());
            assertThat(amount.getCellStyle().getDataFormatString()).startsWith("[$" + investment.amount().currency() + "]");
            assertThat(text(cell(row, "investment.currency"))).isEqualTo(investment.amount().currency());
            Cell usd = cell(row, "investment.amountUsd");
            assertThat(usd.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(usd.getNumericCellValue()).isEqualTo(investment.amountUsd());
            assertThat(text(cell(row, "investment.horizon"))).isEqualTo(investment.horizon());
            assertThat(text(cell(row, "investment.outlets")))
                    .isEqualTo(investment.outlets().isEmpty() ? null : String.join("; ", investment.outlets()));
            assertThat(text(cell(row, "investment.evidence"))).isEqualTo(investment.evidence());
            assertLinksTo(cell(row, "investment.article"), article(investment.articleIds().get(0)));
        }
    }

    @Test
    void launchWindowsAreRealDates() {
        Sheet sheet = book.getSheet("Launches");
        assertThat(sheet.getLastRowNum()).isEqualTo(SEED.launches().size());
        for (int i = 0; i < SEED.launches().size(); i++) {
            BriefingLaunch launch = SEED.launches().get(i);
            Row row = sheet.getRow(i + 1);
            assertThat(text(cell(row, "launch.company"))).isEqualTo(launch.company());
            assertThat(text(cell(row, "launch.product"))).isEqualTo(launch.product());
            assertThat(text(cell(row, "launch.status"))).isEqualTo(launch.status().name());
            assertDate(cell(row, "launch.windowFrom"), launch.window().from());
            assertDate(cell(row, "launch.windowTo"), launch.window().to());
            assertThat(text(cell(row, "launch.windowText"))).isEqualTo(launch.windowText());
            assertThat(text(cell(row, "launch.evidence"))).isEqualTo(launch.evidence());
            assertLinksTo(cell(row, "launch.article"), article(launch.articleIds().get(0)));
        }
    }

    @Test
    void companiesShowTheirCountsInvestmentAndExpectedLaunches() {
        Sheet sheet = book.getSheet("Companies");
        assertThat(sheet.getLastRowNum()).isEqualTo(SEED.companies().size());
        for (int i = 0; i < SEED.companies().size(); i++) {
            BriefingCompany company = SEED.companies().get(i);
            Row row = sheet.getRow(i + 1);
            assertThat(text(cell(row, "company.name"))).isEqualTo(company.name());
            assertThat(text(cell(row, "company.aliases")))
                    .isEqualTo(company.aliases().isEmpty() ? null : String.join("; ", company.aliases()));
            KnownEntity entity = company.entity();
            assertThat(text(cell(row, "company.ticker"))).isEqualTo(entity == null ? null : entity.ticker());
            assertThat(text(cell(row, "company.exchange"))).isEqualTo(entity == null ? null : entity.exchange());
            assertThat(text(cell(row, "company.country"))).isEqualTo(entity == null ? null : entity.country());
            assertThat(text(cell(row, "company.sector"))).isEqualTo(entity == null ? null : entity.sector());
            assertNumber(cell(row, "company.mentions"), company.mentions());
            assertNumber(cell(row, "company.articleCount"), company.articleIds().size());
            assertNumber(cell(row, "company.investedUsd"), company.investedUsd());
            List<String> expected = SEED.launches().stream()
                    .filter(launch -> launch.company().equals(company.name()) && launch.status() == LaunchStatus.expected)
                    .map(BriefingLaunch::product).toList();
            assertThat(text(cell(row, "company.expectedLaunches")))
                    .isEqualTo(expected.isEmpty() ? null : String.join("; ", expected));
            assertThat(text(cell(row, "company.summary"))).isEqualTo(company.summary());
        }
        assertThat(text(cell(sheet.getRow(1), "company.aliases"))).contains("阿里巴巴");
        assertThat(text(cell(sheet.getRow(1), "company.ticker"))).isEqualTo("9988.HK");
    }

    @Test
    void articlesAreListedWithTheirDateAndLink() {
        Sheet sheet = book.getSheet("Articles");
        assertThat(sheet.getLastRowNum()).isEqualTo(SEED.articles().size());
        for (int i = 0; i < SEED.articles().size(); i++) {
            BriefingArticle article = SEED.articles().get(i);
            Row row = sheet.getRow(i + 1);
            assertThat(text(cell(row, "article.id"))).isEqualTo(article.id());
            assertLinksTo(cell(row, "article.title"), article);
            assertThat(text(cell(row, "article.outlet"))).isEqualTo(article.outlet());
            assertDate(cell(row, "article.publishedAt"), article.publishedAt());
            assertThat(text(cell(row, "article.language"))).isEqualTo(article.language());
            assertThat(text(cell(row, "article.file"))).isEqualTo(article.file());
            assertThat(text(cell(row, "article.summary"))).isEqualTo(article.summary());
            assertThat(text(cell(row, "article.url"))).isEqualTo(article.url());
        }
    }

    @Test
    void skippedFilesHaveTheirReason() {
        Sheet sheet = book.getSheet("Skipped");
        assertThat(sheet.getLastRowNum()).isEqualTo(SEED.skipped().size());
        for (int i = 0; i < SEED.skipped().size(); i++) {
            Row row = sheet.getRow(i + 1);
            assertThat(text(cell(row, "skipped.file"))).isEqualTo(SEED.skipped().get(i).file());
            assertThat(text(cell(row, "skipped.reason"))).isEqualTo(SEED.skipped().get(i).reason());
        }
    }

    @Test
    void summaryHoldsDatesCountsHighlightsAndRates() {
        Sheet sheet = book.getSheet("Summary");
        assertDate(valueBeside(sheet, "As of"), SEED.asOf());
        assertDate(valueBeside(sheet, "Articles published from"), SEED.period().from());
        assertDate(valueBeside(sheet, "Articles published to"), SEED.period().to());
        Cell generated = valueBeside(sheet, "Generated (UTC)");
        assertThat(DateUtil.isCellDateFormatted(generated)).isTrue();
        assertThat(generated.getLocalDateTimeCellValue())
                .isEqualTo(LocalDateTime.ofInstant(SEED.generatedAt(), ZoneOffset.UTC));
        assertNumber(valueBeside(sheet, "Articles"), SEED.articles().size());
        assertNumber(valueBeside(sheet, "Companies"), SEED.companies().size());
        assertNumber(valueBeside(sheet, "Investments"), SEED.investments().size());
        assertNumber(valueBeside(sheet, "Launches"), SEED.launches().size());
        assertNumber(valueBeside(sheet, "Skipped files"), SEED.skipped().size());

        int firstHighlight = rowOf(sheet, "Executive summary") + 1;
        for (int i = 0; i < SEED.highlights().size(); i++) {
            assertThat(text(sheet.getRow(firstHighlight + i).getCell(0))).isEqualTo(SEED.highlights().get(i).text());
            assertThat(sheet.getMergedRegions()).contains(new CellRangeAddress(firstHighlight + i, firstHighlight + i, 0, 10));
        }
        Row afterHighlights = sheet.getRow(firstHighlight + SEED.highlights().size());
        assertThat(afterHighlights == null ? null : text(afterHighlights.getCell(0))).isNull();

        assertDate(valueBeside(sheet, "Rates of"), SEED.fx().date());
        int firstRate = rowOf(sheet, "Currency") + 1;
        List<String> currencies = SEED.fx().usdPerUnit().keySet().stream().sorted().toList();
        for (int i = 0; i < currencies.size(); i++) {
            Row row = sheet.getRow(firstRate + i);
            assertThat(text(row.getCell(0))).isEqualTo(currencies.get(i));
            assertNumber(row.getCell(1), SEED.fx().usdPerUnit().get(currencies.get(i)));
        }
    }

    @Test
    void summaryChartPlotsTheTopInvestorsRange() {
        XSSFSheet sheet = book.getSheet("Summary");
        List<BriefingCompany> top = SEED.companies().stream().filter(company -> company.investedUsd() > 0)
                .sorted(Comparator.comparingDouble(BriefingCompany::investedUsd).reversed()).toList();
        int first = rowOf(sheet, "Top investors") + 2;
        for (int i = 0; i < top.size(); i++) {
            Row row = sheet.getRow(first + i);
            assertThat(text(row.getCell(0))).isEqualTo(top.get(i).name());
            assertNumber(row.getCell(1), top.get(i).investedUsd());
        }
        List<XSSFChart> charts = sheet.getDrawingPatriarch().getCharts();
        assertThat(charts).hasSize(1);
        XDDFChartData.Series series = charts.get(0).getChartSeries().get(0).getSeries(0);
        String rows = "$" + (first + 1) + ":$";
        assertThat(series.getCategoryData().getDataRangeReference())
                .isEqualTo("Summary!$A" + rows + "A$" + (first + top.size()));
        assertThat(series.getValuesData().getDataRangeReference())
                .isEqualTo("Summary!$B" + rows + "B$" + (first + top.size()));
        assertThat(series.getValuesData().getPointCount()).isEqualTo(top.size());
        assertThat(sheet.getDrawingPatriarch().getCTDrawing().getTwoCellAnchorArray(0).getFrom().getRow())
                .as("the chart moved down with the rows inserted above it")
                .isEqualTo(rowOf(sheet, "Key figures"));
        assertThat(book.getName("TopInvestors").getRefersToFormula())
                .isEqualTo("Summary!$A" + rows + "B$" + (first + top.size()));
    }

    @Test
    void everyListSheetIsAFilteredTableUnderAFrozenHeader() {
        Map<String, Integer> rows = Map.of("Investments", SEED.investments().size(), "Launches", SEED.launches().size(),
                "Companies", SEED.companies().size(), "Articles", SEED.articles().size(), "Skipped", SEED.skipped().size());
        for (String name : LIST_SHEETS) {
            XSSFSheet sheet = book.getSheet(name);
            assertThat(sheet.getTables()).as(name).hasSize(1);
            XSSFTable table = sheet.getTables().get(0);
            assertThat(table.getStartRowIndex()).isZero();
            assertThat(table.getEndRowIndex()).as(name).isEqualTo(rows.get(name));
            assertThat(table.getEndColIndex()).isEqualTo(sheet.getRow(0).getLastCellNum() - 1);
            assertThat(table.getCTTable().getAutoFilter().getRef()).isEqualTo(table.getCTTable().getRef());
            assertThat(table.getColumns()).extracting(column -> column.getName())
                    .containsExactlyElementsOf(headers(sheet));
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
        }
    }

    @Test
    void noCellIsAFormulaAndNoNumberIsText() {
        List<Cell> cells = allCells(book);
        assertThat(cells).noneMatch(cell -> cell.getCellType() == CellType.FORMULA);
        assertThat(cells).filteredOn(cell -> cell.getCellType() == CellType.STRING)
                .noneMatch(cell -> cell.getStringCellValue().matches("-?[0-9][0-9,.]*"))
                .noneMatch(cell -> cell.getStringCellValue().contains("${"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"https://evil.example\",\"click\")", "+SUM(A1:A9)", "-2+3", "@SUM(1,2)",
            "=cmd|' /C calc'!A0"})
    void articleTextThatLooksLikeAFormulaStaysQuotedText(String hostile, @TempDir Path dir)
            throws IOException {
        Briefing briefing = Fixtures.withArticleText(SEED, hostile);
        try (XSSFWorkbook hostileBook = RenderedWorkbook.render(briefing, ReportTemplates.bundled(), dir.resolve("b.xlsx"))) {
            assertThat(allCells(hostileBook)).noneMatch(cell -> cell.getCellType() == CellType.FORMULA);
            List<Cell> planted = Stream.of(
                    cell(hostileBook.getSheet("Articles").getRow(1), "article.title"),
                    cell(hostileBook.getSheet("Articles").getRow(1), "article.summary"),
                    cell(hostileBook.getSheet("Investments").getRow(1), "investment.evidence"),
                    cell(hostileBook.getSheet("Companies").getRow(1), "company.summary")).toList();
            for (Cell cell : planted) {
                assertThat(text(cell)).isEqualTo(hostile);
                assertThat(cell.getCellStyle().getQuotePrefixed()).as("quote prefix on %s", cell.getAddress()).isTrue();
            }
        }
    }

    @Test
    void textBeyondExcelsLimitIsCutWithAMarker(@TempDir Path dir) throws IOException {
        String huge = "Shares rallied. ".repeat(4_000);
        Briefing briefing = Fixtures.withArticleText(SEED, huge);
        try (XSSFWorkbook hugeBook = RenderedWorkbook.render(briefing, ReportTemplates.bundled(), dir.resolve("b.xlsx"))) {
            String summary = text(cell(hugeBook.getSheet("Articles").getRow(1), "article.summary"));
            assertThat(summary).hasSize(CellText.MAX_CHARS).endsWith(CellText.TRUNCATION_MARKER)
                    .startsWith(huge.substring(0, 1_000));
            assertThat(hugeBook.getSheet("Articles").getRow(1).getHeightInPoints()).isEqualTo(RowFit.MAX_HEIGHT);
        }
    }

    @Test
    void anEmptyBriefingGivesValidEmptyTables(@TempDir Path dir) throws IOException {
        try (XSSFWorkbook empty = RenderedWorkbook.render(Fixtures.empty(), ReportTemplates.bundled(), dir.resolve("e.xlsx"))) {
            for (String name : LIST_SHEETS) {
                XSSFTable table = empty.getSheet(name).getTables().get(0);
                assertThat(table.getEndRowIndex()).as("a table keeps one blank data row").isEqualTo(1);
                assertThat((Object) empty.getSheet(name).getRow(1)).isNull();
            }
            assertNumber(valueBeside(empty.getSheet("Summary"), "Articles"), 0);
            assertThat(allCells(empty)).filteredOn(cell -> cell.getCellType() == CellType.STRING)
                    .noneMatch(cell -> cell.getStringCellValue().contains("${"));
        }
    }

    @Test
    void renderingAgainReplacesTheFileAndLeavesNoPartialFile(@TempDir Path dir)
            throws IOException {
        Path file = dir.resolve("out").resolve("briefing.xlsx");
        new WorkbookBriefingRenderer(ReportTemplates.bundled()).render(Fixtures.empty(), file);
        new WorkbookBriefingRenderer(ReportTemplates.bundled()).render(SEED, file);
        try (Stream<Path> files = Files.list(file.getParent()); XSSFWorkbook again = new XSSFWorkbook(file.toFile())) {
            assertThat(files).containsExactly(file);
            assertThat(again.getSheet("Articles").getLastRowNum()).isEqualTo(SEED.articles().size());
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> headers(Sheet sheet) {
        return Stream.iterate(0, i -> i < sheet.getRow(0).getLastCellNum(), i -> i + 1)
                .map(i -> sheet.getRow(0).getCell(i).getStringCellValue()).toList();
    }

    private static Cell valueBeside(Sheet sheet, String label) {
        return sheet.getRow(rowOf(sheet, label)).getCell(1);
    }

    private static BriefingArticle article(String id) {
        Map<String, BriefingArticle> byId = SEED.articles().stream()
                .collect(Collectors.toMap(BriefingArticle::id, Function.identity()));
        return byId.get(id);
    }

    static void assertLinksTo(Cell cell, BriefingArticle article) {
        assertThat(text(cell)).isEqualTo(article.title());
        if (article.url() == null) {
            assertThat(cell.getHyperlink()).as("no link without a URL").isNull();
        } else {
            assertThat(cell.getHyperlink().getAddress()).isEqualTo(article.url());
            assertThat(cell.getSheet().getWorkbook().getFontAt(cell.getCellStyle().getFontIndex()).getUnderline())
                    .as("a link looks like one").isEqualTo(Font.U_SINGLE);
        }
    }

    static void assertDate(Cell cell, LocalDate date) {
        if (date == null) {
            assertThat(cell == null || cell.getCellType() == CellType.BLANK).as("blank for no date").isTrue();
            return;
        }
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(DateUtil.isCellDateFormatted(cell)).as("date format on %s", cell.getAddress()).isTrue();
        assertThat(cell.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(date);
    }

    static void assertNumber(Cell cell, double number) {
        assertThat(cell.getCellType()).as("type of %s", cell.getAddress()).isEqualTo(CellType.NUMERIC);
        assertThat(cell.getNumericCellValue()).isEqualTo(number);
    }
}
