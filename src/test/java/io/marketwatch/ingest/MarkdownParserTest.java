package io.marketwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketwatch.article.Article;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkdownParserTest {

    private final MarkdownParser parser = new MarkdownParser();

    @Test
    void frontMatterFieldsAndMarkdownTurnedIntoText() throws Exception {
        Article article = parse("""
                ---
                title: "Acme to build a plant in Leeds"
                date: 2024-06-05T22:30:00-07:00
                link: https://example.com/acme
                source:
                  name: Example News
                lang: en-GB
                ---

                # Acme to build a plant in Leeds

                **Acme Corp** said it will invest [$2 billion](https://example.com/x) in a `new` plant.
                ![a photo](photo.jpg)

                ## Jobs

                - About 500 jobs.
                - Opens *next year*.

                > "We are delighted," the mayor said.

                <div class="share">Share this</div>
                <p>An HTML paragraph.</p>
                """);

        assertThat(article.title()).isEqualTo("Acme to build a plant in Leeds");
        assertThat(article.publishedAt()).isEqualTo(LocalDate.of(2024, 6, 5));
        assertThat(article.url()).isEqualTo("https://example.com/acme");
        assertThat(article.outlet()).isEqualTo("Example News");
        assertThat(article.language()).isEqualTo("en");
        assertThat(article.body()).isEqualTo("""
                Acme to build a plant in Leeds

                Acme Corp said it will invest $2 billion in a new plant.

                Jobs

                About 500 jobs.

                Opens next year.

                "We are delighted," the mayor said.

                An HTML paragraph.""");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            leading heading   | # Acme opens plant\\n\\nThe plant opens.\\n                | Acme opens plant
            setext heading    | Acme opens plant\\n================\\n\\nThe plant opens.\\n | Acme opens plant
            one-line paragraph| Acme opens plant\\n\\nThe plant opens.\\n                  | Acme opens plant
            """)
    void withoutFrontMatterTheFirstHeadingOrLineIsTheTitle(String how, String markdown, String title) throws Exception {
        Article article = parse(markdown.replace("\\n", "\n"));

        assertThat(article.title()).isEqualTo(title);
        assertThat(article.body()).isEqualTo("The plant opens.");
    }

    @Test
    void tomlFrontMatterBetweenPlusLinesGivesTheFields() throws Exception {
        Article article = parse("""
                +++
                title = "Acme to buy Widget for $50 million"
                date = 2015-04-02T09:30:00+01:00
                tags = ["deals", "industrials"]

                [source]
                name = "Trade Daily"
                +++

                Acme Corp said on Thursday it had agreed to buy Widget Inc.
                """);

        assertThat(article.title()).isEqualTo("Acme to buy Widget for $50 million");
        assertThat(article.publishedAt()).isEqualTo(LocalDate.of(2015, 4, 2));
        assertThat(article.outlet()).isEqualTo("Trade Daily");
        assertThat(article.body()).isEqualTo("Acme Corp said on Thursday it had agreed to buy Widget Inc.");
    }

    @Test
    void multiMarkdownMetadataLinesGiveTheFields() throws Exception {
        Article article = parse("""
                Title: Acme to buy Widget for $50 million
                Date: 2015-04-02
                Source: Trade Daily

                # Acme to buy Widget for $50 million

                Acme Corp said on Thursday it had agreed to buy Widget Inc.
                """);

        assertThat(article.title()).isEqualTo("Acme to buy Widget for $50 million");
        assertThat(article.publishedAt()).isEqualTo(LocalDate.of(2015, 4, 2));
        assertThat(article.outlet()).isEqualTo("Trade Daily");
        assertThat(article.body()).contains("Acme Corp said on Thursday it had agreed to buy Widget Inc.");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            MultiMarkdown, camel case      | Headline: Acme buys Widget\\nPublishedAt: 2015-04-02\\n\\nAcme Corp bought Widget Inc.
            MultiMarkdown, a feed pubDate  | Title: Acme buys Widget\\npubDate: 2015-04-02\\n\\nAcme Corp bought Widget Inc.
            YAML, capitalised keys         | ---\\nTitle: Acme buys Widget\\nPublished_At: 2015-04-02\\n---\\nAcme Corp bought Widget Inc.
            """)
    void fieldNamesAreFoundWhateverTheirCaseOrSeparators(String how, String markdown) throws Exception {
        Article article = parse(markdown.replace("\\n", "\n"));

        assertThat(article.title()).isEqualTo("Acme buys Widget");
        assertThat(article.publishedAt()).isEqualTo(LocalDate.of(2015, 4, 2));
        assertThat(article.body()).isEqualTo("Acme Corp bought Widget Inc.");
    }

    @Test
    void aFirstParagraphLikeAFieldIsNoMetadata() throws Exception {
        Article article = parse("""
                # Acme opens a plant

                Note: Acme Corp opened a plant in Ohio on Monday.

                It employs 300 people.
                """);

        assertThat(article.title()).isEqualTo("Acme opens a plant");
        assertThat(article.body()).startsWith("Note: Acme Corp opened a plant in Ohio on Monday.");
    }

    @Test
    void tomlFrontMatterThatIsNotTomlNamesTheReason() {
        assertThatThrownBy(() -> parse("+++\ntitle = Acme opens plant\n+++\nThe plant opens."))
                .isInstanceOf(UnreadableInputException.class)
                .hasMessageStartingWith("front matter is not valid TOML");
        assertThatThrownBy(() -> parse("+++\ntitle = \"Acme opens plant\"\nThe plant opens."))
                .isInstanceOf(UnreadableInputException.class)
                .hasMessage("front matter is not closed: no '+++' line ends it");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"datePublished", "publishDate", "publication_date", "created_at"})
    void frontMatterDateByTheNamesWritersGiveIt(String key) throws Exception {
        Article article = parse("---\ntitle: Acme opens a plant\n" + key + ": 2023-10-12T17:20:00+09:00\n---\nThe plant opens.");

        assertThat(article.publishedAt()).isEqualTo(LocalDate.of(2023, 10, 12));
    }

    @Test
    void frontMatterWithoutADateGivesNoDateAndAGuessedLanguage() throws Exception {
        Article article = parse("---\ntitle: Siemens baut Werk\n---\nDer Konzern will in den nächsten Jahren"
                + " mehr als eine Milliarde Euro in das neue Werk investieren, das auch für die Region wichtig ist."
                + " Die Arbeiten sollen im Herbst beginnen und nach Angaben des Unternehmens bis 2027 dauern.");

        assertThat(article.publishedAt()).isNull();
        assertThat(article.language()).isEqualTo("de");
    }

    private Article parse(String markdown) throws UnreadableInputException {
        return parser.parse(new InputDocument(Path.of("a.md"), "a.md", markdown.getBytes(StandardCharsets.UTF_8)))
                .get(0);
    }
}
