package io.marketwatch.ingest;

import io.marketwatch.article.Article;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The dev set under src/test/resources/eval/dev, read once by the real scanner and reader. */
final class DevArticles {

    static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);
    private static Map<String, ParsedFile> byFile;

    private DevArticles() {
    }

    static Path folder(String name) {
        URL url = DevArticles.class.getResource("/eval/dev/" + name);
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every dev file, read; keyed by its path below articles/. */
    static synchronized Map<String, ParsedFile> read() {
        if (byFile == null) {
            ArticleReader reader = new ArticleReader(IngestLimits.defaults());
            Map<String, ParsedFile> files = new LinkedHashMap<>();
            for (InputFile file : new InputScanner().scan(folder("articles"))) {
                files.put(file.relativePath(), reader.read(file, AS_OF));
            }
            byFile = Map.copyOf(files);
        }
        return byFile;
    }

    static List<Article> articles(String file) {
        return read().get(file).articles();
    }

    static Article article(String file) {
        List<Article> articles = articles(file);
        if (articles.size() != 1) {
            throw new IllegalStateException(file + " holds " + articles.size() + " articles");
        }
        return articles.get(0);
    }
}
