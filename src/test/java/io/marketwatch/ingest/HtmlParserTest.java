package io.marketwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketwatch.article.Article;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;

class HtmlParserTest {

    private final HtmlParser parser = new HtmlParser(JsonMapper.builder().build());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "~~", textBlock = """
            h1 in the article ~~ <title>Page | Outlet</title></head><body><header><h1>Outlet</h1></header><article><h1>Story headline</h1><p>Text.</p></article>
            og:title ~~ <title>Page | Outlet</title><meta property="og:title" content="Story headline"></head><body><header><h1>Outlet</h1></header><div><p>Text.</p></div>
            title with pipe ~~ <title>Story headline | Outlet</title></head><body><p>Text.</p>
            title with dash ~~ <title>Story headline - Outlet</title></head><body><p>Text.</p>
            """)
    void headlineComesFromTheStoryThenOgTitleThenTheTitleWithoutItsSuffix(String how, String html) throws Exception {
        Article article = parse("<html><head>" + html + "</body></html>");

        assertThat(article.title()).isEqualTo("Story headline");
        assertThat(article.body()).isEqualTo("Text.");
        assertThat(article.outlet()).isEqualTo("Outlet");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "~~", textBlock = """
            pubdate meta ~~ <meta name="pubdate" content="2024-06-05T23:30:00-07:00"></head><body> ~~ 2024-06-05
            JSON-LD graph ~~ <script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2024-06-05"}]}</script></head><body> ~~ 2024-06-05
            time datetime ~~ </head><body><article><time datetime="2024-06-05T10:00:00Z">June 5</time> ~~ 2024-06-05
            broken JSON-LD ~~ <script type="application/ld+json">{"datePublished": </script></head><body> ~~ null
            visible label ~~ </head><body><div class="byline">By staff <span>Last Updated: October 31, 2009</span></div> ~~ 2009-10-31
            visible published ~~ </head><body><article><p class="meta">Published on 5 June 2024</p> ~~ 2024-06-05
            visible date line ~~ </head><body><h1>Headline</h1><p class="dateline">Wednesday, 5 June 2024 &middot; Lisbon</p> ~~ 2024-06-05
            byline and date ~~ </head><body><h1>Headline</h1><p>By Jane Roe &nbsp;|&nbsp; Published 5 June 2024, 10:00 WEST</p> ~~ 2024-06-05
            date nearest the headline ~~ </head><body><div class="nav">Monday, December 7, 2026</div><h1>Headline</h1><span>Wednesday, June 5, 2024</span> ~~ 2024-06-05
            date above the headline ~~ </head><body><table><tr><td><font size="1">Friday, June 7, 2024 Published at 11:20 GMT</font></td></tr></table><h1>Headline</h1> ~~ 2024-06-07
            date in a sentence ~~ </head><body><h1>Headline</h1><p>Acme said on June 5, 2024 that it would sell the unit.</p> ~~ null
            """)
    void publicationDateFromMetadata(String how, String html, String date) throws Exception {
        Article article = parse("<html><head><title>Headline</title>" + html + "<p>Text.</p></body></html>");

        assertThat(article.publishedAt()).isEqualTo("null".equals(date) ? null : LocalDate.parse(date));
    }

    @Test
    void storyRootIsTheLongestArticleThatIsNotAComment() throws Exception {
        Article article = parse("""
                <html lang="fr-FR"><head><title>Titre</title><link rel="canonical" href="https://example.fr/a"></head>
                <body class="single sidebar-right">
                <main><article class="comment"><p>Premier commentaire qui est plus long que l'article lui-même, vraiment.</p></article>
                <article><h1>Titre</h1><p>Texte.</p>
                  <div class="newsletter-signup"><p>Abonnez-vous</p></div>
                  <div class="relatedLinks"><p>À lire aussi</p></div>
                  <p style="display: none">caché</p>
                  <ul><li>Un point.</li><li>Un autre<br>point.</li></ul>
                </article></main></body></html>
                """);

        assertThat(article.body()).isEqualTo("Texte.\n\nUn point.\n\nUn autre\n\npoint.");
        assertThat(article.language()).isEqualTo("fr");
        assertThat(article.url()).isEqualTo("https://example.fr/a");
    }

    @Test
    void storyContainerWithAnUnluckyClassNameIsStillRead() throws Exception {
        Article article = parse("<html><head><title>Headline</title></head><body>"
                + "<div class=\"story comments-enabled\"><p>The story.</p></div><nav>Menu</nav></body></html>");

        assertThat(article.body()).isEqualTo("The story.");
    }

    private Article parse(String html) throws UnreadableInputException {
        return parser.parse(new InputDocument(Path.of("a.html"), "a.html", html.getBytes(StandardCharsets.UTF_8)))
                .get(0);
    }
}
