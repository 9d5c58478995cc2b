package io.marketwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketwatch.article.Article;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad and hostile input: every case is a skip with a reason, or a correct read; never an exception. */
class HostileInputTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);
    private static final String STORY = "Acme Corp said on Tuesday it will invest $2 billion in a new plant in Leeds."
            + " The company expects the site to open next year, and it will hire about 500 people.";

    private final ArticleReader reader = new ArticleReader(IngestLimits.defaults());

    @TempDir
    Path dir;

    @Test
    void emptyFileIsSkipped() throws IOException {
        assertThat(read("empty.txt", new byte[0]).skipReason()).isEqualTo("empty file");
    }

    @Test
    void whitespaceOnlyFileIsSkipped() throws IOException {
        assertThat(read("blank.md", " \n\t\r\n  \n".getBytes(StandardCharsets.US_ASCII)).skipReason())
                .isEqualTo("no text in the file: only whitespace");
    }

    @Test
    void fileOverTheSizeLimitIsSkippedWithoutBeingRead() throws IOException {
        Path big = dir.resolve("huge.txt");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(50L * 1024 * 1024);
        }

        ParsedFile parsed = reader.read(InputFile.readable(big, "huge.txt"), AS_OF);

        assertThat(parsed.skipReason()).isEqualTo("file is larger than the 10 MB limit (52,428,800 bytes)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            report.txt  | 255044462D312E370A25E2E3CFD30A | not a text file: looks like a PDF document
            picture.txt | 89504E470D0A1A0A0000000D494844 | not a text file: looks like a PNG image
            photo.md    | FFD8FFE000104A464946           | not a text file: looks like a JPEG image
            word.html   | 504B0304140006000800           | not a text file: looks like a ZIP archive (such as a Word or Excel file)
            data.json   | 1F8B0800000000000003           | not a text file: looks like gzip-compressed data
            blob.txt    | 41636D6500000102030405         | not a text file: contains NUL bytes (binary data)
            """)
    void binaryFilesAreNotReadAsText(String name, String hex, String reason) throws IOException {
        assertThat(read(name, hex(hex)).skipReason()).isEqualTo(reason);
    }

    @Test
    void bytesThatAreNotUtf8AreReadAsWindows1252() throws IOException {
        byte[] latin = ("Caf\u00e9 chain Cr\u00eape Co. raises \u20ac5 million\n\n" + STORY)
                .getBytes(TextDecoding.WINDOWS_1252);

        Article article = single(read("latin.txt", latin));

        assertThat(article.title()).isEqualTo("Café chain Crêpe Co. raises €5 million");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"UTF-16LE, FFFE", "UTF-16BE, FEFF", "UTF-8, EFBBBF"})
    void byteOrderMarkGivesTheCharset(String charset, String bom) throws IOException {
        String text = "Société Générale to buy Zürich broker for €300 million\n\n" + STORY;
        byte[] body = text.getBytes(Charset.forName(charset));
        byte[] bytes = concat(hex(bom), body);

        Article article = single(read("bom.txt", bytes));

        assertThat(article.title()).isEqualTo("Société Générale to buy Zürich broker for €300 million");
        assertThat(article.body()).isEqualTo(STORY);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            meta charset    | <meta charset="ISO-8859-1">
            http-equiv      | <meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
            """)
    void htmlInTheCharsetItDeclares(String how, String declaration) throws IOException {
        String page = "<html><head>" + declaration + "<title>Soci\u00e9t\u00e9 G\u00e9n\u00e9rale | Le Monde \u00e9co</title>"
                + "</head><body><article><h1>Soci\u00e9t\u00e9 G\u00e9n\u00e9rale rach\u00e8te un courtier \u00e0 Z\u00fcrich</h1>"
                + "<p>La banque fran\u00e7aise a annonc\u00e9 mardi le rachat, pour 300 millions d'euros.</p>"
                + "</article></body></html>";

        Article article = single(read("latin.html", page.getBytes(StandardCharsets.ISO_8859_1)));

        assertThat(article.title()).isEqualTo("Société Générale rachète un courtier à Zürich");
        assertThat(article.body()).isEqualTo("La banque française a annoncé mardi le rachat, pour 300 millions d'euros.");
        assertThat(article.outlet()).isEqualTo("Le Monde éco");
    }

    @Test
    void xmlInTheEncodingItsDeclarationNames() throws IOException {
        String feed = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel>"
                + "<title>Wirtschaft</title><link>https://example.de/</link><description>x</description>"
                + "<item><title>M\u00fcnchener R\u00fcck kauft Start-up</title>"
                + "<description>Der Versicherer zahlt 40 Millionen Euro f\u00fcr das M\u00fcnchner Start-up.</description>"
                + "</item></channel></rss>";

        Article article = single(read("feed.xml", feed.getBytes(StandardCharsets.ISO_8859_1)));

        assertThat(article.title()).isEqualTo("Münchener Rück kauft Start-up");
        assertThat(article.body()).isEqualTo("Der Versicherer zahlt 40 Millionen Euro für das Münchner Start-up.");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            page.html      | <html><body><div><p>Some story text without any headline.</p></div></body></html>
            notes.md       | ---\\nurl: https://example.com/a\\n---\\nA first paragraph that runs over two\\nlines and so is no title.\\n
            items.json     | [{"description": "Text of a story", "content": "More text of the story."}]
            """)
    void articleWithoutTitleIsSkipped(String name, String content) throws IOException {
        ParsedFile parsed = read(name, content.replace("\\n", "\n").getBytes(StandardCharsets.UTF_8));

        assertThat(parsed.skipReason()).contains("no title found");
    }

    @Test
    void titleWithoutTextIsSkipped() throws IOException {
        assertThat(read("title-only.txt", "Just a headline\n\n".getBytes(StandardCharsets.UTF_8)).skipReason())
                .isEqualTo("no article text found");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ---\\ntitle: [unclosed\\npublished: 2025-01-01\\n---\\nBody.               | front matter is not valid YAML: line 3:
            ---\\ntitle: "a"\\n  bad indent: x\\n---\\nBody.                          | front matter is not valid YAML: line 3:
            ---\\n- just\\n- a list\\n---\\nBody.                                     | front matter is not a YAML mapping
            ---\\ntitle: never closed\\nBody.                                         | front matter is not closed
            ---\\ntitle: !!javax.script.ScriptEngineManager [x]\\n---\\nBody.          | front matter is not valid YAML
            """)
    void frontMatterThatDoesNotParseIsSkipped(String content, String reason) throws IOException {
        ParsedFile parsed = read("bad.md", content.replace("\\n", "\n").getBytes(StandardCharsets.UTF_8));

        assertThat(parsed.skipReason()).startsWith(reason);
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void yamlAliasBombIsRejected() throws IOException {
        StringBuilder yaml = new StringBuilder("---\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        char previous = 'a';
        for (char c = 'b'; c <= 'j'; c++) {
            yaml.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                yaml.append(i == 0 ? "" : ",").append('*').append(previous);
            }
            yaml.append("]\n");
            previous = c;
        }
        yaml.append("title: Bomb\n---\nBody text.\n");

        ParsedFile parsed = read("bomb.md", yaml.toString().getBytes(StandardCharsets.UTF_8));

        assertThat(parsed.skipReason()).startsWith("front matter is not valid YAML").contains("aliases");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            {"status": "ok", "totalResults": 0}       | JSON is neither an array of NewsAPI articles nor JSON Lines
            [1, 2, 3]                                   | JSON is neither an array of NewsAPI articles nor JSON Lines
            [{"name": "a"}, {"name": "b"}]              | JSON is neither an array of NewsAPI articles nor JSON Lines
            "just a string"                             | JSON is neither an array of NewsAPI articles nor JSON Lines
            [{"title": "Cut off", "content": "x"        | JSON is not valid: line 1, column 
            """)
    void jsonOfTheWrongShapeIsSkipped(String json, String reason) throws IOException {
        assertThat(read("wrong.json", json.getBytes(StandardCharsets.UTF_8)).skipReason()).startsWith(reason);
    }

    @Test
    void truncatedFeedIsSkipped() throws IOException {
        String feed = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Feed</title>"
                + "<item><title>First story</title><description>Text of the first story.</description></item>"
                + "<item><title>Second sto";

        assertThat(read("cut.xml", feed.getBytes(StandardCharsets.UTF_8)).skipReason())
                .startsWith("feed is not well-formed XML: line 1: ");
    }

    @Test
    void xmlThatIsNoFeedIsSkipped() throws IOException {
        assertThat(read("pom.xml", "<project><modelVersion>4.0.0</modelVersion></project>".getBytes(StandardCharsets.UTF_8))
                .skipReason()).isEqualTo("XML is neither an RSS nor an Atom feed");
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void htmlNestedTenThousandLevelsDeepIsRead() throws IOException {
        StringBuilder page = new StringBuilder("<html><head><title>Deep page | Deep News</title></head><body><article>"
                + "<h1>Deep page</h1>");
        page.append("<div>".repeat(10_000)).append("<p>Text at the bottom of the page.</p>")
                .append("</div>".repeat(10_000)).append("</article></body></html>");

        Article article = single(read("deep.html", page.toString().getBytes(StandardCharsets.UTF_8)));

        assertThat(article.title()).isEqualTo("Deep page");
        assertThat(article.body()).isEqualTo("Text at the bottom of the page.");
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void htmlWithTenThousandNestedArticlesIsReadInBoundedTime() throws IOException {
        String page = "<html><head><title>Nested | News</title></head><body>"
                + "<article><p>Some text.</p>".repeat(10_000) + "</article>".repeat(10_000) + "</body></html>";

        Article article = single(read("nested.html", page.getBytes(StandardCharsets.UTF_8)));

        assertThat(article.title()).isEqualTo("Nested");
        assertThat(article.body()).startsWith("Some text.\n\nSome text.");
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void feedNestedTenThousandLevelsDeepIsSkipped() throws IOException {
        String feed = "<rss version=\"2.0\"><channel><title>Feed</title><item><title>Deep item</title>"
                + "<description>Text of the item.</description>" + "<x:n xmlns:x=\"urn:x\">".repeat(10_000)
                + "</x:n>".repeat(10_000) + "</item></channel></rss>";

        ParsedFile parsed = read("deep.xml", feed.getBytes(StandardCharsets.UTF_8));

        assertThat(parsed.skipReason()).isEqualTo("feed is nested more than 100 elements deep");
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void jsonNestedTenThousandLevelsDeepIsSkipped() throws IOException {
        String json = "[".repeat(10_000) + "]".repeat(10_000);

        ParsedFile parsed = read("deep.json", json.getBytes(StandardCharsets.UTF_8));

        assertThat(parsed.skipReason()).startsWith("JSON is not valid: ").contains("nesting depth");
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void markdownNestedTenThousandLevelsDeepIsRead() throws IOException {
        // CommonMark stops nesting quotes at some depth and keeps the rest as text: no stack overflow either way.
        String markdown = "# Deep quote\n\n" + "> ".repeat(10_000) + "Text at the bottom of the quote.\n";

        Article article = single(read("deep.md", markdown.getBytes(StandardCharsets.UTF_8)));

        assertThat(article.title()).isEqualTo("Deep quote");
        assertThat(article.body().endsWith("Text at the bottom of the quote.")).isTrue();
    }

    @Test
    void unsupportedFileTypeIsSkipped() throws IOException {
        assertThat(read("letter.docx", "x".getBytes(StandardCharsets.UTF_8)).skipReason())
                .isEqualTo("unsupported file type .docx");
        assertThat(read("README", "x".getBytes(StandardCharsets.UTF_8)).skipReason())
                .startsWith("unsupported file type (no extension)");
    }

    @Test
    void fileThatCannotBeReadIsSkipped() throws IOException {
        // The tests run as root, so chmod cannot make a file unreadable: a folder named like a file fails to read.
        Path folder = Files.createDirectory(dir.resolve("x.txt"));

        ParsedFile parsed = reader.read(InputFile.readable(folder, "x.txt"), AS_OF);

        assertThat(parsed.skipReason()).isEqualTo("cannot be read: Is a directory");
    }

    @Test
    void fileThatVanishedIsSkipped() {
        ParsedFile parsed = reader.read(InputFile.readable(dir.resolve("gone.txt"), "gone.txt"), AS_OF);

        assertThat(parsed.skipReason()).isEqualTo("cannot be read: file not found");
    }

    @Test
    void filesOverTheArticleLimitsAreSkipped() throws IOException {
        ArticleReader strict = new ArticleReader(new IngestLimits(1024 * 1024, 2, 100));
        Path feed = DevArticles.folder("articles").resolve("gamesbiz-feed-2021-07.xml");
        Path longStory = DevArticles.folder("articles").resolve("tencent-ubisoft-wire.txt");

        assertThat(strict.read(InputFile.readable(feed, "feed.xml"), AS_OF).skipReason())
                .isEqualTo("file holds 3 articles, more than the limit of 2");
        assertThat(strict.read(InputFile.readable(longStory, "wire.txt"), AS_OF).skipReason())
                .startsWith("article \"Tencent to take 25% of new Ubisoft unit in 1.16 bln euro deal\" is longer than"
                        + " the limit of 100 characters (");
    }

    @Test
    void parserFailureBecomesASkip() throws IOException {
        ArticleParser broken = new ArticleParser() {
            @Override
            public Set<String> extensions() {
                return Set.of("txt");
            }

            @Override
            public List<Article> parse(InputDocument document) {
                throw new IllegalStateException("index 7 out of bounds\nat line 2");
            }
        };
        Path file = Files.writeString(dir.resolve("a.txt"), "Title\n\nBody.");

        ParsedFile parsed = new ArticleReader(IngestLimits.defaults(), List.of(broken))
                .read(InputFile.readable(file, "a.txt"), AS_OF);

        assertThat(parsed.skipReason()).isEqualTo("cannot be read: IllegalStateException: index 7 out of bounds");
    }

    @Test
    void sameStoryUnderTwoNamesHasOneId() throws IOException {
        byte[] story = ("Acme to build plant in Leeds\n\n" + STORY).getBytes(StandardCharsets.UTF_8);

        Article first = single(read("acme.txt", story));
        Article copy = single(read("Kopien/acme (Kopie) – Zürich.txt", story));
        Article other = single(read("other.txt", ("Acme to build plant in York\n\n" + STORY).getBytes(StandardCharsets.UTF_8)));

        assertThat(copy.id()).isEqualTo(first.id());
        assertThat(copy.file()).isEqualTo("Kopien/acme (Kopie) – Zürich.txt");
        assertThat(other.id()).isNotEqualTo(first.id());
    }

    private ParsedFile read(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return reader.read(InputFile.readable(file, name), AS_OF);
    }

    private static Article single(ParsedFile parsed) {
        assertThat(parsed.skipReason()).isNull();
        assertThat(parsed.articles()).hasSize(1);
        return parsed.articles().get(0);
    }

    private static byte[] hex(String hex) {
        byte[] bytes = new byte[hex.length() / 2];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
        }
        return bytes;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
