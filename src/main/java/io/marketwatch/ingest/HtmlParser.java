package io.marketwatch.ingest;

import io.marketwatch.article.Article;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A web page, with jsoup: the headline from {@code <h1>} (else og:title, else {@code <title>}
 * without its " | Outlet" suffix), the story text from the article body only, and date, url, outlet
 * and language from the page's metadata.
 */
final class HtmlParser implements ArticleParser {

    private static final String[] DATE_METAS = {
        "meta[property=article:published_time]", "meta[name=article:published_time]",
        "meta[itemprop=datePublished]", "meta[name=pubdate]", "meta[name=publishdate]", "meta[name=publish-date]",
        "meta[name=date]", "meta[name=dc.date]", "meta[name=dc.date.issued]", "meta[name=dcterms.created]",
        "meta[name=dcterms.date]", "meta[property=og:published_time]", "meta[name=sailthru.date]"};

    private final JsonMapper json;

    HtmlParser(JsonMapper json) {
        this.json = json;
    }

    @Override
    public Set<String> extensions() {
        return Set.of("html", "htm", "xhtml");
    }

    @Override
    public List<Article> parse(InputDocument document) throws UnreadableInputException {
        Document page = parse(document.bytes());
        Element root = storyRoot(page);
        Element headline = headline(page, root);
        String[] titleParts = TitleSuffix.splitLast(page.title());
        String title = headline != null ? headline.text() : content(page, "meta[property=og:title]");
        if (title == null || title.isBlank()) {
            title = titleParts != null ? titleParts[0] : page.title();
        }
        Paragraphs body = new Paragraphs();
        HtmlText.appendStory(body, root, headline);
        JsonNode linkedData = linkedData(page);
        ArticleDraft draft = new ArticleDraft(title, url(page), published(page, root, linkedData),
                outlet(page, linkedData, titleParts), language(page), body.text());
        return List.of(draft.toArticle(document.relativePath()));
    }

    /** Parses with the byte order mark, else the charset the page declares, else UTF-8 or windows-1252. */
    private static Document parse(byte[] bytes) {
        TextDecoding.Decoded first = TextDecoding.decode(bytes);
        Document page = Jsoup.parse(first.text());
        TextDecoding.Decoded decoded = TextDecoding.redecodeIfDeclared(bytes, first, declaredCharset(page));
        return decoded == first ? page : Jsoup.parse(decoded.text());
    }

    private static String declaredCharset(Document page) {
        Element meta = page.selectFirst("meta[charset]");
        if (meta != null) {
            return meta.attr("charset");
        }
        meta = page.selectFirst("meta[http-equiv=content-type][content]");
        if (meta == null) {
            return null;
        }
        String contentType = meta.attr("content");
        int at = contentType.toLowerCase(Locale.ROOT).indexOf("charset=");
        if (at < 0) {
            return null;
        }
        String value = contentType.substring(at + "charset=".length()).strip();
        int end = 0;
        while (end < value.length() && value.charAt(end) != ';' && !Character.isWhitespace(value.charAt(end))) {
            end++;
        }
        return value.substring(0, end).replace("\"", "").replace("'", "");
    }

    /**
     * The element holding the story: the schema.org articleBody, else the longest {@code <article>}
     * that is not page furniture (a comment is an article too), else {@code <main>}, else the body.
     */
    private static Element storyRoot(Document page) {
        Element best = longest(outermost(page.body(),
                e -> e.attr("itemprop").equalsIgnoreCase("articleBody"), false));
        if (best == null) {
            best = longest(outermost(page.body(), e -> e.nameIs("article"), false));
        }
        if (best == null) {
            best = page.selectFirst("main, [role=main]");
        }
        return best != null ? best : page.body();
    }

    private static Element longest(List<Element> candidates) {
        Element best = null;
        int bestLength = 0;
        for (Element candidate : candidates) {
            int length = candidate.text().length();
            if (length > bestLength) {
                best = candidate;
                bestLength = length;
            }
        }
        return best;
    }

