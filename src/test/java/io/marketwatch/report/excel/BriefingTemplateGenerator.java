package io.marketwatch.report.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds the bundled workbook template, {@code templates/briefing.xlsx}: the look of the briefing
 * workbook as code, so that it can be rebuilt and reviewed. Run it after changing it (see
 * docs/workbook-template.md) and commit the binary; {@code BriefingTemplateTest} checks that the
 * committed template is what this class builds.
 */
public final class BriefingTemplateGenerator {

    static final Path BUNDLED = Path.of("templates", WorkbookBriefingRenderer.TEMPLATE);

    private static final byte[] NAVY = rgb(0x1F, 0x38, 0x64);
    private static final byte[] GREY = rgb(0x59, 0x59, 0x59);
    /** USD amounts; a company without investment shows a dash instead of USD 0. */
    private static final String USD = "[$USD] #,##0;-[$USD] #,##0;\"–\"";

    /** A list sheet's column: header text, placeholder key, width in characters, kind of content. */
    record Column(String header, String key, int width, Kind kind) {
    }

    enum Kind { TEXT, WRAPPED, CENTERED, NUMBER, USD, DATE }

    static final List<Column> INVESTMENTS = List.of(
            new Column("Investor", "investment.investor", 24, Kind.WRAPPED),
            new Column("Recipient", "investment.recipient", 24, Kind.WRAPPED),
            new Column("Purpose", "investment.purpose", 32, Kind.WRAPPED),
            new Column("Kind", "investment.kind", 12, Kind.CENTERED),
            new Column("Status", "investment.status", 12, Kind.CENTERED),
            new Column("Amount", "investment.amount", 24, Kind.NUMBER),
            new Column("Currency", "investment.currency", 10, Kind.CENTERED),
            new Column("Amount (USD)", "investment.amountUsd", 20, Kind.USD),
            new Column("USD basis", "investment.usdBasis", 20, Kind.WRAPPED),
            new Column("Horizon", "investment.horizon", 18, Kind.WRAPPED),
            new Column("Outlets", "investment.outlets", 20, Kind.WRAPPED),
            new Column("Evidence", "investment.evidence", 60, Kind.WRAPPED),
            new Column("Article", "investment.article", 40, Kind.WRAPPED));
    static final List<Column> LAUNCHES = List.of(
            new Column("Company", "launch.company", 24, Kind.WRAPPED),
            new Column("Product", "launch.product", 28, Kind.WRAPPED),
            new Column("Status", "launch.status", 12, Kind.CENTERED),
            new Column("Window from", "launch.windowFrom", 13, Kind.DATE),
            new Column("Window to", "launch.windowTo", 13, Kind.DATE),
            new Column("Window as written", "launch.windowText", 22, Kind.WRAPPED),
            new Column("Outlets", "launch.outlets", 20, Kind.WRAPPED),
            new Column("Evidence", "launch.evidence", 60, Kind.WRAPPED),
            new Column("Article", "launch.article", 40, Kind.WRAPPED));
    static final List<Column> COMPANIES = List.of(
            new Column("Company", "company.name", 26, Kind.WRAPPED),
            new Column("Aliases", "company.aliases", 24, Kind.WRAPPED),
            new Column("Ticker", "company.ticker", 11, Kind.CENTERED),
            new Column("Exchange", "company.exchange", 16, Kind.WRAPPED),
            new Column("Country", "company.country", 9, Kind.CENTERED),
            new Column("Sector", "company.sector", 22, Kind.WRAPPED),
            new Column("Mentions", "company.mentions", 11, Kind.NUMBER),
            new Column("Articles", "company.articleCount", 10, Kind.NUMBER),
            new Column("Announced investment (USD)", "company.investedUsd", 22, Kind.USD),
            new Column("Expected launches", "company.expectedLaunches", 28, Kind.WRAPPED),
            new Column("Mentioned with", "company.mentionedWith", 28, Kind.WRAPPED),
            new Column("Summary", "company.summary", 70, Kind.WRAPPED));
    static final List<Column> ARTICLES = List.of(
            new Column("Published", "article.publishedAt", 12, Kind.DATE),
            new Column("Title", "article.title", 50, Kind.WRAPPED),
            new Column("Outlet", "article.outlet", 20, Kind.WRAPPED),
            new Column("Sources cited", "article.sources", 22, Kind.WRAPPED),
            new Column("Language", "article.language", 10, Kind.CENTERED),
            new Column("Summary", "article.summary", 70, Kind.WRAPPED),
            new Column("File", "article.file", 28, Kind.WRAPPED),
            new Column("URL", "article.url", 36, Kind.TEXT),
            new Column("ID", "article.id", 18, Kind.TEXT));
    static final List<Column> SKIPPED = List.of(
            new Column("File", "skipped.file", 40, Kind.WRAPPED),
            new Column("Reason", "skipped.reason", 90, Kind.WRAPPED));

    /** The header the bundled template gives a list field's column ("investment.amountUsd" → "Amount (USD)"). */
    static String header(String key) {
        return Stream.of(INVESTMENTS, LAUNCHES, COMPANIES, ARTICLES, SKIPPED)
                .flatMap(List::stream)
                .filter(column -> column.key().equals(key))
                .map(Column::header)
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no column for " + key));
    }

