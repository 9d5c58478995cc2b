package io.marketwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketwatch.article.Article;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedParserTest {

    private final FeedParser parser = new FeedParser();

    @Test
    void atomEntriesAreArticles() throws Exception {
        List<Article> articles = parse("""
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de">
                  <title>Handelsblatt Live</title>
                  <id>urn:feed</id><updated>2024-06-05T10:00:00Z</updated>
                  <entry>
                    <title type="html">Siemens kauft &lt;b&gt;Start-up&lt;/b&gt;</title>
                    <link rel="alternate" href="https://example.de/siemens"/>
                    <id>urn:1</id><published>2024-06-05T08:00:00Z</published><updated>2024-06-06T08:00:00Z</updated>
                    <summary>Kurzfassung.</summary>
                    <content type="html">&lt;p&gt;Der Konzern zahlt 40 Millionen Euro.&lt;/p&gt;&lt;p&gt;Zweiter Absatz.&lt;/p&gt;</content>
                  </entry>
                </feed>
                """);

        assertThat(articles).singleElement().satisfies(article -> {
            assertThat(article.title()).isEqualTo("Siemens kauft Start-up");
            assertThat(article.url()).isEqualTo("https://example.de/siemens");
            assertThat(article.publishedAt()).isEqualTo(LocalDate.of(2024, 6, 5));
            assertThat(article.outlet()).isEqualTo("Handelsblatt Live");
            assertThat(article.body()).isEqualTo("Der Konzern zahlt 40 Millionen Euro.\n\nZweiter Absatz.");
        });
    }

    @Test
    void anHtmlTitleWithOnlyEntitiesIsDecoded() throws Exception {
        List<Article> articles = parse("""
                <feed xmlns="http://www.w3.org/2005/Atom">
                  <title>Wires</title><id>urn:feed</id><updated>2019-03-05T10:00:00Z</updated>
                  <entry>
                    <title type="html">Bolt &amp;amp; Nut&amp;#39;s &amp;eacute;lan plant</title>
                    <id>urn:1</id><published>2019-03-05T08:00:00Z</published><updated>2019-03-05T08:00:00Z</updated>
                    <content type="text">Bolt and Nut said it would build a plant.</content>
                  </entry>
                </feed>
                """);

        assertThat(articles).singleElement().extracting(Article::title).isEqualTo("Bolt & Nut's élan plant");
    }

    @Test
    void badItemsAreLeftOutAndGoodOnesKept() throws Exception {
        List<Article> articles = parse(rss("""
                <item><title></title><description>No title here.</description></item>
                <item><title>Good story</title><description>Plain text of the good story.</description></item>
                <item><title>No text</title></item>
                """));

        assertThat(articles).extracting(Article::title).containsExactly("Good story");
        assertThat(articles.get(0).body()).isEqualTo("Plain text of the good story.");
        assertThat(articles.get(0).outlet()).as("a title with two separators is kept whole")
                .isEqualTo("Markets | Daily | News");
    }

    @Test
    void feedWithoutUsableItemsIsSkipped() {
        assertThatThrownBy(() -> parse(rss("<item><title>No text</title></item>")))
                .hasMessage("no usable item in the file (item 1: no article text found)");
        assertThatThrownBy(() -> parse(rss(""))).hasMessage("the file holds no items");
    }

    @Test
    void itemDateIsTheDateAsWrittenAndHtmlEntitiesAreHealed() throws Exception {
        List<Article> articles = parse(rss("""
                <item><title>Late story</title><pubDate>Tue, 06 Jul 2021 23:40:00 -0700</pubDate>
                <description>Acme&nbsp;Corp said so.</description></item>
                """));

        assertThat(articles).singleElement().satisfies(article -> {
            assertThat(article.publishedAt()).isEqualTo(LocalDate.of(2021, 7, 6));
            assertThat(article.body()).isEqualTo("Acme Corp said so.");
        });
    }

    private static String rss(String items) {
        return "<rss version=\"2.0\"><channel><title>Markets | Daily | News</title><link>https://example.com/</link>"
                + "<description>d</description>" + items + "</channel></rss>";
    }

    private List<Article> parse(String xml) throws UnreadableInputException {
        return parser.parse(new InputDocument(Path.of("f.xml"), "f.xml", xml.getBytes(StandardCharsets.UTF_8)));
    }

}
