package io.marketwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The editor's loop over the dev articles (a copy in src/test/resources): build the night, write
 * the review file, drop one investment and fix the investor of another, apply; the PDF, workbook and
 * JSON show it, the next night keeps it, and the week's digest uses the corrected facts. A file with
 * one bad row applies nothing and names the row.
 */
class ReviewLoopTest {

    private static final String NIGHT = "2026-01-05";
    private static final String NEXT_NIGHT = "2026-01-06";
    private static final String FIXED_INVESTOR = "Genmab A/S";

    @TempDir
    Path tmp;
    private Path input;
    private Path output;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void devArticles() throws IOException, URISyntaxException {
        input = Files.createDirectories(tmp.resolve("input"));
        output = tmp.resolve("output");
        try (Stream<Path> files = Files.list(Path.of(getClass().getResource("/eval/dev/articles").toURI()))) {
            for (Path file : files.toList()) {
                Files.copy(file, input.resolve(file.getFileName()));
            }
        }
    }

    @Test
    void correctionsShowEverywhereAndStick() throws IOException {
        assertThat(run("briefing", "--input", input.toString(), "--output", output.toString(), "--as-of", NIGHT,
                "--quiet")).as(err.toString()).isZero();
        assertThat(run("review", "--output", output.toString())).as(err.toString()).isZero();
        Path reviewFile = output.resolve(NIGHT).resolve("review.csv");
        List<CSVRecord> rows = read(reviewFile);
        List<CSVRecord> investments = rows.stream().filter(r -> r.get("kind").equals("investment")).toList();
        assertThat(investments).hasSizeGreaterThan(2);
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.get("action")).isEmpty();
            assertThat(Double.parseDouble(r.get("confidence"))).isBetween(0.0, 1.0);
        });
        String first = pdfText(output.resolve(NIGHT).resolve("briefing.pdf"));
        CSVRecord inSummary = investments.stream().filter(r -> first.contains(r.get("fact"))).findFirst()
                .orElseThrow(() -> new AssertionError("no investment of the review file is in the executive summary"));
        CSVRecord other = investments.get(investments.indexOf(inSummary) + 1);
        String dropped = inSummary.get("id");
        String fixed = other.get("id");
        String droppedEvidence = inSummary.get("evidence");
        String droppedFact = inSummary.get("fact");
        JsonNode before = investment(json(NIGHT), fixed);
        String oldInvestor = before.get("investor").asString();

        Path bad = edit(reviewFile, tmp.resolve("bad.csv"), rows, dropped, fixed, "i-000000000000");
        assertThat(run("review", "--output", output.toString(), "--apply", bad.toString(), "--as-of", NIGHT))
                .isEqualTo(ExitCodes.FAILURE);
        assertThat(err.toString()).contains("nothing applied", "row " + (rows.size() + 2) + " (i-000000000000): unknown id");
        assertThat(ids(json(NIGHT))).contains(dropped);

        Path good = edit(reviewFile, tmp.resolve("edited.csv"), rows, dropped, fixed, null);
        assertThat(run("review", "--output", output.toString(), "--apply", good.toString(), "--as-of", NIGHT,
                "--by", "alice")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("drop 1, fix 1");

        JsonNode night = json(NIGHT);
        assertThat(ids(night)).doesNotContain(dropped).contains(fixed);
        JsonNode corrected = investment(night, fixed);
        assertThat(corrected.get("investor").asString()).isEqualTo(FIXED_INVESTOR);
        assertThat(corrected.get("correction").get("action").asString()).isEqualTo("fix");
        assertThat(corrected.get("correction").get("by").asString()).isEqualTo("alice");
        assertThat(corrected.get("correction").get("original").get("investor").asString()).isEqualTo(oldInvestor);

        String pdf = pdfText(output.resolve(NIGHT).resolve("briefing.pdf"));
        assertThat(pdf).contains(FIXED_INVESTOR, "corrected \u20212",
                "\u20212 Corrected by alice on", "investor was \u201c" + oldInvestor + "\u201d, now \u201c" + FIXED_INVESTOR);
        assertThat(pdf).doesNotContain(droppedFact);

        List<String> investmentSheet = sheet(output.resolve(NIGHT).resolve("briefing.xlsx"), "Investments");
        assertThat(investmentSheet).anyMatch(row -> row.contains(FIXED_INVESTOR))
                .noneMatch(row -> row.contains(droppedEvidence));
        List<String> reviewSheet = sheet(output.resolve(NIGHT).resolve("briefing.xlsx"), "Review");
        assertThat(reviewSheet.get(0)).startsWith("id|kind|fact|confidence|evidence|article|action|fix");
        assertThat(reviewSheet).anyMatch(row -> row.startsWith(fixed) && row.contains("corrected (#2, fix)"))
                .noneMatch(row -> row.startsWith(dropped));

        assertThat(run("briefing", "--input", input.toString(), "--output", output.toString(), "--as-of", NEXT_NIGHT,
                "--quiet")).as(err.toString()).isZero();
        JsonNode next = json(NEXT_NIGHT);
        assertThat(ids(next)).doesNotContain(dropped).contains(fixed);
        assertThat(investment(next, fixed).get("investor").asString()).isEqualTo(FIXED_INVESTOR);

        Files.writeString(tmp.resolve("subscribers.csv"), "email,name,watchlist\nada@example.com,Ada,\n");
        assertThat(run("digest", "--output", output.toString(), "--week", "2026-W02", "--dry-run"))
                .as(err.toString()).isZero();
        List<String> digest = sheet(output.resolve("digest/2026-W02/briefing.xlsx"), "Investments");
        assertThat(digest).anyMatch(row -> row.contains(FIXED_INVESTOR)).noneMatch(row -> row.contains(droppedEvidence));

        assertThat(run("review", "--output", output.toString(), "--list")).isZero();
        assertThat(out.toString()).contains(fixed, "investor: " + oldInvestor + " \u2192 " + FIXED_INVESTOR);
        assertThat(run("review", "--output", output.toString(), "--undo", "1")).as(err.toString()).isZero();
        assertThat(ids(json(NIGHT))).as("the night the drop was made on is written again").contains(dropped);
    }

    @Test
    void theWorkbooksReviewSheetCanBeAppliedToo() throws IOException {
        assertThat(run("briefing", "--input", input.toString(), "--output", output.toString(), "--as-of", NIGHT,
                "--quiet")).as(err.toString()).isZero();
        Path workbook = output.resolve(NIGHT).resolve("briefing.xlsx");
        Path edited = tmp.resolve("edited.xlsx");
        String launch;
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet review = book.getSheet("Review");
            Row row = null;
            for (Row r : review) {
                if ("launch".equals(r.getCell(1).getStringCellValue())) {
                    row = r;
                    break;
                }
            }
            assertThat(row).as("a launch row").isNotNull();
            launch = row.getCell(0).getStringCellValue();
            row.getCell(6).setCellValue("fix");
            row.getCell(7).setCellValue("product=Widget Pro; status=delayed; person=Jane Roe:Acme");
            try (var outFile = Files.newOutputStream(edited)) {
                book.write(outFile);
            }
        }

        assertThat(run("review", "--output", output.toString(), "--apply", edited.toString(), "--as-of", NIGHT))
                .as(err.toString()).isZero();

        JsonNode fixedLaunch = null;
        for (JsonNode l : json(NIGHT).get("launches")) {
            if (l.get("id").asString().equals(launch)) {
                fixedLaunch = l;
            }
        }
        assertThat(fixedLaunch).isNotNull();
        assertThat(fixedLaunch.get("product").asString()).isEqualTo("Widget Pro");
        assertThat(fixedLaunch.get("status").asString()).isEqualTo("delayed");
        assertThat(Files.readAllLines(output.resolve(".state/companies/editor.csv")))
                .containsExactly("name,aliases,ticker,country,sector,parent,kind", "Jane Roe,,,,,Acme,person");
    }

    private Path edit(Path reviewFile, Path target, List<CSVRecord> rows, String drop, String fix, String unknownId)
            throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();
        try (Writer w = Files.newBufferedWriter(target, StandardCharsets.UTF_8); CSVPrinter csv = new CSVPrinter(w, format)) {
            csv.printRecord(read(reviewFile).get(0).getParser().getHeaderNames());
            for (CSVRecord r : rows) {
                List<String> values = new ArrayList<>(r.toList());
                if (r.get("id").equals(drop)) {
                    values.set(6, "drop");
                } else if (r.get("id").equals(fix)) {
                    values.set(6, "fix");
                    values.set(7, "investor=" + FIXED_INVESTOR);
                }
                csv.printRecord(values);
            }
            if (unknownId != null) {
                csv.printRecord(unknownId, "investment", "", "", "", "", "keep", "");
            }
        }
        return target;
    }

    private static List<CSVRecord> read(Path csvFile) throws IOException {
        String text = Files.readString(csvFile, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFid,kind,fact,confidence,evidence,article,action,fix\n");
        try (Reader in = new java.io.StringReader(text.substring(1));
             CSVParser parser = CSVParser.builder().setReader(in)
                     .setFormat(CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            return parser.getRecords();
        }
    }

    private JsonNode json(String night) {
        return JsonMapper.builder().build().readTree(output.resolve(night).resolve("briefing.json").toFile());
    }

    private static List<String> ids(JsonNode briefing) {
        List<String> ids = new ArrayList<>();
        briefing.get("investments").forEach(i -> ids.add(i.get("id").asString()));
        return ids;
    }

    private static JsonNode investment(JsonNode briefing, String id) {
        for (JsonNode i : briefing.get("investments")) {
            if (i.get("id").asString().equals(id)) {
                return i;
            }
        }
        throw new AssertionError("no investment " + id);
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    /** Each row of a sheet as its cells' text joined with '|'. */
    private static List<String> sheet(Path xlsx, String name) throws IOException {
        DataFormatter text = new DataFormatter();
        List<String> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
            for (Row row : book.getSheet(name)) {
                List<String> cells = new ArrayList<>();
                row.forEach(cell -> cells.add(text.formatCellValue(cell)));
                rows.add(String.join("|", cells));
            }
        }
        return rows;
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLine command = MarketWatchCommand.commandLine();
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        return command.execute(args);
    }
}
