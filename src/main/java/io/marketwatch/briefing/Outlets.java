package io.marketwatch.briefing;

import java.net.URI;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The outlet an article stands for when counting corroboration: its publisher, else its web host. */
final class Outlets {

    private Outlets() {
    }

    static String of(ExtractedArticle article) {
        if (article.outlet() != null && !article.outlet().isBlank()) {
            return article.outlet().strip();
        }
        if (article.url() != null) {
            try {
                String host = URI.create(article.url().strip()).getHost();
                if (host != null) {
                    return host.startsWith("www.") ? host.substring(4) : host;
                }
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return null;
    }

    static List<String> of(Collection<String> articleIds, Map<String, ExtractedArticle> byId) {
        Set<String> outlets = new LinkedHashSet<>();
        for (String id : articleIds) {
            String outlet = of(byId.get(id));
            if (outlet != null) {
                outlets.add(outlet);
            }
        }
        return List.copyOf(outlets);
    }
}
