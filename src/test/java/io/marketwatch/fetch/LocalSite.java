package io.marketwatch.fetch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** A real HTTP server on a loopback address, with scripted answers per path, that counts requests. */
final class LocalSite implements AutoCloseable {

    /** Answers one request. */
    interface Handler {
        void handle(HttpExchange exchange) throws IOException;
    }

    private final HttpServer server;
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    final List<Map<String, List<String>>> requestHeaders = new CopyOnWriteArrayList<>();

    LocalSite(String address) throws IOException {
        server = HttpServer.create(new InetSocketAddress(address, 0), 50);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "local-site");
            t.setDaemon(true);
            return t;
        }));
        server.start();
    }

    LocalSite() throws IOException {
        this("127.0.0.1");
    }

    LocalSite on(String path, Handler handler) {
        server.createContext(path, exchange -> {
            hits.computeIfAbsent(exchange.getRequestURI().getPath(), p -> new AtomicInteger()).incrementAndGet();
            requestHeaders.add(Map.copyOf(exchange.getRequestHeaders()));
            try (exchange) {
                handler.handle(exchange);
            }
        });
        return this;
    }

    URI uri(String path) {
        InetSocketAddress a = server.getAddress();
        return URI.create("http://" + a.getHostString() + ":" + a.getPort() + path);
    }

    int hits(String path) {
        AtomicInteger n = hits.get(path);
        return n == null ? 0 : n.get();
    }

    static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        send(exchange, status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** An RSS 2.0 feed whose items have these links (absolute or relative) and titles. */
    static String rss(String... linksAndTitles) {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < linksAndTitles.length; i += 2) {
            items.append("<item><title>").append(linksAndTitles[i + 1]).append("</title><link>")
                    .append(linksAndTitles[i]).append("</link><guid>").append(linksAndTitles[i])
                    .append("</guid><pubDate>Tue, 01 Dec 2026 08:00:00 GMT</pubDate><description>")
                    .append(linksAndTitles[i + 1]).append(". Harbour Freight Ltd said on Tuesday it would invest "
                            + "$40 million in a new warehouse in Rotterdam.</description></item>");
        }
        return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Test Wire</title><link>http://example.com/"
                + "</link><description>t</description>" + items + "</channel></rss>";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
