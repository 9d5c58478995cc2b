package io.marketwatch.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;

/**
 * GET with the JDK's HttpClient, as a careful crawler does it: conditional requests, the host's
 * turn ({@link HostGate}), every hop of a redirect checked ({@link AddressGuard}) and bounded, a
 * deadline for the whole response, a size limit after decompression, and retries with backoff on
 * 429 and 5xx that honour Retry-After. Header values given by the caller (an API key) never appear
 * in a message.
 */
final class Http implements AutoCloseable {

    private final HttpClient client;
    private final FetchProperties settings;
    private final AddressGuard guard;
    private final HostGate gate;
    private final String userAgent;
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "fetch-deadline");
        t.setDaemon(true);
        return t;
    });

    Http(FetchProperties settings, String userAgent) {
        this.settings = settings;
        this.userAgent = userAgent;
        this.guard = new AddressGuard(settings.allowPrivateAddresses());
        this.gate = new HostGate(settings.perHost(), settings.hostGap());
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** What a server answered. {@code status} 304: unchanged since the validators given. */
    record Response(int status, URI uri, byte[] body, String contentType, Validators validators) {

        boolean unchanged() {
            return status == 304;
        }
    }

    /** ETag and Last-Modified of an earlier response, sent back to ask "changed since?". */
    record Validators(String etag, String lastModified) {
        static final Validators NONE = new Validators(null, null);
    }

    Response get(URI uri, Validators validators, Map<String, String> headers)
            throws FetchException, InterruptedException {
        for (int attempt = 0; ; attempt++) {
            Answer answer = follow(uri, validators, headers);
            int status = answer.response.statusCode();
            if (status == 429 || status >= 500) {
                closeQuietly(answer.response.body());
                Duration wait = retryAfter(answer.response.headers())
                        .orElse(settings.retryBackoff().multipliedBy(1L << Math.min(attempt, 10)));
                if (attempt >= settings.retries()) {
                    throw new FetchException("HTTP " + status + " after " + settings.retries() + " retries");
                }
                if (wait.compareTo(settings.maxRetryAfter()) > 0) {
                    throw new FetchException("HTTP " + status + ": asked to retry after " + wait.toSeconds()
                            + " s, longer than the " + settings.maxRetryAfter().toSeconds() + " s limit");
                }
                Thread.sleep(wait.toMillis());
                continue;
            }
            if (status == 304) {
                closeQuietly(answer.response.body());
                return new Response(304, answer.uri, new byte[0], null, validators);
            }
            if (status < 200 || status > 299) {
                closeQuietly(answer.response.body());
                throw new FetchException("HTTP " + status);
            }
            byte[] body = read(answer.response, answer.deadline);
            HttpHeaders h = answer.response.headers();
            return new Response(status, answer.uri, body, h.firstValue("Content-Type").orElse(null),
                    new Validators(h.firstValue("ETag").orElse(null), h.firstValue("Last-Modified").orElse(null)));
        }
    }

    private record Answer(URI uri, HttpResponse<InputStream> response, long deadline) {
    }

    /** Sends the request and follows redirects, each hop checked and in the host's turn. */
    private Answer follow(URI start, Validators validators, Map<String, String> headers)
            throws FetchException, InterruptedException {
        URI uri = start;
        for (int hops = 0; ; hops++) {
            guard.check(uri);
            HttpResponse<InputStream> response;
            long deadline = System.nanoTime() + settings.readTimeout().toNanos();
            try (HostGate.Pass pass = gate.enter(uri.getHost())) {
                response = client.send(request(uri, validators, headers), HttpResponse.BodyHandlers.ofInputStream());
            } catch (HttpConnectTimeoutException e) {
                throw new FetchException("no connection to " + uri.getHost() + " within "
                        + settings.connectTimeout().toSeconds() + " s");
            } catch (HttpTimeoutException e) {
                throw new FetchException("no answer from " + uri.getHost() + " within "
                        + settings.readTimeout().toSeconds() + " s");
            } catch (ConnectException e) {
                throw new FetchException("cannot connect to " + uri.getHost() + ": connection refused");
            } catch (IOException e) {
                throw new FetchException("request to " + uri.getHost() + " failed: " + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : ": " + e.getMessage()));
            } catch (IllegalArgumentException e) {
                throw new FetchException("cannot request " + uri + ": " + e.getMessage());
            }
            int status = response.statusCode();
            String location = response.headers().firstValue("Location").orElse(null);
            if (status < 300 || status > 399 || status == 304 || location == null) {
                return new Answer(uri, response, deadline);
            }
            closeQuietly(response.body());
            if (hops >= settings.maxRedirects()) {
                throw new FetchException("more than " + settings.maxRedirects() + " redirects (a redirect loop?)");
            }
            try {
                uri = uri.resolve(location.trim());
            } catch (IllegalArgumentException e) {
                throw new FetchException("redirect to a bad URL: " + location);
            }
        }
    }

    private HttpRequest request(URI uri, Validators validators, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET()
                .timeout(settings.readTimeout())
                .header("User-Agent", userAgent)
                .header("Accept-Encoding", "gzip");
        if (validators.etag() != null) {
            request.header("If-None-Match", validators.etag());
        }
        if (validators.lastModified() != null) {
            request.header("If-Modified-Since", validators.lastModified());
        }
        headers.forEach(request::header);
        return request.build();
    }

    /** The body, decompressed, within the size limit and the response's deadline. */
    private byte[] read(HttpResponse<InputStream> response, long deadline) throws FetchException {
        long limit = settings.maxBytes();
        long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        boolean gzip = response.headers().firstValue("Content-Encoding")
                .map(e -> e.toLowerCase(Locale.ROOT).contains("gzip")).orElse(false);
        InputStream raw = response.body();
        if (!gzip && declared > limit) {
            closeQuietly(raw);
            throw tooLarge(limit);
        }
        long left = Math.max(1, deadline - System.nanoTime());
        ScheduledFuture<?> timer = watchdog.schedule(() -> closeQuietly(raw), left, TimeUnit.NANOSECONDS);
        try (InputStream in = gzip ? new GZIPInputStream(raw) : raw) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (bytes.length > limit) {
                throw tooLarge(limit);
            }
            return bytes;
        } catch (IOException e) {
            if (timer.isDone()) {
                throw new FetchException("the response took longer than " + settings.readTimeout().toSeconds() + " s");
            }
            throw new FetchException("the response broke off: " + e.getMessage());
        } finally {
            timer.cancel(false);
        }
    }

    private static FetchException tooLarge(long limit) {
        return new FetchException("the response is larger than the " + limit + " bytes limit");
    }

    /** Retry-After as seconds or as an HTTP date. */
    static Optional<Duration> retryAfter(HttpHeaders headers) {
        return headers.firstValue("Retry-After").flatMap(value -> {
            String v = value.trim();
            try {
                return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(v))));
            } catch (NumberFormatException notSeconds) {
                try {
                    Duration until = Duration.between(ZonedDateTime.now(),
                            ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME));
                    return Optional.of(until.isNegative() ? Duration.ZERO : until);
                } catch (DateTimeParseException notDate) {
                    return Optional.empty();
                }
            }
        });
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // nothing more to read from it either way
        }
    }

    @Override
    public void close() {
        watchdog.shutdownNow();
    }
}
