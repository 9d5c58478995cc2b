package io.marketwatch.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.marketwatch.batch.BriefingRunner.Outcome;
import io.marketwatch.batch.BriefingRunner.RunResult;
import io.marketwatch.briefing.SkippedFile;
import io.marketwatch.report.json.BriefingSchema;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.test.JobRepositoryTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A night's input full of bad and hostile files goes through the real job: every file is read or
 * skipped with its reason, nothing leaks out of an article, the rest of the run goes on.
 */
@SpringBatchTest
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:hostile-input;DB_CLOSE_DELAY=-1",
        "marketwatch.max-file-bytes=5000000"})
class HostileInputJobTest {

    private static final String SECRET = "TOP-SECRET-4b1d";

    @TempDir
    Path tmp;

    @Autowired
    BriefingRunner runner;

    @Autowired
    JobRepositoryTestUtils jobRepositoryTestUtils;

    @AfterEach
    void cleanUp() {
        jobRepositoryTestUtils.removeJobExecutions();
    }

    @Test
    void everyFileIsAccountedForAndNothingLeaks() throws Exception {
        Path input = Files.createDirectories(tmp.resolve("input"));
        Path secret = Files.writeString(tmp.resolve("secret.txt"), SECRET);
        String good = "---\ntitle: Acme Corp opens a plant\npublished: 2025-04-01\n---\n\n"
                + "Acme Corp will invest $40 million in a plant in Leeds.\n";
        Files.writeString(input.resolve("good.md"), good);
        Files.writeString(input.resolve("copy of good.md"), good);
        Files.writeString(input.resolve("Zürich news é.md"), "---\ntitle: Zürich bank news\n---\n\nA bank in Zürich said so.\n");
        Files.writeString(input.resolve("empty.txt"), "");
        Files.writeString(input.resolve("blank.txt"), "  \n\t\n  ");
        try (var big = new RandomAccessFile(input.resolve("huge.txt").toFile(), "rw")) {
            big.setLength(50L * 1024 * 1024);
        }
        Files.write(input.resolve("report.txt"), "%PDF-1.7\n%âãÏÓ\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1));
        Files.write(input.resolve("photo.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13});
        Files.write(input.resolve("latin1.txt"), "Caf\u00e9 owner expands\n\nThe caf\u00e9 chain will open.".getBytes(StandardCharsets.ISO_8859_1));
        Files.write(input.resolve("utf16.txt"), ("\uFEFFUTF-16 headline\n\nSome text in UTF-16.").getBytes(StandardCharsets.UTF_16BE));
        Files.write(input.resolve("latin1.html"), ("<html><head><meta charset=\"ISO-8859-1\"><title>Soci\u00e9t\u00e9 G\u00e9n\u00e9rale</title></head>"
                + "<body><h1>Soci\u00e9t\u00e9 G\u00e9n\u00e9rale gains</h1><p>Le march\u00e9 a progress\u00e9.</p></body></html>")
                .getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(input.resolve("no-title.md"), "---\npublished: 2025-04-01\n---\n");
        Files.writeString(input.resolve("bad-front-matter.md"), "---\ntitle: [unclosed\n---\n\nBody.\n");
        Files.writeString(input.resolve("wrong-shape.json"), "{\"status\": \"ok\", \"totalResults\": 3}");
        Files.writeString(input.resolve("truncated.xml"), "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title>"
                + "<item><title>Cut off</title><description>Half a sto");
        Files.writeString(input.resolve("xxe.xml"), "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY leak SYSTEM \""
                + secret.toUri() + "\">]><rss version=\"2.0\"><channel><title>Feed</title><item><title>Leak &leak;</title>"
                + "<description>Text &leak;</description></item></channel></rss>");
        Files.writeString(input.resolve("laughs.xml"), "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                + "<!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">"
                + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
                + "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">"
                + "<!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">]>"
                + "<rss version=\"2.0\"><channel><title>L</title><item><title>&lol5;</title></item></channel></rss>");
        Files.writeString(input.resolve("deep.html"), "<html><body><h1>Deep page</h1>" + "<div>".repeat(10_000)
                + "<p>Deep text.</p>" + "</div>".repeat(10_000) + "</body></html>");
        Files.writeString(input.resolve("script.html"), "<html><head><title>Evil</title>"
                + "<link rel=\"stylesheet\" href=\"file://" + secret + "\"></head><body><h1>Evil page</h1>"
                + "<script>alert(1)</script><iframe src=\"http://127.0.0.1:9/\"></iframe>"
                + "<p>Plain words. <img src=\"http://127.0.0.1:9/x.png\"></p></body></html>");
        Path loop = Files.createDirectories(input.resolve("loop"));
        Files.createSymbolicLink(loop.resolve("again"), loop);
        Files.createSymbolicLink(input.resolve("dangling.txt"), input.resolve("missing.txt"));

        RunResult result = runner.run(LocalDate.of(2025, 4, 2), input, tmp.resolve("output"), false);

        assertThat(result.outcome()).as(result.message()).isEqualTo(Outcome.PARTIAL);
        Path night = tmp.resolve("output/2025-04-02");
        JsonNode briefing = BriefingSchema.validate(night.resolve("briefing.json"));
        Set<String> readFiles = new HashSet<>();
        briefing.get("articles").forEach(a -> readFiles.add(a.get("file").asText()));
        Map<String, String> skipped = result.skipped().stream()
                .collect(Collectors.toMap(SkippedFile::file, SkippedFile::reason, (a, b) -> a + "; " + b, TreeMap::new));

        assertThat(readFiles).contains("copy of good.md", "Zürich news é.md", "latin1.txt", "utf16.txt", "latin1.html",
                "deep.html", "script.html");
        assertThat(skipped).containsKeys("good.md", "empty.txt", "blank.txt", "huge.txt", "report.txt",
                "photo.txt", "no-title.md", "bad-front-matter.md", "wrong-shape.json", "truncated.xml", "dangling.txt");
        assertThat(skipped.get("good.md")).as("files are read in name order").contains("same article as in copy of good.md");
        assertThat(skipped.get("huge.txt")).contains("limit");
        assertThat(skipped.get("report.txt")).containsIgnoringCase("PDF");
        assertThat(skipped.get("photo.txt")).containsIgnoringCase("PNG");
        assertThat(skipped).allSatisfy((file, reason) -> assertThat(reason).isNotBlank().doesNotContain("\n"));
        try (Stream<Path> all = Files.walk(input)) {
            Set<String> onDisk = all.filter(p -> !Files.isDirectory(p)).map(p -> input.relativize(p).toString())
                    .collect(Collectors.toSet());
            for (String file : onDisk) {
                if (!file.startsWith("loop/")) {
                    assertThat(readFiles.contains(file) || skipped.containsKey(file))
                            .as("every file is read or skipped: " + file).isTrue();
                }
            }
        }
        assertThat(skipped.keySet()).as("the link loop is reported").anyMatch(f -> f.startsWith("loop"));
        assertThat(readFiles.contains("xxe.xml") || skipped.containsKey("xxe.xml")).isTrue();
        assertThat(readFiles.contains("laughs.xml") || skipped.containsKey("laughs.xml")).isTrue();
        String everything = Files.readString(night.resolve("briefing.json")) + Files.readString(night.resolve("run-report.json"));
        assertThat(everything).doesNotContain(SECRET).doesNotContain("alert(1)").doesNotContain("lollollol");
        String latin1Title = titleOf(briefing, "latin1.html");
        assertThat(latin1Title).isEqualTo("Soci\u00e9t\u00e9 G\u00e9n\u00e9rale gains");
    }

    private static String titleOf(JsonNode briefing, String file) {
        for (JsonNode article : briefing.get("articles")) {
            if (article.get("file").asText().equals(file)) {
                return article.get("title").asText();
            }
        }
        return null;
    }
}
