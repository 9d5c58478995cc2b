package io.marketwatch.fetch;

import io.marketwatch.article.Article;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * A feed or API item as the Markdown file the briefing reads: front matter with the title, the
 * publication date, the link, the outlet and the language, then the item's text.
 */
final class ItemMarkdown {

    private ItemMarkdown() {
    }

    static String of(Article item, Source source) {
        Map<String, Object> front = new LinkedHashMap<>();
        front.put("title", item.title());
        if (item.publishedAt() != null) {
            front.put("published", item.publishedAt().toString());
        }
        if (item.url() != null) {
            front.put("url", item.url());
        }
        front.put("source", item.outlet() != null ? item.outlet() : source.name());
        String language = item.language() != null ? item.language() : source.language();
        if (language != null) {
            front.put("language", language);
        }
        if (!source.tags().isEmpty()) {
            front.put("tags", source.tags());
        }
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setWidth(Integer.MAX_VALUE);
        return "---\n" + new Yaml(options).dump(front) + "---\n\n" + item.body().strip() + "\n";
    }
}