    /**
     * The elements under {@code top} that are {@code wanted}, outside page furniture and not inside
     * one another, in document order (only the first when {@code firstOnly}). One walk without
     * recursion: linear in the page, however deep it is nested.
     */
    private static List<Element> outermost(Element top, Predicate<Element> wanted, boolean firstOnly) {
        List<Element> found = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element element)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (element != top && HtmlText.isFurniture(element, true)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (wanted.test(element)) {
                    found.add(element);
                    return firstOnly ? FilterResult.STOP : FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }
        }, top);
        return found;
    }

    /**
     * The story's {@code <h1>}: the first in the story's article (or story root); else, when the page
     * has no og:title, the first one outside page furniture (not a logo in the site header).
     */
    private static Element headline(Document page, Element root) {
        Element scope = root.closest("article");
        if (scope == null && !root.nameIs("body")) {
            scope = root;
        }
        Element h1 = scope != null ? scope.selectFirst("h1") : null;
        if (h1 != null) {
            return h1;
        }
        if (page.selectFirst("meta[property=og:title]") != null) {
            return null;
        }
        List<Element> first = outermost(page.body(), e -> e.nameIs("h1"), true);
        return first.isEmpty() ? null : first.get(0);
    }

    private static String url(Document page) {
        String url = content(page, "meta[property=og:url]");
        if (url == null) {
            Element canonical = page.selectFirst("link[rel=canonical][href]");
            url = canonical != null ? canonical.attr("href") : null;
        }
        return url;
    }

    /** How many text-bearing elements of the story are searched for a visible date line. */
    private static final int VISIBLE_DATE_REACH = 200;
    /** How many text-bearing elements after the headline are searched for an unlabelled date line. */
    private static final int SHOWN_DATE_REACH = 20;

    private static LocalDate published(Document page, Element root, JsonNode linkedData) {
        for (String query : DATE_METAS) {
            LocalDate date = PublicationDates.parse(content(page, query));
            if (date != null) {
                return date;
            }
        }
        if (linkedData != null) {
            JsonNode date = linkedData.findValue("datePublished");
            if (date != null && date.isString()) {
                LocalDate parsed = PublicationDates.parse(date.stringValue());
                if (parsed != null) {
                    return parsed;
                }
            }
        }
        Element scope = root.closest("article");
        for (String query : List.of("time[itemprop=datePublished][datetime]", "time[pubdate][datetime]",
                "time[datetime]")) {
            Element time = (scope != null ? scope : root).selectFirst(query);
            if (time == null) {
                time = page.selectFirst(query);
            }
            if (time != null) {
                LocalDate parsed = PublicationDates.parse(time.attr("datetime"));
                if (parsed != null) {
                    return parsed;
                }
            }
        }
        LocalDate shown = scope != null ? visibleDate(scope) : null;
        return shown != null ? shown : visibleDate(page.body());
    }

    /**
     * A date the page shows as text only: the first labelled one ("Last Updated: October 31, 2009"), else
     * the unlabelled date line nearest after the headline ("Wednesday, 17 March 2004 · Warsaw", see
     * {@link PublicationDates#shown}), else the nearest before it; null when there is none.
     */
    private static LocalDate visibleDate(Element scope) {
        if (scope == null) {
            return null;
        }
        Element headline = scope.selectFirst("h1");
        boolean afterHeadline = headline == null;
        LocalDate before = null;
        int seen = 0;
        int sinceHeadline = 0;
        for (Element element : scope.select("h1, p, span, div, time, small, li, em, td, font")) {
            if (element == headline) {
                afterHeadline = true;
                continue;
            }
            String text = element.ownText();
            if (text.isBlank()) {
                continue;
            }
            LocalDate labelled = PublicationDates.labelled(text);
            if (labelled != null) {
                return labelled;
            }
            LocalDate shown = afterHeadline && sinceHeadline >= SHOWN_DATE_REACH ? null : PublicationDates.shown(text);
            if (shown != null && afterHeadline) {
                return shown;
            }
            before = shown != null ? shown : before;
            sinceHeadline += afterHeadline ? 1 : 0;
            if (++seen >= VISIBLE_DATE_REACH) {
                break;
            }
        }
        return before;
    }

    private static String outlet(Document page, JsonNode linkedData, String[] titleParts) {
        String outlet = content(page, "meta[property=og:site_name]");
        if (outlet == null && linkedData != null) {
            JsonNode publisher = linkedData.findValue("publisher");
            if (publisher != null && publisher.path("name").isString()) {
                outlet = publisher.path("name").stringValue();
            }
        }
        if (outlet == null && titleParts != null) {
            outlet = titleParts[1];
        }
        return outlet;
    }

    private static String language(Document page) {
        Element html = page.selectFirst("html[lang]");
        if (html != null && !html.attr("lang").isBlank()) {
            return html.attr("lang");
        }
        String declared = content(page, "meta[http-equiv=content-language]");
        return declared != null ? declared : content(page, "meta[property=og:locale]");
    }

    /** The page's JSON-LD (all its scripts as one array), or null when it has none that parses. */
    private JsonNode linkedData(Document page) {
        var all = json.createArrayNode();
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                all.add(json.readTree(script.data()));
            } catch (JacksonException e) {
                // a broken JSON-LD block gives no metadata; the page itself is still read
            }
        }
        return all.isEmpty() ? null : all;
    }

    private static String content(Document page, String query) {
        Element meta = page.selectFirst(query);
        if (meta == null) {
            return null;
        }
        String value = meta.attr("content");
        return value.isBlank() ? null : value.strip();
    }
}
