package io.marketwatch.fetch;

import io.marketwatch.article.Article;
import io.marketwatch.ingest.ArticleReader;
import io.marketwatch.ingest.ParsedFile;
import io.marketwatch.report.BriefingFiles;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches the user's sources into an input folder: each source's new items become files the
 * briefing reads (Markdown with front matter for feed and API items, the page itself for pages and
 * followed links), under a folder named for the source. Sources are fetched side by side, politely
 * per host; a failing source never stops the others. Each item is written once across nights (its
 * GUID-or-link is remembered in the store once its file is in place), and an unchanged feed costs
 * one conditional request.
 */
public final class Fetcher {

    private static final Logger LOG = LoggerFactory.getLogger(Fetcher.class);
    static final String PRODUCT_TOKEN = "MarketWatch";

    private final FetchProperties settings;
    private final FetchStore store;
    private final ArticleReader reader;
    private final UnaryOperator<String> environment;
    private final Clock clock;
    private final String userAgent;

    /**
     * @param environment reads an environment variable (an API key); {@code System::getenv} in production
     */
    public Fetcher(FetchProperties settings, FetchStore store, ArticleReader reader,
                   UnaryOperator<String> environment, Clock clock, String version) {
        this.settings = settings;
        this.store = store;
        this.reader = reader;
        this.environment = environment;
        this.clock = clock;
        this.userAgent = settings.userAgent(version);
    }

