package io.marketwatch.report.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text lines of a page's body (between the running header and footer), top to bottom, each with
 * the font of its first glyph: enough to tell a heading (Noto Serif, 10 pt and up) from body text.
 */
final class PageLines {

    /** Page margins of templates/briefing.css (21 mm top, 19 mm bottom), in points. */
    static final float TOP = 21 / 25.4f * 72;
    static final float BOTTOM = 19 / 25.4f * 72;

    /** One line: its baseline from the page's top (points), its text, its first glyph's font and size. */
    record Line(float y, String text, String font, float size) {

        boolean heading() {
            return font.contains("Serif") && size >= 10;
        }
    }

    private PageLines() {
    }

    /** The body lines of a page (1-based). */
    static List<Line> of(PDDocument document, int page) throws IOException {
        float height = document.getPage(page - 1).getMediaBox().getHeight();
        TreeMap<Integer, Line> lines = new TreeMap<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                if (positions.isEmpty() || text.isBlank()) {
                    return;
                }
                TextPosition first = positions.get(0);
                float y = first.getYDirAdj();
                if (y < TOP || y > height - BOTTOM) {
                    return;
                }
                int key = Math.round(y);
                Line known = lines.get(key);
                lines.put(key, known == null
                        ? new Line(y, text, first.getFont().getName(), first.getFontSizeInPt())
                        : new Line(known.y(), known.text() + " " + text, known.font(), known.size()));
            }
        };
        stripper.setSortByPosition(true);
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(document);
        return new ArrayList<>(lines.values());
    }
}
