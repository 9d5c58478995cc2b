package io.marketwatch.ingest;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Story text out of HTML: each paragraph, heading and list item becomes a paragraph; page furniture
 * (navigation, share bars, related links, comments, cookie notices, newsletters...) is left out, by
 * element name, by ARIA role, and by the words in class and id names. Iterative: any nesting depth.
 */
final class HtmlText {

    private static final Pattern LOOKS_LIKE_HTML = Pattern.compile("<(?:[a-zA-Z][a-zA-Z0-9]*[\\s/>]|/[a-zA-Z]|!--)");

    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3",
            "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "thead", "tbody",
            "tr", "td", "th", "caption", "br", "hr", "address", "center", "details", "summary", "body");
    private static final Set<String> NOT_STORY_TAGS = Set.of("head", "script", "style", "noscript", "template",
            "iframe", "object", "embed", "svg", "math", "canvas", "form", "button", "input", "select", "textarea",
            "label", "nav", "header", "footer", "aside", "figure", "figcaption", "menu", "dialog", "img", "video",
            "audio", "picture", "map");
    private static final Set<String> NOT_STORY_ROLES = Set.of("navigation", "banner", "contentinfo",
            "complementary", "dialog", "alertdialog", "search", "menu", "menubar", "toolbar");
    /** Whole words of class and id names that mark page furniture. */
    private static final Set<String> NOT_STORY_WORDS = Set.of("ad", "ads", "advert", "adverts", "advertisement",
            "nav", "navbar", "navigation", "menu", "share", "shares", "sharing", "social", "byline", "bylines",
            "meta", "tags", "tag", "kicker", "category", "categories", "more", "breadcrumb", "breadcrumbs",
            "sidebar", "footer", "header", "masthead", "comment", "comments", "related", "cookie", "cookies",
            "consent", "gdpr", "newsletter", "newsletters", "promo", "promos", "promotion", "sponsored", "sponsor",
            "subscribe", "subscription", "signup", "paywall", "popup", "modal", "banner", "widget", "recommended",
            "recommendations", "trending", "popular", "outbrain", "taboola", "disqus", "author", "caption", "toolbar",
            "login", "dateline", "timestamp", "date", "print", "skip", "hidden", "visually", "sr", "topbar");
    /** Word beginnings of class and id names written without separators ("relatedLinks", "sharebar"). */
    private static final String[] NOT_STORY_PREFIXES = {"related", "cookie", "newsletter", "advert", "sponsor",
        "subscri", "paywall", "breadcrumb", "sidebar", "outbrain", "taboola", "disqus", "recommend", "share",
        "social", "consent", "comments", "promo"};

    private HtmlText() {
    }

    /** True when the text holds HTML tags. */
    static boolean looksLikeHtml(String text) {
        return LOOKS_LIKE_HTML.matcher(text).find();
    }

    /** Whether the text holds an HTML character reference ("&amp;", "&#39;", "&eacute;"). */
    static boolean hasEntity(String text) {
        return ENTITY.matcher(text).find();
    }

    private static final Pattern ENTITY = Pattern.compile("&(?:[a-zA-Z][a-zA-Z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});");

    /** The story text of an HTML fragment (a feed item's content, a JSON field). */
    static void appendFragment(Paragraphs out, String html) {
        appendStory(out, Jsoup.parseBodyFragment(html).body(), null);
    }

    /**
     * Appends the story text under {@code root}, leaving out {@code skip} (the headline, read
     * separately) and page furniture. When the class/id rules leave nothing, they are dropped and
     * only element names and roles decide (a page whose story container has an unlucky class name).
     */
    static void appendStory(Paragraphs out, Element root, Element skip) {
        Paragraphs strict = new Paragraphs();
        collect(strict, root, skip, true);
        if (strict.isEmpty()) {
            collect(out, root, skip, false);
        } else {
            out.addAll(strict);
        }
    }

    /** True when the element is page furniture by its name, role, hidden state or class/id words. */
    static boolean isFurniture(Element element, boolean byClassNames) {
        if (NOT_STORY_TAGS.contains(element.normalName())) {
            return true;
        }
        if (element.hasAttr("hidden") || "true".equalsIgnoreCase(element.attr("aria-hidden"))) {
            return true;
        }
        if (NOT_STORY_ROLES.contains(element.attr("role").toLowerCase(Locale.ROOT))) {
            return true;
        }
        String style = element.attr("style");
        if (!style.isEmpty() && style.replace(" ", "").toLowerCase(Locale.ROOT).contains("display:none")) {
            return true;
        }
        return byClassNames && (hasFurnitureWord(element.className()) || hasFurnitureWord(element.id()));
    }

    private static void collect(Paragraphs out, Element root, Element skip, boolean byClassNames) {
        StringBuilder current = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    current.append(text.getWholeText());
                    return FilterResult.CONTINUE;
                }
                if (node instanceof Element element) {
                    if (element == skip || (element != root && isFurniture(element, byClassNames))) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (BLOCKS.contains(element.normalName())) {
                        flush();
                    }
                    return FilterResult.CONTINUE;
                }
                return FilterResult.SKIP_ENTIRELY;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                    flush();
                }
                return FilterResult.CONTINUE;
            }

            private void flush() {
                out.add(current);
                current.setLength(0);
            }
        }, root);
        out.add(current);
    }

    private static boolean hasFurnitureWord(String names) {
        if (names.isEmpty()) {
            return false;
        }
        String lower = names.toLowerCase(Locale.ROOT);
        int start = -1;
        for (int i = 0; i <= lower.length(); i++) {
            boolean wordChar = i < lower.length() && Character.isLetterOrDigit(lower.charAt(i));
            if (wordChar && start < 0) {
                start = i;
            } else if (!wordChar && start >= 0) {
                if (isFurnitureWord(lower.substring(start, i))) {
                    return true;
                }
                start = -1;
            }
        }
        return false;
    }

    private static boolean isFurnitureWord(String word) {
        if (NOT_STORY_WORDS.contains(word)) {
            return true;
        }
        for (String prefix : NOT_STORY_PREFIXES) {
            if (word.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
