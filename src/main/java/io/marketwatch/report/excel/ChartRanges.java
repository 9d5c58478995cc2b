package io.marketwatch.report.excel;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The cell ranges the template's charts plot. They move and grow with the rows they point at
 * while short lists are expanded, and are written back, with fresh cached values, at the end.
 */
final class ChartRanges {

    private final XSSFWorkbook book;
    private final List<SeriesRange> ranges;

    private ChartRanges(XSSFWorkbook book, List<SeriesRange> ranges) {
        this.book = book;
        this.ranges = ranges;
    }

    static ChartRanges of(XSSFWorkbook book) {
        List<SeriesRange> ranges = new ArrayList<>();
        for (int s = 0; s < book.getNumberOfSheets(); s++) {
            XSSFDrawing drawing = book.getSheetAt(s).getDrawingPatriarch();
            if (drawing == null) {
                continue;
            }
            for (XSSFChart chart : drawing.getCharts()) {
                for (XDDFChartData data : chart.getChartSeries()) {
                    for (int i = 0; i < data.getSeriesCount(); i++) {
                        XDDFChartData.Series series = data.getSeries(i);
                        String categories = series.getCategoryData().getDataRangeReference();
                        String values = series.getValuesData().getDataRangeReference();
                        if (categories != null && values != null) {
                            ranges.add(new SeriesRange(chart, data, series, area(categories), area(values)));
                        }
                    }
                }
            }
        }
        return new ChartRanges(book, ranges);
    }

    /** Rows below {@code row} on the sheet moved down by {@code count}. */
    void shift(String sheet, int row, int count) {
        for (SeriesRange range : ranges) {
            range.categories = range.categories.shiftedBelow(sheet, row, count);
            range.values = range.values.shiftedBelow(sheet, row, count);
        }
    }

    /** Row {@code row} of the sheet became {@code count} rows: a range of exactly that row grows with it. */
    void extend(String sheet, int row, int count) {
        for (SeriesRange range : ranges) {
            range.categories = range.categories.extended(sheet, row, count);
            range.values = range.values.extended(sheet, row, count);
        }
    }

    /** Points every series at its range and refreshes the values cached in the chart. */
    void plot() {
        Set<XDDFChartData> changed = new LinkedHashSet<>();
        for (SeriesRange range : ranges) {
            XSSFSheet categorySheet = book.getSheet(range.categories.sheet());
            XDDFDataSource<?> categories = range.series.getCategoryData().isNumeric()
                    ? XDDFDataSourcesFactory.fromNumericCellRange(categorySheet, range.categories.cells())
                    : XDDFDataSourcesFactory.fromStringCellRange(categorySheet, range.categories.cells());
            XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange(
                    book.getSheet(range.values.sheet()), range.values.cells());
            range.series.replaceData(categories, values);
            changed.add(range.data);
        }
        for (SeriesRange range : ranges) {
            if (changed.remove(range.data)) {
                range.chart.plot(range.data);
            }
        }
    }

    private static SheetArea area(String reference) {
        AreaReference area = new AreaReference(reference, SpreadsheetVersion.EXCEL2007);
        return new SheetArea(area.getFirstCell().getSheetName(), new CellRangeAddress(area.getFirstCell().getRow(),
                area.getLastCell().getRow(), area.getFirstCell().getCol(), area.getLastCell().getCol()));
    }

    private static final class SeriesRange {
        final XSSFChart chart;
        final XDDFChartData data;
        final XDDFChartData.Series series;
        SheetArea categories;
        SheetArea values;

        SeriesRange(XSSFChart chart, XDDFChartData data, XDDFChartData.Series series, SheetArea categories,
                    SheetArea values) {
            this.chart = chart;
            this.data = data;
            this.series = series;
            this.categories = categories;
            this.values = values;
        }
    }
}
