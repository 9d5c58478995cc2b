package io.marketwatch.report.excel;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * POI's streaming workbook over the filled template, whose streamed sheets keep their hyperlinks
 * in {@link HyperlinkSpool}s: when the workbook is written, each spool is put into its sheet's
 * XML and relationships as they are copied into the file.
 */
final class StreamingWorkbook extends SXSSFWorkbook {

    /** Rows kept in memory per sheet before they are flushed to disk. */
    static final int ROW_WINDOW = 100;

    private static final String RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final List<String> AFTER_HYPERLINKS = List.of("printOptions", "pageMargins", "pageSetup",
            "headerFooter", "rowBreaks", "colBreaks", "customProperties", "cellWatches", "ignoredErrors", "smartTags",
            "drawing", "legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls",
            "webPublishItems", "tableParts", "extLst");

    /** Spools by the zip entry name of their sheet ("xl/worksheets/sheet2.xml"). */
    private final Map<String, HyperlinkSpool> spools = new LinkedHashMap<>();

    /**
     * Flushed rows go to plain temporary files (compressing them costs more time than the disk it
     * saves); the workbook itself is deflated at the fastest level, see {@link #createArchiveOutputStream}.
     */
    StreamingWorkbook(XSSFWorkbook template) {
        super(template, ROW_WINDOW, false, false);
    }

