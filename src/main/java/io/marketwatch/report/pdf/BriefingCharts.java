package io.marketwatch.report.pdf;

import io.marketwatch.briefing.BriefingCompany;
import io.marketwatch.briefing.BriefingLaunch;
import io.marketwatch.extract.LaunchStatus;
import io.marketwatch.report.pdf.BriefingView.Chart;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.GanttRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.gantt.Task;
import org.jfree.data.gantt.TaskSeries;
import org.jfree.data.gantt.TaskSeriesCollection;
import org.jfree.data.time.SimpleTimePeriod;

/**
 * The PDF's charts, drawn with JFreeChart at print resolution (300 dpi) into PNG data URIs: investments
 * by company, the upcoming launch windows and launches by month. Labels use the shipped fonts, so
 * names in any supported script show. Each value axis is titled with its unit; the document's
 * caption above a chart is its title and the line below it its source. Category labels wrap on two
 * lines rather than being cut.
 */
final class BriefingCharts {

    /** Width of the text block of the page (A4 less two 18 mm margins), in points. */
    static final int WIDTH_PT = 493;

    static final Color ACCENT = new Color(0x1F4E79);
    private static final Color TEXT = new Color(0x3C4652);
    private static final Color GRID = new Color(0xDDE3EA);
    private static final Map<LaunchStatus, Color> STATUS_COLOURS = new EnumMap<>(Map.of(
            LaunchStatus.expected, ACCENT,
            LaunchStatus.released, new Color(0x3A8D7B),
            LaunchStatus.delayed, new Color(0xD08C2E),
            LaunchStatus.denied, new Color(0xB5473A)));
    private static final double DPI = 300;
    private static final int COMPANIES_CHARTED = 10;
    private static final int LAUNCHES_CHARTED = 12;
    private static final int MONTHS_CHARTED = 24;

    private final BriefingFonts fonts;

    BriefingCharts(BriefingFonts fonts) {
        this.fonts = fonts;
    }

