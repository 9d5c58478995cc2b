package io.marketwatch.fetch;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How sources are fetched, under {@code marketwatch.fetch.*}.
 *
 * @param sources                the sources file (sources.yml); null: the night reads its input folder as it is
 * @param allowPrivateAddresses  let loopback and private addresses through (tests; an intranet feed)
 * @param contact                a URL or mail address named in the User-Agent, so site owners can reach the user
 * @param perHost                requests at a time to one host
 * @param hostGap                least time between the starts of two requests to one host
 * @param connectTimeout         how long to wait for a connection
 * @param readTimeout            how long a whole response may take, headers and body
 * @param maxBytes               larger responses are refused (after decompression)
 * @param maxRedirects           redirects followed before a source fails
 * @param retries                retries after a 429 or a 5xx, with backoff
 * @param retryBackoff           the first wait between retries when the server names none; it doubles
 * @param maxRetryAfter          the longest Retry-After honoured; a longer one fails the source for tonight
 * @param threads                sources fetched at the same time
 */
@ConfigurationProperties("marketwatch.fetch")
public record FetchProperties(Path sources,
                              @DefaultValue("false") boolean allowPrivateAddresses,
                              @DefaultValue("") String contact,
                              @DefaultValue("2") int perHost,
                              @DefaultValue("250ms") Duration hostGap,
                              @DefaultValue("5s") Duration connectTimeout,
                              @DefaultValue("30s") Duration readTimeout,
                              @DefaultValue("10485760") long maxBytes,
                              @DefaultValue("5") int maxRedirects,
                              @DefaultValue("3") int retries,
                              @DefaultValue("1s") Duration retryBackoff,
                              @DefaultValue("60s") Duration maxRetryAfter,
                              @DefaultValue("16") int threads) {

    public FetchProperties {
        if (perHost < 1 || threads < 1) {
            throw new IllegalArgumentException("marketwatch.fetch.per-host and .threads must be at least 1");
        }
        if (maxRedirects < 0 || retries < 0 || maxBytes < 1) {
            throw new IllegalArgumentException(
                    "marketwatch.fetch.max-redirects and .retries must not be negative, .max-bytes must be positive");
        }
    }

    /** The User-Agent sent with every request: the program, its version and the user's contact. */
    String userAgent(String version) {
        return "MarketWatch/" + version + " (news briefing fetcher" + (contact.isBlank() ? "" : "; +" + contact) + ")";
    }
}