    private final XSSFWorkbook book = new XSSFWorkbook();
    private final XSSFCellStyle header = style(font(true, 11, rgb(0xFF, 0xFF, 0xFF)));
    private final XSSFCellStyle title = style(font(true, 18, NAVY));
    private final XSSFCellStyle section = style(font(true, 12, NAVY));
    private final XSSFCellStyle label = style(font(false, 11, GREY));

    private BriefingTemplateGenerator() {
        header.setFillForegroundColor(new XSSFColor(NAVY));
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        section.setBorderBottom(BorderStyle.MEDIUM);
        section.setBottomBorderColor(new XSSFColor(NAVY));
    }

    public static void main(String[] args) throws IOException {
        Path file = args.length > 0 ? Path.of(args[0]) : BUNDLED;
        write(file);
        System.out.println("wrote " + file.toAbsolutePath());
    }

    static void write(Path file) throws IOException {
        BriefingTemplateGenerator generator = new BriefingTemplateGenerator();
        generator.summary();
        generator.list("Investments", INVESTMENTS);
        generator.list("Launches", LAUNCHES);
        generator.list("Companies", COMPANIES);
        generator.list("Articles", ARTICLES);
        generator.list("Skipped", SKIPPED);
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(file); XSSFWorkbook book = generator.book) {
            book.getProperties().getCoreProperties().setCreator("Market Watch");
            book.write(out);
        }
    }

    private void summary() {
        XSSFSheet sheet = book.createSheet("Summary");
        sheet.setDisplayGridlines(false);
        sheet.setColumnWidth(0, 30 * 256);
        sheet.setColumnWidth(1, 22 * 256);
        sheet.setColumnWidth(2, 3 * 256);
        for (int column = 3; column <= 10; column++) {
            sheet.setColumnWidth(column, 11 * 256);
        }
        text(sheet, 0, 0, "Market Watch — investor briefing", title).getRow().setHeightInPoints(30);

        sectionRow(sheet, 2, "Executive summary", 10);
        XSSFCellStyle highlight = style(font(false, 11, null));
        highlight.setWrapText(true);
        highlight.setVerticalAlignment(VerticalAlignment.TOP);
        highlight.setDataFormat(book.createDataFormat().getFormat("\"•  \"@"));
        text(sheet, 3, 0, "${highlight.text}", highlight);
        sheet.addMergedRegion(new CellRangeAddress(3, 3, 0, 10));
        name("Highlights", "Summary!$A$4");

        sectionRow(sheet, 5, "Key figures", 1);
        String[][] figures = {
                {"As of", "${asOf}", "yyyy-mm-dd"},
                {"Articles published from", "${period.from}", "yyyy-mm-dd"},
                {"Articles published to", "${period.to}", "yyyy-mm-dd"},
                {"Generated (UTC)", "${generatedAt}", "yyyy-mm-dd hh:mm"},
                {"Articles", "${count.articles}", "#,##0"},
                {"Companies", "${count.companies}", "#,##0"},
                {"Investments", "${count.investments}", "#,##0"},
                {"Launches", "${count.launches}", "#,##0"},
                {"Skipped files", "${count.skipped}", "#,##0"}};
        for (int i = 0; i < figures.length; i++) {
            text(sheet, 6 + i, 0, figures[i][0], label);
            text(sheet, 6 + i, 1, figures[i][1], valueStyle(figures[i][2]));
        }

        sectionRow(sheet, 16, "Top investors", 1);
        text(sheet, 17, 0, "Company", header);
        text(sheet, 17, 1, "Invested (USD)", header);
        text(sheet, 18, 0, "${topInvestor.name}", style(font(false, 11, null)));
        text(sheet, 18, 1, "${topInvestor.investedUsd}", valueStyle(USD));
        name("TopInvestors", "Summary!$A$19:$B$19");

        sectionRow(sheet, 20, "FX rates", 1);
        text(sheet, 21, 0, "Rates of", label);
        text(sheet, 21, 1, "${fx.date}", valueStyle("yyyy-mm-dd"));
        text(sheet, 22, 0, "Currency", header);
        text(sheet, 22, 1, "USD per unit", header);
        XSSFCellStyle currency = style(font(false, 11, null));
        currency.setAlignment(HorizontalAlignment.LEFT);
        text(sheet, 23, 0, "${fxRate.currency}", currency);
        text(sheet, 23, 1, "${fxRate.usdPerUnit}", valueStyle("0.000000"));
        name("FxRates", "Summary!$A$24:$B$24");

        investmentChart(sheet);
        printSetup(sheet, false);
    }

    private void investmentChart(XSSFSheet sheet) {
        var anchor = sheet.createDrawingPatriarch().createAnchor(0, 0, 0, 0, 3, 5, 11, 24);
        XSSFChart chart = sheet.createDrawingPatriarch().createChart(anchor);
        chart.setTitleText("Announced investment by company (USD)");
        chart.setTitleOverlay(false);
        XDDFCategoryAxis companies = chart.createCategoryAxis(AxisPosition.LEFT);
        companies.getOrAddMajorGridProperties();
        companies.setOrientation(AxisOrientation.MAX_MIN);
        XDDFValueAxis usd = chart.createValueAxis(AxisPosition.BOTTOM);
        usd.setCrosses(AxisCrosses.MAX);
        usd.setNumberFormat("[$$-409]#,##0.0,,,\" bn\"");
        companies.setCrosses(AxisCrosses.AUTO_ZERO);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, companies, usd);
        data.setBarDirection(BarDirection.BAR);
        data.setVaryColors(false);
        var series = data.addSeries(
                XDDFDataSourcesFactory.fromStringCellRange(sheet, CellRangeAddress.valueOf("A19:A19")),
                XDDFDataSourcesFactory.fromNumericCellRange(sheet, CellRangeAddress.valueOf("B19:B19")));
        series.setTitle("Announced investment (USD)", null);
        XDDFSolidFillProperties fill = new XDDFSolidFillProperties(XDDFColor.from(NAVY));
        series.setFillProperties(fill);
        chart.plot(data);
        chart.getCTChart().getPlotArea().getBarChartArray(0).addNewGapWidth().setVal(60);
        companies.getOrAddMajorGridProperties().setLineProperties(null);
        usd.getOrAddMajorGridProperties().setLineProperties(
                new XDDFLineProperties(
                        new XDDFSolidFillProperties(XDDFColor.from(PresetColor.LIGHT_GRAY))));
    }

    private void list(String name, List<Column> columns) {
        XSSFSheet sheet = book.createSheet(name);
        XSSFRow headers = sheet.createRow(0);
        headers.setHeightInPoints(30);
        XSSFRow placeholders = sheet.createRow(1);
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            sheet.setColumnWidth(i, column.width() * 256);
            XSSFCell head = headers.createCell(i);
            head.setCellValue(column.header());
            head.setCellStyle(header);
            XSSFCell value = placeholders.createCell(i);
            value.setCellValue("${" + column.key() + "}");
            value.setCellStyle(dataStyle(column.kind()));
        }
        sheet.createFreezePane(0, 1);
        XSSFTable table = sheet.createTable(new AreaReference(new CellReference(0, 0),
                new CellReference(1, columns.size() - 1), SpreadsheetVersion.EXCEL2007));
        table.setName(name);
        table.setDisplayName(name);
        table.setStyleName("TableStyleLight9");
        table.getCTTable().addNewAutoFilter().setRef(table.getArea().formatAsString());
        table.getCTTable().getTableStyleInfo().setShowRowStripes(true);
        table.updateHeaders();
        printSetup(sheet, true);
    }

    private XSSFCellStyle dataStyle(Kind kind) {
        XSSFCellStyle style = style(font(false, 10, null));
        style.setVerticalAlignment(VerticalAlignment.TOP);
        switch (kind) {
            case WRAPPED -> style.setWrapText(true);
            case CENTERED -> style.setAlignment(HorizontalAlignment.CENTER);
            case NUMBER -> style.setDataFormat(book.createDataFormat().getFormat("#,##0"));
            case USD -> style.setDataFormat(book.createDataFormat().getFormat(USD));
            case DATE -> {
                style.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd"));
                style.setAlignment(HorizontalAlignment.CENTER);
            }
            case TEXT -> {
            }
        }
        return style;
    }

    private XSSFCellStyle valueStyle(String format) {
        XSSFCellStyle style = style(font(true, 11, null));
        style.setAlignment(HorizontalAlignment.RIGHT);
        style.setDataFormat(book.createDataFormat().getFormat(format));
        return style;
    }

    private void sectionRow(XSSFSheet sheet, int row, String text, int lastColumn) {
        text(sheet, row, 0, text, section);
        for (int column = 1; column <= lastColumn; column++) {
            sheet.getRow(row).createCell(column).setCellStyle(section);
        }
        sheet.getRow(row).setHeightInPoints(20);
    }

    private void printSetup(XSSFSheet sheet, boolean list) {
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(list);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        if (list) {
            sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        }
    }

    private void name(String name, String reference) {
        XSSFName defined = book.createName();
        defined.setNameName(name);
        defined.setRefersToFormula(reference);
    }

    private static XSSFCell text(XSSFSheet sheet, int row, int column, String text, XSSFCellStyle style) {
        XSSFRow target = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        XSSFCell cell = target.createCell(column);
        cell.setCellValue(text);
        cell.setCellStyle(style);
        return cell;
    }

    private XSSFCellStyle style(XSSFFont font) {
        XSSFCellStyle style = book.createCellStyle();
        style.setFont(font);
        return style;
    }

    private XSSFFont font(boolean bold, int points, byte[] color) {
        XSSFFont font = book.createFont();
        font.setFontName("Calibri");
        font.setFontHeightInPoints((short) points);
        font.setBold(bold);
        if (color != null) {
            font.setColor(new XSSFColor(color));
        }
        return font;
    }

    private static byte[] rgb(int red, int green, int blue) {
        return new byte[] {(byte) red, (byte) green, (byte) blue};
    }
}
