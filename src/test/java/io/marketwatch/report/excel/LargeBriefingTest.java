package io.marketwatch.report.excel;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.GarbageCollectionNotificationInfo;
import io.marketwatch.briefing.Briefing;
import io.marketwatch.briefing.SampleBriefings;
import io.marketwatch.report.ReportTemplates;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 100,000 articles with their facts write within the test JVM's heap (-Xmx1g), streamed. The file is
 * checked without loading it (POI's in-memory model of it would not fit): rows, tables and links
 * are counted in its XML. Time and heap are printed, not asserted.
 */
class LargeBriefingTest {

    private static final Pattern TABLE = Pattern.compile("<table [^>]*ref=\"([A-Z]+)1:([A-Z]+)([0-9]+)\"[^>]*name=\"([^\"]+)\"");

    @Test
    void aHundredThousandArticlesAndTheirFactsAreStreamed(@TempDir Path dir) throws Exception {
        report(1_000, measure(SampleBriefings.large(1_000), dir.resolve("small.xlsx")));
        int articles = 100_000;
        Path file = dir.resolve("large.xlsx");
        report(articles, measure(SampleBriefings.large(articles), file));

        Map<String, SheetCount> sheets = countSheets(file);
        for (String sheet : List.of("Investments", "Launches", "Companies", "Articles")) {
            assertThat(sheets.get(sheet).rows).as(sheet).isEqualTo(articles + 1);
            assertThat(sheets.get(sheet).lastRow).as(sheet).isEqualTo(articles + 1);
        }
        assertThat(sheets.get("Articles").hyperlinks).isEqualTo(HyperlinkSpool.MAX_LINKS);
        assertThat(sheets.get("Investments").hyperlinks).isEqualTo(HyperlinkSpool.MAX_LINKS);
        assertThat(tableEndRows(file)).containsEntry("Investments", articles + 1).containsEntry("Launches", articles + 1)
                .containsEntry("Companies", articles + 1).containsEntry("Articles", articles + 1)
                .containsEntry("Skipped", 2);
    }

    private record Measurement(long millis, long cpuMillis, long baselineMb, long peakAfterGcMb, long fileKb) {
    }

    private static Measurement measure(Briefing briefing, Path file) throws IOException {
        System.gc();
        long baseline = usedHeap();
        var cpu = ManagementFactory.getThreadMXBean();
        long cpuStart = cpu.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        try (HeapAfterGc heap = new HeapAfterGc()) {
            new WorkbookBriefingRenderer(ReportTemplates.bundled()).render(briefing, file);
            return new Measurement((System.nanoTime() - start) / 1_000_000, (cpu.getCurrentThreadCpuTime() - cpuStart) / 1_000_000,
                    baseline >> 20, Math.max(heap.peak(), baseline) >> 20, Files.size(file) >> 10);
        }
    }

    private static void report(int articles, Measurement m) {
        System.out.printf("workbook of %,d articles: %,d ms (%,d ms CPU), heap %,d MB before (the briefing itself), "
                        + "peak %,d MB after GC while rendering, file %,d KB%n",
                articles, m.millis(), m.cpuMillis(), m.baselineMb(), m.peakAfterGcMb(), m.fileKb());
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The most heap in use right after any garbage collection while it is open. */
    private static final class HeapAfterGc implements NotificationListener, AutoCloseable {
        private final AtomicLong peak = new AtomicLong();
        private final List<NotificationEmitter> emitters = new ArrayList<>();

        HeapAfterGc() {
            for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (collector instanceof NotificationEmitter emitter) {
                    emitter.addNotificationListener(this, null, null);
                    emitters.add(emitter);
                }
            }
        }

        @Override
        public void handleNotification(Notification notification, Object handback) {
            if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                        .filter(pool -> pool.getKey().startsWith("G1") || pool.getKey().contains("Gen")
                                || pool.getKey().contains("Eden") || pool.getKey().contains("Survivor"))
                        .map(Map.Entry::getValue).mapToLong(MemoryUsage::getUsed).sum();
                peak.accumulateAndGet(used, Math::max);
            }
        }

        long peak() {
            return peak.get();
        }

        @Override
        public void close() {
            for (NotificationEmitter emitter : emitters) {
                try {
                    emitter.removeNotificationListener(this);
                } catch (javax.management.ListenerNotFoundException e) {
                    // already gone
                }
            }
        }
    }

    private static final class SheetCount {
        int rows;
        int lastRow;
        int hyperlinks;
    }

    /** Rows, the last row's number and hyperlinks of each sheet, read from the sheet XML as a stream. */
    private static Map<String, SheetCount> countSheets(Path file) throws IOException, XMLStreamException {
        Map<String, String> partsBySheet = sheetParts(file);
        Map<String, SheetCount> counts = new HashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (var sheet : partsBySheet.entrySet()) {
                SheetCount count = new SheetCount();
                try (InputStream in = zip.getInputStream(zip.getEntry(sheet.getValue()))) {
                    XMLStreamReader xml = XMLInputFactory.newFactory().createXMLStreamReader(in);
                    while (xml.hasNext()) {
                        if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                            if (xml.getLocalName().equals("row")) {
                                count.rows++;
                                count.lastRow = Integer.parseInt(xml.getAttributeValue(null, "r"));
                            } else if (xml.getLocalName().equals("hyperlink")) {
                                count.hyperlinks++;
                            }
                        }
                    }
                    xml.close();
                }
                counts.put(sheet.getKey(), count);
            }
        }
        return counts;
    }

    /** Sheet names to their zip entries, from the workbook part and its relationships. */
    private static Map<String, String> sheetParts(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            String workbook = read(zip, "xl/workbook.xml");
            String rels = read(zip, "xl/_rels/workbook.xml.rels");
            Map<String, String> targets = new HashMap<>();
            Matcher rel = Pattern.compile("<Relationship [^>]*?Id=\"([^\"]+)\"[^>]*?Target=\"([^\"]+)\"|<Relationship [^>]*?Target=\"([^\"]+)\"[^>]*?Id=\"([^\"]+)\"").matcher(rels);
            while (rel.find()) {
                String id = rel.group(1) != null ? rel.group(1) : rel.group(4);
                String target = rel.group(2) != null ? rel.group(2) : rel.group(3);
                targets.put(id, target.startsWith("/") ? target.substring(1) : "xl/" + target);
            }
            Map<String, String> parts = new HashMap<>();
            Matcher sheet = Pattern.compile("<sheet [^>]*name=\"([^\"]+)\"[^>]*r:id=\"([^\"]+)\"").matcher(workbook);
            while (sheet.find()) {
                parts.put(sheet.group(1), targets.get(sheet.group(2)));
            }
            return parts;
        }
    }

    private static Map<String, Integer> tableEndRows(Path file) throws IOException {
        Map<String, Integer> ends = new HashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                if (entry.getName().startsWith("xl/tables/")) {
                    Matcher table = TABLE.matcher(read(zip, entry.getName()));
                    if (table.find()) {
                        ends.put(table.group(4), Integer.parseInt(table.group(3)));
                    }
                }
            }
        }
        return ends;
    }

    private static String read(ZipFile zip, String name) throws IOException {
        try (InputStream in = zip.getInputStream(zip.getEntry(name))) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
