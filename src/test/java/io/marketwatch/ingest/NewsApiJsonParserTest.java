package io.marketwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.marketwatch.article.Article;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;

class NewsApiJsonParserTest {

    private final NewsApiJsonParser parser = new NewsApiJsonParser(JsonMapper.builder().build());

    @Test
    void jsonLinesHoldOneArticlePerLine() throws Exception {
        List<Article> articles = parse("""
                {"source": {"name": "Wire A"}, "title": "First", "content": "Text one.", "publishedAt": "2024-06-05T23:00:00-05:00"}
                {"source": "Wire B", "title": "Second", "description": "Text two.", "language": "sv"}
                """);

        assertThat(articles).extracting(Article::title, Article::outlet, Article::publishedAt, Article::language)
                .containsExactly(
                        tuple("First", "Wire A", LocalDate.of(2024, 6, 5), null),
                        tuple("Second", "Wire B", null, "sv"));
    }

    @Test
    void newsApiResponseObjectIsRead() throws Exception {
        List<Article> articles = parse("{\"status\": \"ok\", \"articles\": [{\"title\": \"T\", \"content\": \"Text.\"}]}");

        assertThat(articles).extracting(Article::body).containsExactly("Text.");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            content repeats description   | Acme will build a plant.               | Acme will build a plant. It opens next year. | Acme will build a plant. It opens next year.
            truncated description         | Acme will build a plant in Le…         | Acme will build a plant in Leeds.             | Acme will build a plant in Leeds.
            different texts               | A summary.                             | The full story.                               | A summary.\\n\\nThe full story.
            truncation tail               | A summary.                             | The story goes on. It was cut … [+1234 chars] | A summary.\\n\\nThe story goes on.
            tail after full sentence      | A summary.                             | The story goes on. [+98 chars]                | A summary.\\n\\nThe story goes on.
            html content                  | A summary.                             | <p>One.</p><p>Two.</p>                        | A summary.\\n\\nOne.\\n\\nTwo.
            """)
    void bodyIsDescriptionThenContentWithoutRepeatsOrTails(String how, String description, String content, String body)
            throws Exception {
        String json = JsonMapper.builder().build().writeValueAsString(
                List.of(Map.of("title", "T", "description", description, "content", content)));

        assertThat(parse(json).get(0).body()).isEqualTo(body.replace("\\n", "\n"));
    }

    private List<Article> parse(String json) throws UnreadableInputException {
        return parser.parse(new InputDocument(Path.of("a.json"), "a.json", json.getBytes(StandardCharsets.UTF_8)));
    }
}
