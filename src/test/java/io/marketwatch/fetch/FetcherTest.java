package io.marketwatch.fetch;

import static io.marketwatch.fetch.LocalSite.rss;
import static io.marketwatch.fetch.LocalSite.send;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.marketwatch.digest.TestDatabase;
import io.marketwatch.ingest.ArticleReader;
import io.marketwatch.ingest.IngestLimits;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** The fetcher against real HTTP servers on 127.0.0.1: every way a source misbehaves. */
class FetcherTest {

    private static final LocalDate NIGHT = LocalDate.of(2026, 12, 2);

    @TempDir
    Path tmp;

    private LocalSite site;
    private TestDatabase database;
    private FetchStore store;

    @BeforeEach
    void start() throws IOException {
        site = new LocalSite();
        database = TestDatabase.h2();
        store = new FetchStore(database.jdbc());
    }

    @AfterEach
    void stop() {
        site.close();
        database.close();
    }

    private static FetchProperties settings(boolean allowPrivate, Duration readTimeout, long maxBytes) {
        return new FetchProperties(null, allowPrivate, "ops@example.com", 2, Duration.ZERO, Duration.ofSeconds(2),
                readTimeout, maxBytes, 5, 2, Duration.ofMillis(100), Duration.ofSeconds(5), 8);
    }

    private Fetcher fetcher() {
        return fetcher(settings(true, Duration.ofSeconds(3), 1_000_000), Map.of());
    }

    private Fetcher fetcher(FetchProperties settings, Map<String, String> environment) {
        return new Fetcher(settings, store, new ArticleReader(new IngestLimits(10_000_000, 10_000, 1_000_000)),
                environment::get, Clock.systemUTC(), "test");
    }

    private static Source source(String name, URI url) {
        return new Source(name, url, null, false, null, List.of(), null);
    }