    /** Fetches every source into the folder and writes the folder's fetch report. */
    public FetchReport fetch(List<Source> sources, Path into, LocalDate night) throws IOException, InterruptedException {
        Files.createDirectories(into);
        List<SourceReport> reports = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(settings.threads(), Math.max(1, sources.size())),
                r -> {
                    Thread t = new Thread(r, "fetch");
                    t.setDaemon(true);
                    return t;
                });
        try (Http http = new Http(settings, userAgent)) {
            Robots robots = new Robots(http);
            Map<Source, Future<SourceReport>> running = new LinkedHashMap<>();
            for (Source source : byHostInTurn(sources)) {
                running.put(source, pool.submit(() -> fetchOne(source, http, robots, into, night)));
            }
            for (Source source : sources) {
                Future<SourceReport> report = running.get(source);
                try {
                    reports.add(report.get());
                } catch (ExecutionException e) {
                    throw new IllegalStateException("fetching failed unexpectedly", e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        FetchReport report = new FetchReport(into.toString(), reports);
        report.writeInto(into);
        return report;
    }

    /**
     * The sources in the order they are started: one of each host in turn, so that the pool's
     * threads are not all held by one host's politeness gap while other hosts wait.
     */
    static List<Source> byHostInTurn(List<Source> sources) {
        Map<String, ArrayDeque<Source>> byHost = new LinkedHashMap<>();
        sources.forEach(s -> byHost.computeIfAbsent(s.url().getHost().toLowerCase(Locale.ROOT), h -> new ArrayDeque<>())
                .add(s));
        List<Source> order = new ArrayList<>(sources.size());
        while (order.size() < sources.size()) {
            byHost.values().forEach(queue -> {
                if (!queue.isEmpty()) {
                    order.add(queue.poll());
                }
            });
        }
        return order;
    }

    private SourceReport fetchOne(Source source, Http http, Robots robots, Path into, LocalDate night)
            throws InterruptedException {
        Instant at = clock.instant();
        long start = System.nanoTime();
        Tally tally = new Tally();
        Http.Validators validators = store.validators(source);
        try {
            Map<String, String> headers = headers(source);
            if (source.type() == SourceType.PAGE && !robots.allows(source.url())) {
                throw new FetchException("robots.txt of " + source.url().getHost() + " disallows " + source.url().getPath());
            }
            Http.Response response = http.get(source.url(), validators, headers);
            tally.bytes += response.body().length;
            if (response.unchanged()) {
                return finish(source, at, start, tally, validators, null);
            }
            SourceType type = source.type() != null ? source.type() : detect(response);
            if (type == SourceType.PAGE) {
                if (source.type() == null && !robots.allows(source.url())) {
                    throw new FetchException("robots.txt of " + source.url().getHost() + " disallows "
                            + source.url().getPath());
                }
                savePage(source, response, into, tally);
            } else {
                saveItems(source, type, response, http, robots, into, night, tally);
            }
            return finish(source, at, start, tally, response.validators(), null);
        } catch (FetchException e) {
            LOG.warn("source {} ({}) failed: {}", source.name(), source.url(), e.getMessage());
            return finish(source, at, start, tally, validators, e.getMessage());
        } catch (IOException | RuntimeException e) {
            String problem = e.getClass().getSimpleName() + ": " + e.getMessage();
            LOG.warn("source {} ({}) failed: {}", source.name(), source.url(), problem);
            return finish(source, at, start, tally, validators, problem);
        }
    }

    private Map<String, String> headers(Source source) throws FetchException {
        if (source.apiKeyEnv() == null) {
            return Map.of();
        }
        String key = environment.apply(source.apiKeyEnv());
        if (key == null || key.isBlank()) {
            throw new FetchException("the environment variable " + source.apiKeyEnv() + " holding its API key is not set");
        }
        return Map.of("X-Api-Key", key.trim());
    }

    private static SourceType detect(Http.Response response) {
        String type = response.contentType() == null ? "" : response.contentType().toLowerCase(Locale.ROOT);
        String head = new String(response.body(), 0, Math.min(response.body().length, 512), StandardCharsets.UTF_8)
                .stripLeading().toLowerCase(Locale.ROOT);
        if (type.contains("json") || head.startsWith("{") || head.startsWith("[")) {
            return SourceType.NEWSAPI;
        }
        if (head.contains("<rss") || head.contains("<rdf:rdf")) {
            return SourceType.RSS;
        }
        if (head.contains("<feed")) {
            return SourceType.ATOM;
        }
        return SourceType.PAGE;
    }

    private void saveItems(Source source, SourceType type, Http.Response response, Http http, Robots robots, Path into,
                           LocalDate night, Tally tally) throws FetchException, IOException, InterruptedException {
        String name = type == SourceType.NEWSAPI ? "response.json" : "feed.xml";
        ParsedFile parsed = reader.read(name, response.body(), night);
        if (parsed.isSkipped()) {
            throw new FetchException("cannot be read as " + type.name().toLowerCase(Locale.ROOT) + ": "
                    + parsed.skipReason());
        }
        Map<String, Article> byKey = new LinkedHashMap<>();
        Map<String, String> ids = new LinkedHashMap<>();
        for (Article article : parsed.articles()) {
            Article absolute = withAbsoluteUrl(article, response.uri());
            String id = absolute.url() != null ? absolute.url() : absolute.title() + "|" + absolute.publishedAt();
            String key = key(id);
            byKey.putIfAbsent(key, absolute);
            ids.putIfAbsent(key, id);
        }
        Set<String> seen = store.seen(byKey.keySet());
        List<FetchStore.FetchedItem> written = new ArrayList<>();
        try {
            for (Map.Entry<String, Article> item : byKey.entrySet()) {
                String key = item.getKey();
                if (seen.contains(key)) {
                    tally.seen++;
                    continue;
                }
                try {
                    Path file = saveItem(source, item.getValue(), key, http, robots, into, tally);
                    written.add(new FetchStore.FetchedItem(key, ids.get(key), relative(into, file)));
                    tally.added++;
                } catch (FetchException e) {
                    tally.failed(e.getMessage());
                }
            }
        } finally {
            store.remember(source, written);
        }
    }

    private static String relative(Path into, Path file) {
        return into.relativize(file).toString().replace('\\', '/');
    }

    private Path saveItem(Source source, Article item, String key, Http http, Robots robots, Path into, Tally tally)
            throws FetchException, IOException, InterruptedException {
        Path folder = into.resolve(source.folder());
        if (source.followLinks() && item.url() != null) {
            URI link = URI.create(item.url());
            if (!robots.allows(link)) {
                throw new FetchException("robots.txt of " + link.getHost() + " disallows " + link.getPath());
            }
            Http.Response page = http.get(link, Http.Validators.NONE, Map.of());
            tally.bytes += page.body().length;
            ParsedFile parsed = reader.read("page.html", page.body(), null);
            if (!parsed.isSkipped()) {
                return write(folder.resolve(key.substring(0, 16) + ".html"), page.body());
            }
            LOG.info("link {} of source {} cannot be read as a page ({}); keeping the feed's text",
                    item.url(), source.name(), parsed.skipReason());
        }
        return write(folder.resolve(key.substring(0, 16) + ".md"),
                ItemMarkdown.of(item, source).getBytes(StandardCharsets.UTF_8));
    }

    private void savePage(Source source, Http.Response response, Path into, Tally tally)
            throws FetchException, IOException {
        ParsedFile parsed = reader.read("page.html", response.body(), null);
        if (parsed.isSkipped()) {
            throw new FetchException("cannot be read as a page: " + parsed.skipReason());
        }
        String id = source.url() + "#" + HexFormat.of().formatHex(sha256(response.body()));
        String key = key(id);
        if (store.seen(List.of(key)).contains(key)) {
            tally.seen++;
            return;
        }
        Path file = write(into.resolve(source.folder()).resolve(key.substring(0, 16) + ".html"), response.body());
        store.remember(source, List.of(new FetchStore.FetchedItem(key, id, relative(into, file))));
        tally.added++;
    }

    private static Article withAbsoluteUrl(Article article, URI base) {
        if (article.url() == null) {
            return article;
        }
        try {
            String absolute = base.resolve(article.url().trim()).toString();
            return new Article(article.id(), article.title(), absolute, article.publishedAt(), article.outlet(),
                    article.language(), article.file(), article.body());
        } catch (IllegalArgumentException e) {
            return article;
        }
    }

    /** Written under a temporary name and moved into place: a killed fetch leaves no half file. */
    private static Path write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        BriefingFiles.writeAtomically(file, tmp -> Files.write(tmp, bytes));
        return file;
    }

    private SourceReport finish(Source source, Instant at, long start, Tally tally, Http.Validators validators,
                                String problem) {
        SourceReport.Outcome outcome = problem != null ? SourceReport.Outcome.FAILED
                : tally.added > 0 ? SourceReport.Outcome.NEW : SourceReport.Outcome.UNCHANGED;
        SourceReport report = new SourceReport(source.name(), at, outcome, tally.added, tally.seen, tally.failedItems,
                tally.bytes, (System.nanoTime() - start) / 1_000_000, problem != null ? problem : tally.firstProblem);
        store.record(source, report, validators);
        return report;
    }

    static String key(String id) {
        return HexFormat.of().formatHex(sha256(id.getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Counts of one source's fetch. */
    private static final class Tally {
        private int added;
        private int seen;
        private int failedItems;
        private long bytes;
        private String firstProblem;

        private void failed(String problem) {
            failedItems++;
            if (firstProblem == null) {
                firstProblem = problem;
            }
        }
    }

    /** robots.txt per host, fetched once a run. */
    private static final class Robots {
        private final Http http;
        private final Map<String, RobotsTxt> byHost = new ConcurrentHashMap<>();

        private Robots(Http http) {
            this.http = http;
        }

        boolean allows(URI uri) throws InterruptedException {
            String origin = uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getRawAuthority();
            RobotsTxt rules = byHost.get(origin);
            if (rules == null) {
                rules = load(URI.create(origin + "/robots.txt"));
                byHost.putIfAbsent(origin, rules);
            }
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return rules.allows(uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery());
        }

        private RobotsTxt load(URI robots) throws InterruptedException {
            try {
                return RobotsTxt.parse(http.get(robots, Http.Validators.NONE, Map.of()).body(), PRODUCT_TOKEN);
            } catch (FetchException e) {
                // RFC 9309: a robots.txt that is missing (4xx) allows everything; an unreachable one allows nothing
                return e.getMessage().matches("HTTP 4\\d\\d") ? RobotsTxt.ALLOW_ALL : RobotsTxt.DISALLOW_ALL;
            }
        }
    }
}
