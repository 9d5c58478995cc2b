package io.marketwatch.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One gold file: the facts an analyst expects from one article (FACTS.md).
 *
 * @param fileName the gold file's name, as the scorer prints it
 * @param facts    its content: title, companies, investments, launches
 */
public record GoldArticle(String fileName, JsonNode facts) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Every {@code *.json} file in the folder, sorted by name like score.py. */
    public static List<GoldArticle> load(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            List<GoldArticle> golds = new ArrayList<>();
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
                golds.add(new GoldArticle(file.getFileName().toString(), JSON.readTree(file.toFile())));
            }
            return golds;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gold files in " + folder, e);
        }
    }

    /** The article's title, as the gold file gives it. */
    public String title() {
        return Json.text(facts, "title");
    }

    /** The key that joins an article to its gold file: the title normalized as score.py does. */
    public static String titleKey(String title) {
        return Normal.title(title);
    }

    /** The gold facts of one kind: "companies", "investments" or "launches". */
    public List<JsonNode> facts(String kind) {
        return Json.array(facts, kind);
    }

    /**
     * Whether a gold company of the article goes by one of these names, by score.py's rule: any
     * normalized name or alias in common (case, accents, dots and legal suffixes ignored).
     */
    public boolean hasCompany(Collection<String> names) {
        Set<String> normal = new HashSet<>();
        for (String name : names) {
            normal.add(Normal.name(name));
        }
        normal.remove("");
        for (JsonNode g : facts("companies")) {
            for (String n : Scorer.names(g)) {
                if (normal.contains(n)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a gold investment has this amount, by score.py's rule (same currency or same USD, within 2%). */
    public boolean hasInvestmentAmount(String currency, double value, Double usd) {
        return facts("investments").stream().anyMatch(g -> Scorer.amountMatch(currency, value, usd, g));
    }
}
