package io.marketwatch.report.excel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;

/**
 * The hyperlinks of one streamed sheet, written to temporary files as rows are written instead of
 * being held in memory (POI keeps every hyperlink of a sheet on the heap). At the end they become
 * the sheet's {@code <hyperlinks>} element and its relationships. Excel keeps at most
 * {@value #MAX_LINKS} links on a sheet; cells past that keep their text without a link.
 */
final class HyperlinkSpool implements LinkSink, AutoCloseable {

    /** The most hyperlinks Excel keeps on one worksheet. */
    static final int MAX_LINKS = 65_530;

    static final String RELATIONSHIP_TYPE =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink";

    private final Path hyperlinksFile;
    private final Path relationshipsFile;
    private final Writer hyperlinks;
    private final Writer relationships;
    private int count;

    HyperlinkSpool() {
        try {
            hyperlinksFile = Files.createTempFile("marketwatch-links", ".xml");
            relationshipsFile = Files.createTempFile("marketwatch-link-rels", ".xml");
            hyperlinks = Files.newBufferedWriter(hyperlinksFile, StandardCharsets.UTF_8);
            relationships = Files.newBufferedWriter(relationshipsFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create temporary files for hyperlinks", e);
        }
    }

    @Override
    public boolean link(Cell cell, String address) {
        if (count == MAX_LINKS) {
            return false;
        }
        count++;
        String id = "rIdLink" + count;
        try {
            hyperlinks.write("<hyperlink ref=\"" + cell.getAddress().formatAsString() + "\" r:id=\"" + id + "\"/>");
            relationships.write("<Relationship Id=\"" + id + "\" Type=\"" + RELATIONSHIP_TYPE + "\" Target=\""
                    + escapeAttribute(address) + "\" TargetMode=\"External\"/>");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot spool a hyperlink", e);
        }
        return true;
    }

    int count() {
        return count;
    }

    /** The {@code <hyperlink>} elements, once closed. */
    InputStream hyperlinkElements() throws IOException {
        return Files.newInputStream(hyperlinksFile);
    }

    /** The {@code <Relationship>} elements, once closed. */
    InputStream relationshipElements() throws IOException {
        return Files.newInputStream(relationshipsFile);
    }

    @Override
    public void close() throws IOException {
        try {
            hyperlinks.close();
        } finally {
            relationships.close();
        }
    }

    void delete() throws IOException {
        close();
        Files.deleteIfExists(hyperlinksFile);
        Files.deleteIfExists(relationshipsFile);
    }

    private static String escapeAttribute(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
