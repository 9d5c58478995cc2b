package io.marketwatch.eval;

import io.marketwatch.article.Article;
import io.marketwatch.briefing.Briefing;
import io.marketwatch.briefing.BriefingAssembler;
import io.marketwatch.briefing.ExtractedArticle;
import io.marketwatch.briefing.FxTables;
import io.marketwatch.briefing.HighlightsRule;
import io.marketwatch.extract.ArticleFacts;
import io.marketwatch.extract.CompanyFact;
import io.marketwatch.extract.FactExtractor;
import io.marketwatch.extract.InvestmentFact;
import io.marketwatch.extract.LaunchFact;
import io.marketwatch.extract.RuleBasedFactExtractor;
import io.marketwatch.ingest.ArticleReader;
import io.marketwatch.ingest.IngestLimits;
import io.marketwatch.ingest.InputFile;
import io.marketwatch.ingest.InputScanner;
import io.marketwatch.ingest.ParsedFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs the extractor over a folder of articles and dumps a per-article briefing in the schema's
 * shape (every fact carries the id of the one article it came from; no merging across articles).
 */
public final class DevBriefing {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private DevBriefing() {
    }

    public static List<Article> read(Path folder, LocalDate asOf) {
        ArticleReader reader = new ArticleReader(IngestLimits.defaults());
        List<Article> articles = new ArrayList<>();
        for (InputFile file : new InputScanner().scan(folder)) {
            ParsedFile parsed = reader.read(file, asOf);
            articles.addAll(parsed.articles());
        }
        return articles;
    }

    /** The articles of a folder assembled into one briefing, as the nightly job does it (no database). */
    public static Briefing assembled(Path folder, LocalDate asOf) {
        RuleBasedFactExtractor extractor = new RuleBasedFactExtractor();
        BriefingAssembler assembler = new BriefingAssembler(FxTables.bundled(), HighlightsRule.defaults());
        for (Article article : read(folder, asOf)) {
            assembler.add(ExtractedArticle.of(article, extractor.extract(article, asOf)));
        }
        return assembler.build(asOf, Instant.parse("2026-01-01T06:00:00Z"), List.of());
    }

    public static ObjectNode briefing(List<Article> articles, FactExtractor extractor, LocalDate asOf) {
        ObjectNode root = JSON.createObjectNode();
        root.put("schemaVersion", 1);
        root.put("generatedAt", "2026-01-01T00:00:00Z");
        root.put("asOf", asOf.toString());
        ArrayNode arts = root.putArray("articles");
        ArrayNode companies = root.putArray("companies");
        ArrayNode investments = root.putArray("investments");
        ArrayNode launches = root.putArray("launches");
        for (Article article : articles) {
            ArticleFacts facts = extractor.extract(article, asOf);
            ObjectNode a = arts.addObject();
            a.put("id", article.id());
            a.put("title", article.title());
            a.put("url", article.url());
            a.put("publishedAt", article.publishedAt() == null ? null : article.publishedAt().toString());
            ArrayNode sources = a.putArray("sources");
            facts.sources().forEach(sources::add);
            a.put("language", article.language());
            a.put("file", article.file());
            a.put("summary", facts.summary());
            for (CompanyFact c : facts.companies()) {
                ObjectNode o = JSON.valueToTree(c);
                o.putArray("articleIds").add(article.id());
                companies.add(o);
            }
            for (InvestmentFact i : facts.investments()) {
                ObjectNode o = JSON.valueToTree(i);
                o.putArray("articleIds").add(article.id());
                investments.add(o);
            }
            for (LaunchFact l : facts.launches()) {
                ObjectNode o = JSON.valueToTree(l);
                o.putArray("articleIds").add(article.id());
                launches.add(o);
            }
        }
        return root;
    }

    /** {@code DevBriefing ARTICLES_DIR OUT_FILE [GOLD_DIR]}: writes the briefing and prints the score. */
    public static void main(String[] args) throws Exception {
        LocalDate asOf = LocalDate.of(2026, 1, 1);
        List<Article> articles = read(Path.of(args[0]), asOf);
        JsonNode briefing = briefing(articles, new RuleBasedFactExtractor(), asOf);
        Files.writeString(Path.of(args[1]), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(briefing));
        if (args.length > 2) {
            Scorer.report(Scorer.score(GoldArticle.load(Path.of(args[2])), briefing), true).forEach(System.out::println);
        }
    }
}
