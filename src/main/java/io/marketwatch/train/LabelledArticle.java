package io.marketwatch.train;

import io.marketwatch.article.Article;
import io.marketwatch.eval.GoldArticle;
import io.marketwatch.ingest.ArticleReader;
import io.marketwatch.ingest.IngestLimits;
import io.marketwatch.ingest.InputFile;
import io.marketwatch.ingest.InputScanner;
import io.marketwatch.ingest.ParsedFile;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An article with the gold facts an annotator wrote for it.
 *
 * @param set     the set it comes from (its folder's name)
 * @param article the article as the briefing reads it
 * @param gold    its gold facts
 */
public record LabelledArticle(String set, Article article, GoldArticle gold) {

    /** The reference date of the evaluation runs (docs/extraction.md). */
    public static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);

    /**
     * The articles of an annotated set ({@code DIR/articles} and {@code DIR/gold}, as in the shared
     * eval sets and the corpus), joined to their gold files by title as score.py joins them.
     * Articles without a gold file are left out.
     */
    public static List<LabelledArticle> load(Path dir) {
        Map<String, GoldArticle> golds = new HashMap<>();
        for (GoldArticle g : GoldArticle.load(dir.resolve("gold"))) {
            golds.putIfAbsent(GoldArticle.titleKey(g.title()), g);
        }
        String set = dir.getFileName().toString();
        ArticleReader reader = new ArticleReader(IngestLimits.defaults());
        List<LabelledArticle> out = new ArrayList<>();
        for (InputFile file : new InputScanner().scan(dir.resolve("articles"))) {
            ParsedFile parsed = reader.read(file, AS_OF);
            for (Article a : parsed.articles()) {
                GoldArticle gold = golds.get(GoldArticle.titleKey(a.title()));
                if (gold != null) {
                    out.add(new LabelledArticle(set, a, gold));
                }
            }
        }
        return out;
    }
}
