package io.marketwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * From a sources file to the night's briefing, through the command line, each night in a folder of
 * its own (as the scheduler does it): tonight's items are in
 * tonight's briefing, a second night re-fetches nothing that is unchanged, and a source that fails
 * is listed in the briefing as missing.
 */
class FetchBriefingTest {

    @TempDir
    Path tmp;

    private HttpServer server;
    private final AtomicInteger fullAnswers = new AtomicInteger();
    private volatile String feed = feed("Harbour Freight to invest $40 million in Rotterdam warehouse", "/news/1");

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 10);
        server.createContext("/feed", exchange -> {
            try (exchange) {
                String etag = "\"" + Integer.toHexString(feed.hashCode()) + "\"";
                if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                    exchange.sendResponseHeaders(304, -1);
                    return;
                }
                fullAnswers.incrementAndGet();
                byte[] body = feed.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("ETag", etag);
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        });
        server.createContext("/broken", exchange -> {
            try (exchange) {
                exchange.sendResponseHeaders(500, -1);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static String feed(String title, String link) {
        return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Port Wire</title><link>http://example.com/</link>"
                + "<description>d</description><item><title>" + title + "</title><link>" + link + "</link>"
                + "<pubDate>Tue, 01 Dec 2026 08:00:00 GMT</pubDate><description>Harbour Freight Ltd said on Tuesday it "
                + "will invest $40 million in a new warehouse in Rotterdam over the next two years.</description>"
                + "</item></channel></rss>";
    }

    private Path sources() throws IOException {
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        return Files.writeString(tmp.resolve("sources.yml"), "sources:\n"
                + "  - name: Port Wire\n    url: " + base + "/feed\n"
                + "  - name: Broken Wire\n    url: " + base + "/broken\n");
    }

    private int briefing(String night, StringWriter out) throws IOException {
        CommandLine command = MarketWatchCommand.commandLine();
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(out, true));
        return command.execute("briefing", "--sources", sources().toString(), "--input", tmp.resolve("input").resolve(night).toString(),
                "--output", tmp.resolve("output").toString(), "--as-of", night, "--quiet",
                "--marketwatch.fetch.allow-private-addresses=true", "--marketwatch.fetch.retries=0");
    }

    @Test
    void tonightsItemsAreInTonightsBriefingAndAnUnchangedFeedIsNotFetchedAgain() throws IOException {
        StringWriter out = new StringWriter();

        int first = briefing("2026-12-01", out);

        String json = Files.readString(tmp.resolve("output/2026-12-01/briefing.json"));
        assertThat(first).as(out.toString()).isEqualTo(ExitCodes.PARTIAL);
        assertThat(json).contains("Harbour Freight to invest $40 million in Rotterdam warehouse",
                "\"url\" : \"http://127.0.0.1:" + server.getAddress().getPort() + "/news/1\"", "\"currency\" : \"USD\"");
        assertThat(Files.readString(tmp.resolve("output/2026-12-01/run-report.json")))
                .contains("\"file\" : \"source Broken Wire\"", "\"reason\" : \"not fetched: HTTP 500 after 0 retries\"");
        assertThat(Files.list(tmp.resolve("input/2026-12-01/port-wire")).count()).isEqualTo(1);

        int second = briefing("2026-12-02", out);

        assertThat(second).isEqualTo(ExitCodes.PARTIAL);
        assertThat(fullAnswers).hasValue(1);
        assertThat(tmp.resolve("input/2026-12-02/port-wire")).doesNotExist();
        assertThat(Files.readString(tmp.resolve("output/2026-12-02/briefing.json"))).doesNotContain("Harbour Freight");

        feed = feed("Harbour Freight adds second warehouse in Antwerp", "/news/2");
        briefing("2026-12-03", out);

        assertThat(fullAnswers).hasValue(2);
        assertThat(Files.readString(tmp.resolve("output/2026-12-03/briefing.json")))
                .contains("Harbour Freight adds second warehouse in Antwerp").doesNotContain("Rotterdam warehouse");
    }
}
