package io.marketwatch.report.excel;

import io.marketwatch.briefing.Briefing;
import io.marketwatch.report.ReportTemplates;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Renders the briefing as an Excel workbook from the template {@value #TEMPLATE}: the template gives
 * the sheets, styles, headers, column order and widths, tables and chart; its {@code ${...}}
 * placeholders say where each value goes (docs/workbook-template.md). Long lists are streamed, so a
 * night of 100,000 articles needs no more memory than one of 1,000.
 */
public final class WorkbookBriefingRenderer {

    /** The template's name in the template folder. */
    public static final String TEMPLATE = "briefing.xlsx";

    private final ReportTemplates templates;

    public WorkbookBriefingRenderer(ReportTemplates templates) {
        this.templates = Objects.requireNonNull(templates, "templates");
    }

    /** Writes the workbook to {@code xlsxFile}, replacing it only once the new one is complete. */
    public void render(Briefing briefing, Path xlsxFile) {
        Path target = xlsxFile.toAbsolutePath();
        Path partial = null;
        try (InputStream in = templates.open(TEMPLATE); XSSFWorkbook book = new XSSFWorkbook(in)) {
            CellWriter writer = new CellWriter(new CellStyles(book));
            ChartRanges charts = ChartRanges.of(book);
            ReviewSheet.addIfMissing(book);
            List<RepeatRow> repeats = new TemplatePlaceholders(new BriefingFields(briefing), writer,
                    templates.describe(TEMPLATE)).fill(book);
            InPlaceRows inPlace = new InPlaceRows(writer, charts);
            repeats.stream().filter(row -> !row.list().streamed())
                    .sorted(Comparator.comparingInt(RepeatRow::index).reversed())
                    .forEach(inPlace::expand);
            List<RepeatRow> streamed = repeats.stream().filter(row -> row.list().streamed())
                    .map(RepeatRow::atLastRow).toList();
            streamed.forEach(StreamedRows::clear);
            charts.plot();
            book.getProperties().getCoreProperties().setTitle("Market Watch briefing " + briefing.asOf());

            Files.createDirectories(target.getParent());
            partial = target.resolveSibling("." + target.getFileName() + ".part");
            StreamingWorkbook workbook = new StreamingWorkbook(book);
            try (OutputStream out = Files.newOutputStream(partial)) {
                StreamedRows rows = new StreamedRows(workbook, writer);
                streamed.forEach(rows::write);
                workbook.write(out);
            } finally {
                workbook.dispose();
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the workbook " + target, e);
        } finally {
            deleteQuietly(partial);
        }
    }

    private static void deleteQuietly(Path partial) {
        if (partial == null) {
            return;
        }
        try {
            Files.deleteIfExists(partial);
        } catch (IOException e) {
            // the workbook is written or the error is reported; a stray partial file is harmless
        }
    }
}
