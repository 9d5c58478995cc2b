package io.marketwatch.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketwatch.report.pdf.PageLines.Line;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The dev briefing's pages read well: no heading alone at the foot of a page, a table that goes on
 * over a page break repeats its header, and no page is more than half empty unless a chapter starts
 * on the next one (the cover and the last page aside).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageLayoutTest {

    /** Below the last heading of a page, at least this many lines of text (or the page's fill says an image). */
    private static final int LINES_AFTER_HEADING = 3;
    /** The least part of a page's body that its content must reach. */
    private static final double MIN_FILL = 0.5;
    private static final float DPI = 36;
    /** A line of a table row: it ends with the row's citations ("[3]", "[4] [5]", "[2] +3"). */
    private static final Pattern TABLE_ROW = Pattern.compile(".*\\[\\d+](\\s*\\[\\d+])*(\\s*\\+\\d+)?");

    private PdfFile pdf;
    private final List<List<Line>> pages = new ArrayList<>();

    @BeforeAll
    void render() throws IOException {
        pdf = PdfFile.open(DevBriefingPdf.file());
        for (int page = 1; page <= pdf.pages(); page++) {
            pages.add(PageLines.of(pdf.document(), page));
        }
    }

    @AfterAll
    void close() throws IOException {
        pdf.close();
    }

    @Test
    void noHeadingStandsAloneAtTheFootOfAPage() {
        for (int page = 2; page <= pages.size(); page++) {
            List<Line> lines = pages.get(page - 1);
            int last = -1;
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).heading()) {
                    last = i;
                }
            }
            if (last >= 0) {
                assertThat(lines.size() - 1 - last)
                        .as("page %d: lines below its last heading \"%s\"", page, lines.get(last).text())
                        .isGreaterThanOrEqualTo(LINES_AFTER_HEADING);
            }
        }
    }

    @Test
    void theHeadingsAreFoundAsHeadings() {
        List<String> headings = pages.stream().flatMap(List::stream).filter(Line::heading).map(Line::text).toList();

        assertThat(headings).as("the detector sees the section and company headings")
                .contains("1 Executive summary", "3 Launch calendar", "Window passed", "Tencent Holdings");
    }

    @Test
    void aTableThatGoesOnOverAPageRepeatsItsHeader() {
        int investments = pageOf("2 Investments");
        int launches = pageOf("3 Launch calendar");
        assertThat(launches).as("the dev investments table spans a page break").isGreaterThan(investments);
        for (int page = investments + 1; page <= launches; page++) {
            assertThat(firstLines(page, 2)).as("page %d continues the investments table", page)
                    .contains("INVESTOR RECIPIENT / PURPOSE");
        }
        for (int page = 2; page <= pages.size(); page++) {
            String first = pages.get(page - 1).get(0).text().strip();
            assertThat(TABLE_ROW.matcher(first).matches() && !first.startsWith("["))
                    .as("page %d begins with a table row, not its header: %s", page, first).isFalse();
        }
    }

    @Test
    void noPageIsMoreThanHalfEmptyExceptBeforeAChapter() throws IOException {
        PDFRenderer renderer = new PDFRenderer(pdf.document());
        for (int page = 2; page < pdf.pages(); page++) {
            List<Line> next = pages.get(page);
            boolean chapterNext = !next.isEmpty() && next.get(0).heading() && next.get(0).size() >= 14;
            if (chapterNext) {
                continue;
            }
            BufferedImage image = renderer.renderImageWithDPI(page - 1, DPI, ImageType.GRAY);
            assertThat(fill(image)).as("page %d: part of the body filled", page).isGreaterThanOrEqualTo(MIN_FILL);
        }
    }

    /** How far down the body the content reaches: the lowest row with a dark pixel, as a part of the body's height. */
    static double fill(BufferedImage image) {
        double perPt = DPI / 72.0;
        int top = (int) Math.ceil(PageLines.TOP * perPt);
        int bottom = image.getHeight() - (int) Math.ceil(PageLines.BOTTOM * perPt);
        for (int y = bottom - 1; y > top; y--) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFF) < 200) {
                    return (double) (y - top) / (bottom - top);
                }
            }
        }
        return 0;
    }

    private int pageOf(String heading) {
        for (int page = 2; page <= pages.size(); page++) {
            if (pages.get(page - 1).stream().anyMatch(line -> line.text().equals(heading))) {
                return page;
            }
        }
        throw new AssertionError("no page has the heading " + heading);
    }

    private String firstLines(int page, int n) {
        return String.join(" ", pages.get(page - 1).stream().limit(n).map(Line::text).toList());
    }
}
