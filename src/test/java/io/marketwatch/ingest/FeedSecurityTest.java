package io.marketwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketwatch.article.Article;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Feeds that try to read local files or URLs (XXE) or to expand entities without bound. */
class FeedSecurityTest {

    private static final String SECRET = "TOP-SECRET-7f3a9";

    private final ArticleReader reader = new ArticleReader(IngestLimits.defaults());

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"general", "parameter"})
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void externalEntityToALocalFileIsNeverResolved(String kind) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), SECRET);
        String doctype = kind.equals("general")
                ? "<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                : "<!DOCTYPE rss [<!ENTITY % xxe SYSTEM \"" + secret.toUri() + "\"> %xxe;]>";

        ParsedFile parsed = readFeed(doctype, "&xxe;");

        assertNothingLeaked(parsed);
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void externalEntityToAUrlIsNeverFetched() throws IOException {
        ParsedFile parsed = readFeed("<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"http://127.0.0.1:9/secret\">]>", "&xxe;");

        assertNothingLeaked(parsed);
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void externalDtdIsNeverLoaded() throws IOException {
        ParsedFile parsed = readFeed("<!DOCTYPE rss SYSTEM \"http://127.0.0.1:9/rss.dtd\">", "plain text");

        assertThat(parsed.skipReason()).startsWith("feed has a document type declaration");
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void billionLaughsIsRejectedQuickly() throws IOException {
        StringBuilder doctype = new StringBuilder("<!DOCTYPE rss [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            doctype.append("<!ENTITY lol").append(i).append(" \"")
                    .append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        doctype.append("]>");

        ParsedFile parsed = readFeed(doctype.toString(), "&lol9;");

        assertThat(parsed.skipReason()).startsWith("feed has a document type declaration");
        assertThat(parsed.articles()).isEmpty();
    }

    @Test
    void feedWithoutDoctypeIsRead() throws IOException {
        ParsedFile parsed = readFeed("", "Acme Corp will invest $2 billion in a plant in Leeds.");

        assertThat(parsed.skipReason()).isNull();
        assertThat(parsed.articles()).extracting(Article::body)
                .containsExactly("Acme Corp will invest $2 billion in a plant in Leeds.");
    }

    private void assertNothingLeaked(ParsedFile parsed) {
        assertThat(parsed.skipReason()).startsWith("feed has a document type declaration");
        assertThat(parsed.articles()).allSatisfy(article -> assertThat(article.body()).doesNotContain(SECRET));
    }

    private ParsedFile readFeed(String doctype, String description) throws IOException {
        String feed = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + doctype + "\n<rss version=\"2.0\"><channel>"
                + "<title>Feed</title><link>https://example.com/</link><description>d</description>"
                + "<item><title>Acme builds a plant</title><description>" + description + "</description></item>"
                + "</channel></rss>";
        Path file = Files.write(dir.resolve("feed.xml"), feed.getBytes(StandardCharsets.UTF_8));
        return reader.read(InputFile.readable(file, "feed.xml"), LocalDate.of(2026, 1, 1));
    }
}