    /** The companies that invest most, in USD (converted amounts only); null when none does. */
    Chart investmentsByCompany(List<BriefingCompany> companies) {
        List<BriefingCompany> top = companies.stream()
                .filter(company -> company.investedUsd() > 0)
                .sorted(Comparator.comparingDouble(BriefingCompany::investedUsd).reversed())
                .limit(COMPANIES_CHARTED)
                .toList();
        if (top.isEmpty()) {
            return null;
        }
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        top.forEach(company -> data.addValue(company.investedUsd(), "USD", company.name()));
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(), new NumberAxis(), new BarRenderer());
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        styleBars(renderer);
        renderer.setSeriesPaint(0, ACCENT);
        renderer.setMaximumBarWidth(0.6);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", new UsdFormat()));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        renderer.setItemLabelAnchorOffset(3);
        renderer.setDefaultItemLabelFont(fonts.chartFont("$0", false, 7f));
        renderer.setDefaultItemLabelPaint(TEXT);
        NumberAxis usd = (NumberAxis) plot.getRangeAxis();
        usd.setNumberFormatOverride(new UsdFormat());
        axisTitle(usd, "US dollars invested (converted amounts)");
        usd.setUpperMargin(0.12);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        styleCategories(plot, top.stream().map(BriefingCompany::name).toList());
        plot.getDomainAxis().setCategoryMargin(0.35);
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.4f);
        styleValues(plot.getRangeAxis());
        return image(chart(plot, false), 38 + 18 * top.size());
    }

    /**
     * The windows of the upcoming launches the document lists, earliest end first, with the as-of date
     * marked; null when none has a date.
     */
    Chart launchTimeline(List<BriefingLaunch> launches, LocalDate asOf) {
        TaskSeries series = new TaskSeries("Window");
        List<String> labels = new ArrayList<>();
        List<LaunchStatus> statuses = new ArrayList<>();
        Set<String> used = new HashSet<>();
        LocalDate first = asOf;
        LocalDate last = asOf;
        List<BriefingLaunch> byWindow = launches.stream().sorted(Comparator.comparing(
                (BriefingLaunch l) -> l.window() == null ? null : l.window().to() != null ? l.window().to() : l.window().from(),
                Comparator.nullsLast(Comparator.naturalOrder()))).toList();
        for (BriefingLaunch launch : byWindow) {
            if (labels.size() == LAUNCHES_CHARTED || launch.window() == null
                    || launch.window().from() == null && launch.window().to() == null) {
                continue;
            }
            LocalDate to = launch.window().to();
            LocalDate from = launch.window().from() != null ? launch.window().from() : to.isAfter(asOf) ? asOf : to;
            LocalDate end = to != null ? to : from.plusDays(30);
            String label = launch.product() + " (" + launch.company() + ")";
            for (int n = 2; !used.add(label); n++) {
                label = launch.product() + " (" + launch.company() + ") #" + n;
            }
            series.add(new Task(label, new SimpleTimePeriod(date(from), date(end.plusDays(1)))));
            first = from.isBefore(first) ? from : first;
            last = end.isAfter(last) ? end : last;
            labels.add(label);
            statuses.add(launch.status());
        }
        if (labels.isEmpty()) {
            return null;
        }
        TaskSeriesCollection data = new TaskSeriesCollection();
        data.add(series);
        GanttRenderer renderer = new GanttRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                return STATUS_COLOURS.get(statuses.get(column));
            }
        };
        renderer.setShadowVisible(false);
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setDrawBarOutline(false);
        renderer.setMaximumBarWidth(0.6);
        DateAxis time = new DateAxis();
        time.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
        time.setDateFormatOverride(dateFormat(ChronoUnit.DAYS.between(first, last) > 150 ? "MMM ''yy" : "d MMM"));
        time.setRange(date(first.minusDays(2)), date(last.plusDays(3)));
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(), time, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        plot.addRangeMarker(new ValueMarker(date(asOf).getTime(), TEXT, new BasicStroke(0.8f,
                BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {3f, 2f}, 0f)), Layer.FOREGROUND);
        styleCategories(plot, labels);
        plot.getDomainAxis().setCategoryMargin(0.35);
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.4f);
        styleValues(time);
        axisTitle(time, "launch window (dashed line: as-of date)");
        return image(chart(plot, false), 38 + 18 * labels.size());
    }

    /** How many launches fall in each month (by the end of their window), by status; null when none has a date. */
    Chart launchesByMonth(List<BriefingLaunch> launches, LocalDate asOf) {
        Map<LaunchStatus, Map<YearMonth, Integer>> counts = new EnumMap<>(LaunchStatus.class);
        YearMonth min = null;
        YearMonth max = null;
        for (BriefingLaunch launch : launches) {
            YearMonth month = month(launch);
            if (month != null) {
                counts.computeIfAbsent(launch.status(), s -> new HashMap<>()).merge(month, 1, Integer::sum);
                min = min == null || month.isBefore(min) ? month : min;
                max = max == null || month.isAfter(max) ? month : max;
            }
        }
        if (min == null) {
            return null;
        }
        if (ChronoUnit.MONTHS.between(min, max) >= MONTHS_CHARTED) {
            YearMonth first = YearMonth.from(asOf).minusMonths(MONTHS_CHARTED / 2 - 1L);
            first = first.isBefore(min) ? min : first.plusMonths(MONTHS_CHARTED - 1L).isAfter(max)
                    ? max.minusMonths(MONTHS_CHARTED - 1L) : first;
            min = first;
            max = first.plusMonths(MONTHS_CHARTED - 1L);
        }
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        StackedBarRenderer renderer = new StackedBarRenderer();
        styleBars(renderer);
        renderer.setMaximumBarWidth(0.06);
        int series = 0;
        for (LaunchStatus status : counts.keySet()) {
            for (YearMonth month = min; !month.isAfter(max); month = month.plusMonths(1)) {
                data.addValue(counts.get(status).getOrDefault(month, 0), status.name(), monthLabel(month));
            }
            renderer.setSeriesPaint(series++, STATUS_COLOURS.get(status));
        }
        NumberAxis count = new NumberAxis();
        count.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(), count, renderer);
        styleCategories(plot, List.of());
        plot.getDomainAxis().setCategoryMargin(0.25);
        legibleMonths(plot.getDomainAxis(), data.getColumnKeys());
        styleValues(count);
        axisTitle(count, "launches per month");
        axisTitle(plot.getDomainAxis(), "month in which the launch window ends");
        return image(chart(plot, true), 170);
    }

    /**
     * Month labels that never truncate: "Apr '25" set at 45 degrees and allowed wider than a bar's
     * slot, and with more than a year of months only every second or third one written.
     */
    private static void legibleMonths(CategoryAxis axis, List<?> months) {
        axis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        axis.setMaximumCategoryLabelLines(1);
        axis.setMaximumCategoryLabelWidthRatio(4f);
        int step = months.size() > 18 ? 3 : months.size() > 9 ? 2 : 1;
        for (int i = 0; i < months.size(); i++) {
            if (i % step != 0) {
                axis.setTickLabelPaint((Comparable<?>) months.get(i), new Color(0, 0, 0, 0));
            }
        }
    }

    private static YearMonth month(BriefingLaunch launch) {
        if (launch.window() == null) {
            return null;
        }
        LocalDate day = launch.window().to() != null ? launch.window().to() : launch.window().from();
        return day == null ? null : YearMonth.from(day);
    }

    private static String monthLabel(YearMonth month) {
        return month.format(DateTimeFormatter.ofPattern("MMM ''yy", Locale.ENGLISH));
    }

    private static SimpleDateFormat dateFormat(String pattern) {
        SimpleDateFormat format = new SimpleDateFormat(pattern, Locale.ENGLISH);
        format.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
        return format;
    }

    private static Date date(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    private static void styleBars(BarRenderer renderer) {
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
    }

    private void axisTitle(Axis axis, String title) {
        axis.setLabel(title);
        axis.setLabelFont(fonts.chartFont(title, false, 7f));
        axis.setLabelPaint(TEXT);
    }

    private void styleCategories(CategoryPlot plot, List<String> labels) {
        CategoryAxis axis = plot.getDomainAxis();
        axis.setMaximumCategoryLabelLines(2);
        axis.setTickLabelFont(fonts.chartFont("", false, 7.5f));
        labels.forEach(label -> axis.setTickLabelFont(label, fonts.chartFont(label, false, 7.5f)));
        axis.setTickLabelPaint(TEXT);
        axis.setAxisLineVisible(false);
        axis.setTickMarksVisible(false);
        axis.setLowerMargin(0.02);
        axis.setUpperMargin(0.02);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
    }

    private void styleValues(ValueAxis axis) {
        axis.setTickLabelFont(fonts.chartFont("0", false, 7f));
        axis.setTickLabelPaint(TEXT);
        axis.setAxisLineVisible(false);
        axis.setTickMarksVisible(false);
    }

    private JFreeChart chart(CategoryPlot plot, boolean legend) {
        JFreeChart chart = new JFreeChart(null, fonts.chartFont("", true, 9f), plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setBorderVisible(false);
        chart.setPadding(new RectangleInsets(2, 2, 2, 8));
        if (legend) {
            LegendTitle title = chart.getLegend();
            title.setItemFont(fonts.chartFont("expected", false, 7f));
            title.setItemPaint(TEXT);
            title.setFrame(BlockBorder.NONE);
            title.setPosition(RectangleEdge.TOP);
            title.setHorizontalAlignment(HorizontalAlignment.RIGHT);
        }
        return chart;
    }

    /** Draws the chart at 300 dpi for a box of the text width and the given height in points. */
    private static Chart image(JFreeChart chart, int heightPt) {
        double scale = DPI / 72;
        BufferedImage image = new BufferedImage((int) Math.round(WIDTH_PT * scale), (int) Math.round(heightPt * scale),
                BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            graphics.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            graphics.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
            graphics.scale(scale, scale);
            chart.draw(graphics, new Rectangle2D.Double(0, 0, WIDTH_PT, heightPt));
        } finally {
            graphics.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode a chart", e);
        }
        return new Chart("data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray()), WIDTH_PT,
                heightPt);
    }

    /** Axis and bar labels in compact USD: "$55bn". */
    private static final class UsdFormat extends NumberFormat {

        @Override
        public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
            return toAppendTo.append(number == 0 ? "0" : Formats.usd(number));
        }

        @Override
        public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
            return format((double) number, toAppendTo, pos);
        }

        @Override
        public Number parse(String source, ParsePosition parsePosition) {
            throw new UnsupportedOperationException("format only");
        }
    }
}
