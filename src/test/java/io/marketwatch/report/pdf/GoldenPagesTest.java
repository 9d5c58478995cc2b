package io.marketwatch.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketwatch.briefing.SampleBriefings;
import io.marketwatch.report.ReportTemplates;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden page images (src/test/resources/golden/) of the dev briefing: the cover, the executive
 * summary, the launch calendar, its chart of launches by month and a company page; and the
 * investments chart of the multi-script sample (a Chinese and an accented company name). Rendered with PDFBox at {@value #DPI} dpi and
 * compared pixel by pixel. A pixel differs when one of its channels differs by more than
 * {@value #PIXEL_THRESHOLD} of 255; a page fails when more than {@value #TOLERANCE} of its pixels
 * differ. On failure the test writes {@code target/golden/NAME-actual.png} and
 * {@code NAME-diff.png} (differing pixels red over a faded copy of the page).
 *
 * <p>After an intended change of the layout, look at the new pages, then regenerate the images with
 * {@code ./mvnw -B -o test -Dtest=GoldenPagesTest -Dgolden.update=true} and commit them. The same
 * run draws the README's pictures of the dev briefing's first two pages ({@code docs/briefing-page1.png},
 * {@code docs/briefing-page2.png}) at {@value #README_DPI} dpi.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GoldenPagesTest {

    static final float DPI = 60;
    static final int PIXEL_THRESHOLD = 48;
    static final double TOLERANCE = 0.01;
    static final Path GOLDEN = Path.of("src/test/resources/golden");
    static final Path OUT = Path.of("target/golden");
    static final float README_DPI = 110;

    /**
     * A golden page: its file name, the briefing, and the heading (or the start of a line, for a
     * figure's caption) that finds its page; null for the cover.
     */
    record Golden(String name, boolean dev, String heading) {
        @Override
        public String toString() {
            return name;
        }
    }

    private PdfFile dev;
    private PdfFile multiScript;

    static List<Golden> pages() {
        return List.of(new Golden("dev-cover", true, null),
                new Golden("dev-summary", true, "1 Executive summary"),
                new Golden("dev-launch-calendar", true, "Window passed"),
                new Golden("dev-launches-by-month", true, "FIGURE 3"),
                new Golden("dev-company", true, "Samsung Electronics"),
                new Golden("multi-script-investments", false, "2 Investments"));
    }

    @BeforeAll
    void render() throws IOException {
        dev = PdfFile.open(DevBriefingPdf.file());
        Path sample = Files.createDirectories(PdfBriefingRendererTest.OUT).resolve("multi-script-golden.pdf");
        new PdfBriefingRenderer(ReportTemplates.bundled(), PdfOptions.defaults())
                .render(SampleBriefings.multiScript(), sample);
        multiScript = PdfFile.open(sample);
        Files.createDirectories(OUT);
    }

    @AfterAll
    void close() throws IOException {
        dev.close();
        multiScript.close();
    }

    @ParameterizedTest
    @MethodSource("pages")
    void pageMatchesItsGoldenImage(Golden golden) throws IOException {
        PdfFile pdf = golden.dev() ? dev : multiScript;
        int page = golden.heading() == null ? 1 : page(pdf, golden.heading());
        BufferedImage actual = new PDFRenderer(pdf.document()).renderImageWithDPI(page - 1, DPI, ImageType.RGB);
        Path file = GOLDEN.resolve(golden.name() + ".png");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            ImageIO.write(actual, "png", file.toFile());
            if (golden.dev() && page <= 2) {
                dev.image(page, README_DPI, Path.of("docs", "briefing-page" + page + ".png"));
            }
        }
        assertThat(file).as("golden image; make it with -Dgolden.update=true").exists();
        BufferedImage expected = ImageIO.read(file.toFile());
        assertThat(actual.getWidth()).isEqualTo(expected.getWidth());
        assertThat(actual.getHeight()).isEqualTo(expected.getHeight());

        BufferedImage diff = new BufferedImage(actual.getWidth(), actual.getHeight(), BufferedImage.TYPE_INT_RGB);
        long differing = 0;
        for (int y = 0; y < actual.getHeight(); y++) {
            for (int x = 0; x < actual.getWidth(); x++) {
                int a = actual.getRGB(x, y);
                boolean differs = differs(a, expected.getRGB(x, y));
                differing += differs ? 1 : 0;
                diff.setRGB(x, y, differs ? Color.RED.getRGB() : faded(a));
            }
        }
        double fraction = (double) differing / ((long) actual.getWidth() * actual.getHeight());
        if (fraction > TOLERANCE) {
            ImageIO.write(actual, "png", OUT.resolve(golden.name() + "-actual.png").toFile());
            ImageIO.write(diff, "png", OUT.resolve(golden.name() + "-diff.png").toFile());
        }
        assertThat(fraction).as("%s (page %d): part of pixels differing; see %s", golden.name(), page,
                OUT.resolve(golden.name() + "-diff.png")).isLessThanOrEqualTo(TOLERANCE);
    }

    private static int page(PdfFile pdf, String heading) throws IOException {
        for (int page = 2; page <= pdf.pages(); page++) {
            if (PageLines.of(pdf.document(), page).stream().anyMatch(l -> l.heading() && l.text().equals(heading)
                    || heading.startsWith("FIGURE") && l.text().startsWith(heading + " "))) {
                return page;
            }
        }
        throw new AssertionError("no page has the heading " + heading);
    }

    static boolean differs(int a, int b) {
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs((a >> shift & 0xFF) - (b >> shift & 0xFF)) > PIXEL_THRESHOLD) {
                return true;
            }
        }
        return false;
    }

    private static int faded(int rgb) {
        int grey = ((rgb >> 16 & 0xFF) + (rgb >> 8 & 0xFF) + (rgb & 0xFF)) / 3;
        int light = 180 + grey * 75 / 255;
        return light << 16 | light << 8 | light;
    }
}