    /** The fastest deflate level: less CPU for a somewhat larger file (zlib took nearly half of the workbook's CPU). */
    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream stream) {
        ZipArchiveOutputStream zip = super.createArchiveOutputStream(stream);
        zip.setLevel(Deflater.BEST_SPEED);
        return zip;
    }

    /** Rows go through {@link EscapingSheetWriter}: the same XML, written a run of characters at a time. */
    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        return new EscapingSheetWriter();
    }

    /** The spool that keeps the hyperlinks of a sheet written here. */
    HyperlinkSpool links(SXSSFSheet sheet) {
        XSSFSheet xssfSheet = getXSSFWorkbook().getSheet(sheet.getSheetName());
        String entry = xssfSheet.getPackagePart().getPartName().getName().substring(1);
        return spools.computeIfAbsent(entry, name -> new HyperlinkSpool());
    }

    @Override
    protected void injectData(ZipEntrySource template, OutputStream out) throws IOException {
        for (HyperlinkSpool spool : spools.values()) {
            spool.close();
        }
        super.injectData(new LinkedEntries(template), out);
    }

    @Override
    public boolean dispose() {
        boolean deleted = super.dispose();
        for (HyperlinkSpool spool : spools.values()) {
            try {
                spool.delete();
            } catch (IOException e) {
                deleted = false;
            }
        }
        return deleted;
    }

    private static String relationshipsEntry(String sheetEntry) {
        int slash = sheetEntry.lastIndexOf('/');
        return sheetEntry.substring(0, slash) + "/_rels" + sheetEntry.substring(slash) + ".rels";
    }

    /** The written template's entries, with each spooled sheet and its relationships extended. */
    private final class LinkedEntries implements ZipEntrySource {

        private final ZipEntrySource template;
        /** Replacement entries (size unknown, so the copy does not check it) to the template's own, or null when new. */
        private final Map<ZipArchiveEntry, ZipArchiveEntry> replaced = new IdentityHashMap<>();
        private final List<ZipArchiveEntry> entries = new ArrayList<>();

        LinkedEntries(ZipEntrySource template) {
            this.template = template;
            Map<String, HyperlinkSpool> linked = new LinkedHashMap<>();
            spools.forEach((sheet, spool) -> {
                if (spool.count() > 0) {
                    linked.put(sheet, spool);
                    linked.put(relationshipsEntry(sheet), spool);
                }
            });
            for (ZipArchiveEntry entry : Collections.list(template.getEntries())) {
                if (linked.remove(entry.getName()) != null) {
                    ZipArchiveEntry replacement = new ZipArchiveEntry(entry.getName());
                    replaced.put(replacement, entry);
                    entries.add(replacement);
                } else {
                    entries.add(entry);
                }
            }
            for (String missing : linked.keySet()) {
                ZipArchiveEntry created = new ZipArchiveEntry(missing);
                replaced.put(created, null);
                entries.add(created);
            }
        }

        @Override
        public Enumeration<? extends ZipArchiveEntry> getEntries() {
            return Collections.enumeration(entries);
        }

        @Override
        public ZipArchiveEntry getEntry(String path) {
            return entries.stream().filter(entry -> entry.getName().equals(path)).findFirst().orElse(null);
        }

        @Override
        public InputStream getInputStream(ZipArchiveEntry entry) throws IOException {
            if (!replaced.containsKey(entry)) {
                return template.getInputStream(entry);
            }
            ZipArchiveEntry original = replaced.get(entry);
            String written = original == null ? null : new String(template.getInputStream(original).readAllBytes(),
                    StandardCharsets.UTF_8);
            HyperlinkSpool sheetSpool = spools.get(entry.getName());
            if (sheetSpool != null) {
                return withHyperlinks(written, sheetSpool);
            }
            String sheet = spools.keySet().stream().filter(name -> relationshipsEntry(name).equals(entry.getName()))
                    .findFirst().orElseThrow();
            return withRelationships(written, spools.get(sheet));
        }

        @Override
        public void close() throws IOException {
            template.close();
        }

        @Override
        public boolean isClosed() {
            return template.isClosed();
        }
    }

    private static InputStream withHyperlinks(String sheetXml, HyperlinkSpool spool) throws IOException {
        int dataStart = sheetXml.indexOf("<sheetData");
        int dataEnd = Math.max(endOf(sheetXml, "</sheetData>"), endOf(sheetXml, "<sheetData/>"));
        if (dataStart < 0 || dataEnd < 0) {
            throw new IOException("a worksheet without sheetData: " + sheetXml.substring(0, Math.min(200, sheetXml.length())));
        }
        int existing = sheetXml.indexOf("</hyperlinks>", dataEnd);
        if (existing >= 0) {
            return concat(sheetXml.substring(0, existing), spool.hyperlinkElements(), sheetXml.substring(existing));
        }
        int insertAt = sheetXml.indexOf("</worksheet>", dataEnd);
        for (String element : AFTER_HYPERLINKS) {
            int found = indexOfElement(sheetXml, element, dataEnd);
            if (found >= 0 && found < insertAt) {
                insertAt = found;
            }
        }
        boolean declared = sheetXml.substring(0, dataStart).contains("xmlns:r=\"" + RELATIONSHIPS_NS + "\"");
        String open = declared ? "<hyperlinks>" : "<hyperlinks xmlns:r=\"" + RELATIONSHIPS_NS + "\">";
        return concat(sheetXml.substring(0, insertAt) + open, spool.hyperlinkElements(),
                "</hyperlinks>" + sheetXml.substring(insertAt));
    }

    private static int endOf(String xml, String tag) {
        int at = xml.indexOf(tag);
        return at < 0 ? -1 : at + tag.length();
    }

    private static InputStream withRelationships(String relationshipsXml, HyperlinkSpool spool) throws IOException {
        String xml = relationshipsXml != null ? relationshipsXml
                : "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"></Relationships>";
        int end = xml.lastIndexOf("</Relationships>");
        return concat(xml.substring(0, end), spool.relationshipElements(), xml.substring(end));
    }

    private static int indexOfElement(String xml, String element, int from) {
        int at = xml.indexOf("<" + element, from);
        while (at >= 0) {
            char next = xml.charAt(at + element.length() + 1);
            if (next == ' ' || next == '/' || next == '>') {
                return at;
            }
            at = xml.indexOf("<" + element, at + 1);
        }
        return -1;
    }

    private static InputStream concat(String head, InputStream middle, String tail) {
        return new SequenceInputStream(Collections.enumeration(List.of(
                new ByteArrayInputStream(head.getBytes(StandardCharsets.UTF_8)), middle,
                new ByteArrayInputStream(tail.getBytes(StandardCharsets.UTF_8)))));
    }
}