    private List<String> files(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void sourcesStartOneHostAtATimeInTurn() {
        List<Source> sources = List.of(source("a1", URI.create("https://a.example.com/1")),
                source("a2", URI.create("https://A.example.com/2")), source("b1", URI.create("https://b.example.com/1")),
                source("c1", URI.create("https://c.example.com/1")), source("c2", URI.create("https://c.example.com/2")));

        assertThat(Fetcher.byHostInTurn(sources)).extracting(Source::name).containsExactly("a1", "b1", "c1", "a2", "c2");
    }

    @Test
    void anUnchangedFeedCostsOneConditionalRequest() throws Exception {
        site.on("/feed", exchange -> {
            if ("\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                send(exchange, 304, null, new byte[0]);
                return;
            }
            exchange.getResponseHeaders().set("ETag", "\"v1\"");
            send(exchange, 200, "application/rss+xml", rss("http://example.com/a", "Port opens", "http://example.com/b",
                    "Ship line grows"));
        });
        Source wire = source("Test Wire", site.uri("/feed"));

        SourceReport first = fetcher().fetch(List.of(wire), tmp.resolve("n1"), NIGHT).sources().get(0);
        SourceReport second = fetcher().fetch(List.of(wire), tmp.resolve("n2"), NIGHT).sources().get(0);

        assertThat(first.outcome()).isEqualTo(SourceReport.Outcome.NEW);
        assertThat(first.itemsNew()).isEqualTo(2);
        assertThat(files(tmp.resolve("n1"))).hasSize(3).contains(FetchReport.FILE_NAME);
        assertThat(second.outcome()).isEqualTo(SourceReport.Outcome.UNCHANGED);
        assertThat(second.bytes()).isZero();
        assertThat(site.hits("/feed")).isEqualTo(2);
        assertThat(files(tmp.resolve("n2"))).containsExactly(FetchReport.FILE_NAME);
    }

    @Test
    void aFeedThatRotatesLosesNothingAndRepeatsNothing() throws Exception {
        AtomicInteger night = new AtomicInteger();
        site.on("/feed", exchange -> send(exchange, 200, "application/rss+xml", night.get() == 0
                ? rss("http://example.com/a", "Alpha story", "http://example.com/b", "Beta story")
                : rss("http://example.com/b", "Beta story", "http://example.com/c", "Gamma story")));
        Source wire = source("Test Wire", site.uri("/feed"));

        fetcher().fetch(List.of(wire), tmp.resolve("n1"), NIGHT);
        night.set(1);
        SourceReport second = fetcher().fetch(List.of(wire), tmp.resolve("n2"), NIGHT.plusDays(1)).sources().get(0);

        assertThat(second.itemsNew()).isEqualTo(1);
        assertThat(second.itemsSeen()).isEqualTo(1);
        List<String> written = files(tmp.resolve("n2")).stream().filter(f -> f.endsWith(".md")).toList();
        assertThat(written).hasSize(1);
        assertThat(Files.readString(tmp.resolve("n2").resolve(written.get(0))))
                .contains("title: Gamma story", "url: http://example.com/c", "published: '2026-12-01'",
                        "source: Test Wire", "$40 million");
    }

    @Test
    void aSourceThatHangsTimesOutAndTheOthersStillFinish() throws Exception {
        site.on("/slow", exchange -> {
            try {
                Thread.sleep(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        site.on("/feed", exchange -> send(exchange, 200, "application/rss+xml", rss("http://example.com/a", "Alpha")));
        FetchProperties oneSecond = settings(true, Duration.ofSeconds(1), 1_000_000);

        long start = System.nanoTime();
        FetchReport report = fetcher(oneSecond, Map.of()).fetch(List.of(source("Slow", site.uri("/slow")),
                source("Quick", site.uri("/feed"))), tmp.resolve("n"), NIGHT);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(report.sources().get(0).outcome()).isEqualTo(SourceReport.Outcome.FAILED);
        assertThat(report.sources().get(0).problem()).contains("within 1 s");
        assertThat(report.sources().get(1).itemsNew()).isEqualTo(1);
        assertThat(millis).isLessThan(5_000);
    }

    @Test
    void tooManyRequestsIsRetriedAfterTheTimeTheServerAsks() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        site.on("/feed", exchange -> {
            if (calls.getAndIncrement() == 0) {
                exchange.getResponseHeaders().set("Retry-After", "1");
                send(exchange, 429, "text/plain", "slow down");
                return;
            }
            send(exchange, 200, "application/rss+xml", rss("http://example.com/a", "Alpha"));
        });

        long start = System.nanoTime();
        SourceReport report = fetcher().fetch(List.of(source("Busy", site.uri("/feed"))), tmp.resolve("n"), NIGHT)
                .sources().get(0);

        assertThat(report.itemsNew()).isEqualTo(1);
        assertThat(site.hits("/feed")).isEqualTo(2);
        assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(Duration.ofMillis(950).toNanos());
    }

    @Test
    void aServerThatKeepsFailingFailsTheSourceAfterTheRetries() throws Exception {
        site.on("/feed", exchange -> send(exchange, 503, "text/plain", "down"));

        SourceReport report = fetcher().fetch(List.of(source("Down", site.uri("/feed"))), tmp.resolve("n"), NIGHT)
                .sources().get(0);

        assertThat(report.problem()).isEqualTo("HTTP 503 after 2 retries");
        assertThat(site.hits("/feed")).isEqualTo(3);
    }

    @Test
    void aRedirectLoopIsCutOff() throws Exception {
        site.on("/a", exchange -> {
            exchange.getResponseHeaders().set("Location", "/b");
            send(exchange, 302, null, new byte[0]);
        });
        site.on("/b", exchange -> {
            exchange.getResponseHeaders().set("Location", site.uri("/a").toString());
            send(exchange, 301, null, new byte[0]);
        });

        SourceReport report = fetcher().fetch(List.of(source("Loop", site.uri("/a"))), tmp.resolve("n"), NIGHT)
                .sources().get(0);

        assertThat(report.problem()).isEqualTo("more than 5 redirects (a redirect loop?)");
        assertThat(site.hits("/a") + site.hits("/b")).isEqualTo(6);
    }

    @Test
    void anOversizedBodyIsRefusedEvenWhenItsLengthIsNotDeclared() throws Exception {
        String big = rss("http://example.com/a", "A".repeat(5_000));
        site.on("/declared", exchange -> send(exchange, 200, "application/rss+xml", big));
        site.on("/gzipped", exchange -> {
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            send(exchange, 200, "application/rss+xml", gzip(big));
        });
        FetchProperties small = settings(true, Duration.ofSeconds(3), 2_000);

        FetchReport report = fetcher(small, Map.of()).fetch(List.of(source("Big", site.uri("/declared")),
                source("Bomb", site.uri("/gzipped"))), tmp.resolve("n"), NIGHT);

        assertThat(report.sources()).allSatisfy(s ->
                assertThat(s.problem()).isEqualTo("the response is larger than the 2000 bytes limit"));
    }

    @Test
    void aGzipBodyIsDecompressed() throws Exception {
        site.on("/feed", exchange -> {
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            send(exchange, 200, "application/rss+xml", gzip(rss("http://example.com/z", "Zipped story")));
        });

        SourceReport report = fetcher().fetch(List.of(source("Zip", site.uri("/feed"))), tmp.resolve("n"), NIGHT)
                .sources().get(0);

        assertThat(report.itemsNew()).isEqualTo(1);
        assertThat(site.requestHeaders.get(0).get("Accept-encoding")).containsExactly("gzip");
    }

    @Test
    void relativeItemLinksAreMadeAbsoluteAgainstTheFeed() throws Exception {
        site.on("/news/feed", exchange -> send(exchange, 200, "application/rss+xml", rss("/news/1", "Relative story")));

        fetcher().fetch(List.of(source("Rel", site.uri("/news/feed"))), tmp.resolve("n"), NIGHT);

        Path item = tmp.resolve("n").resolve(files(tmp.resolve("n")).stream().filter(f -> f.endsWith(".md"))
                .findFirst().orElseThrow());
        assertThat(Files.readString(item)).contains("url: " + site.uri("/news/1"));
    }

    @Test
    void aSourceOnAPrivateAddressIsRefusedUnlessAllowed() throws Exception {
        site.on("/feed", exchange -> send(exchange, 200, "application/rss+xml", rss("http://example.com/a", "Alpha")));
        FetchProperties strict = settings(false, Duration.ofSeconds(3), 1_000_000);

        SourceReport report = fetcher(strict, Map.of()).fetch(List.of(source("Intranet", site.uri("/feed"))),
                tmp.resolve("n"), NIGHT).sources().get(0);

        assertThat(report.problem()).startsWith("refused: 127.0.0.1 resolves to the private address 127.0.0.1");
        assertThat(site.hits("/feed")).isZero();
    }

    @Test
    void theApiKeyIsSentButNeverWrittenToALogOrAReport() throws Exception {
        String secret = "k-7f3a9c-secret";
        site.on("/v2/everything", exchange -> {
            if (!secret.equals(exchange.getRequestHeaders().getFirst("X-Api-Key"))) {
                send(exchange, 401, "application/json", "{\"status\":\"error\"}");
                return;
            }
            send(exchange, 200, "application/json", """
                    {"status":"ok","articles":[{"source":{"name":"Metro Business"},"title":"Ferry operator buys two ships",
                     "url":"https://example.com/ferry","publishedAt":"2026-12-01T07:00:00Z",
                     "content":"Nordic Ferries AB agreed to buy two ships from Baltic Lines for 90 million euros."}]}""");
        });
        site.on("/v2/wrong", exchange -> send(exchange, 401, "application/json", "{\"status\":\"error\"}"));
        Source api = new Source("News API", site.uri("/v2/everything"), SourceType.NEWSAPI, false, "en", List.of(),
                "NEWS_KEY");
        Source wrong = new Source("Other API", site.uri("/v2/wrong"), SourceType.NEWSAPI, false, "en", List.of(),
                "NEWS_KEY");
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.addAppender(log);
        try {
            FetchReport report = fetcher(settings(true, Duration.ofSeconds(3), 1_000_000), Map.of("NEWS_KEY", secret))
                    .fetch(List.of(api, wrong), tmp.resolve("n"), NIGHT);

            assertThat(report.sources().get(0).itemsNew()).isEqualTo(1);
            assertThat(report.sources().get(1).problem()).isEqualTo("HTTP 401");
        } finally {
            root.detachAppender(log);
        }
        assertThat(log.list).isNotEmpty().allSatisfy(e -> assertThat(e.getFormattedMessage()).doesNotContain(secret));
        for (String file : files(tmp.resolve("n"))) {
            assertThat(Files.readString(tmp.resolve("n").resolve(file))).doesNotContain(secret);
        }
    }

    @Test
    void aMissingKeyFailsOnlyItsSourceAndNamesTheVariable() throws Exception {
        Source api = new Source("News API", site.uri("/v2"), SourceType.NEWSAPI, false, null, List.of(), "NEWS_KEY");

        SourceReport report = fetcher().fetch(List.of(api), tmp.resolve("n"), NIGHT).sources().get(0);

        assertThat(report.problem()).isEqualTo("the environment variable NEWS_KEY holding its API key is not set");
        assertThat(site.hits("/v2")).isZero();
    }

    @Test
    void followedLinksHonourRobotsTxt() throws Exception {
        site.on("/robots.txt", exchange -> send(exchange, 200, "text/plain",
                "User-agent: *\nDisallow: /private/\n\nUser-agent: OtherBot\nDisallow: /\n"));
        site.on("/open/1", exchange -> send(exchange, 200, "text/html", """
                <html><head><title>Open story | Site</title></head><body><article><h1>Open story in full</h1>
                <p>Harbour Freight Ltd will invest $40 million in a warehouse in Rotterdam, it said on Tuesday.</p>
                </article></body></html>"""));
        site.on("/private/2", exchange -> send(exchange, 200, "text/html", "<html><body>no</body></html>"));
        site.on("/feed", exchange -> send(exchange, 200, "application/rss+xml",
                rss(site.uri("/open/1").toString(), "Open story", site.uri("/private/2").toString(), "Private story")));
        Source follow = new Source("Follow", site.uri("/feed"), SourceType.RSS, true, null, List.of(), null);

        SourceReport report = fetcher().fetch(List.of(follow), tmp.resolve("n"), NIGHT).sources().get(0);

        assertThat(report.itemsNew()).isEqualTo(1);
        assertThat(report.itemsFailed()).isEqualTo(1);
        assertThat(report.problem()).isEqualTo("robots.txt of 127.0.0.1 disallows /private/2");
        assertThat(site.hits("/private/2")).isZero();
        assertThat(files(tmp.resolve("n"))).anyMatch(f -> f.endsWith(".html"));
        assertThat(FetchReport.missingSources(tmp.resolve("n"))).isEmpty();
    }

    @Test
    void theFailedSourcesAreListedForTheBriefing() throws Exception {
        site.on("/gone", exchange -> send(exchange, 404, "text/plain", "gone"));

        fetcher().fetch(List.of(source("Gone Wire", site.uri("/gone"))), tmp.resolve("n"), NIGHT);

        assertThat(FetchReport.missingSources(tmp.resolve("n"))).singleElement().satisfies(s -> {
            assertThat(s.file()).isEqualTo("source Gone Wire");
            assertThat(s.reason()).isEqualTo("not fetched: HTTP 404");
        });
        assertThat(store.lastFetches()).singleElement().satisfies(s -> assertThat(s.problem()).isEqualTo("HTTP 404"));
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
